// What the accessibility suite measures on one open H5 page (tests/e2e/a11y.test.ts): axe-core, the
// role and name Chromium computes for every element with a click handler or a kit tappable class
// (Chromium's own accessibility tree, through CDP: axe cannot see into Taro's custom elements), text
// sizes, placeholder contrast and the viewport. Only the shown page counts: Taro keeps earlier pages
// in the document, hidden.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Before any page script: remember every element that gets a click listener (Taro's H5 components add
 * them with addEventListener on the custom element, so the DOM does not show them).
 */
export async function recordClickListeners(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: Element[] = [];
    (window as unknown as { __clickTargets: Element[] }).__clickTargets = seen;
    const add = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
      if ((type === 'click' || type === 'tap') && this instanceof Element && !seen.includes(this)) seen.push(this);
      return (add as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof add;
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core over the whole document (hidden pages are skipped by axe itself). */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  // Taro's toast fades in and out over 0.1 s: audited mid-fade its text reads as low contrast. Wait
  // until every toast is either shown in full or gone (the toast itself is audited when it is shown).
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll<HTMLElement>('.taro__toast')].every((el) => {
        const style = getComputedStyle(el);
        return style.display === 'none' || style.opacity === '1' || style.opacity === '0';
      }),
    undefined,
    { timeout: 5_000 },
  );
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Array<Record<string, unknown>> }> } }
    ).axe;
    // A toast shown in full when the wait above passed may start to fade out while axe runs (a second
    // or more on a busy machine), and axe would read its text mid-fade. With transitions off for the
    // audit, anything is either shown in full or gone.
    const still = document.createElement('style');
    still.textContent = '*, *::before, *::after { transition: none !important; animation: none !important; }';
    document.head.append(still);
    const result = await axe.run(document, { resultTypes: ['violations'] }).finally(() => still.remove());
    return result.violations.map((v) => ({
      id: String(v.id),
      impact: (v.impact as string | null) ?? null,
      help: String(v.help),
      targets: (v.nodes as Array<{ target: unknown[] }>).slice(0, 5).map((n) => n.target.map(String).join(' ')),
    }));
  });
}

export interface Clickable {
  what: string;
  role: string;
  name: string;
  focusable: boolean;
  /** Wraps an element that has an interactive role, a name and focus (Taro's Picker around its trigger). */
  wrapsControl: boolean;
}

const INTERACTIVE = new Set(['button', 'link', 'radio', 'checkbox', 'switch', 'tab', 'menuitem', 'option', 'textbox', 'combobox']);

/** Every visible element of the shown page with a click listener or a kit tappable class, as Chromium names it. */
export async function clickables(page: Page): Promise<Clickable[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Accessibility.enable');
    const list = await cdp.send('Runtime.evaluate', {
      expression: `(() => {
        const shown = [...document.querySelectorAll('.taro_page')].find((p) => getComputedStyle(p).display !== 'none');
        if (!shown) return [];
        const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
        const kit = [...shown.querySelectorAll('.tappable, .big-button, .option, .star--tap, .refresh-button, .tab, .chip')];
        // inside a named image (a chart) the listeners are ECharts' pointer tooltips: an image's children are
        // presentational in ARIA, and the chart's numbers are in the table after it
        const inImage = (el) => !!el.closest('[role=img][aria-label]');
        const listened = (window.__clickTargets || []).filter((el) => el.isConnected && shown.contains(el) && el !== shown && !inImage(el));
        return [...new Set([...listened, ...kit])].filter(visible);
      })()`,
    });
    const objectId = list.result.objectId;
    if (!objectId) return [];
    const props = await cdp.send('Runtime.getProperties', { objectId, ownProperties: true });
    const out: Clickable[] = [];
    for (const p of props.result) {
      if (!/^\d+$/.test(p.name) || !p.value?.objectId) continue;
      const id = p.value.objectId;
      const ax = await cdp.send('Accessibility.getPartialAXTree', { objectId: id, fetchRelatives: false });
      const node = ax.nodes.find((n) => !n.ignored) ?? ax.nodes[0];
      const facts = await cdp.send('Runtime.callFunctionOn', {
        objectId: id,
        returnByValue: true,
        functionDeclaration: `function () {
          const cls = typeof this.className === 'string' ? this.className.trim().split(/\\s+/).slice(0, 3).join('.') : '';
          const what = this.tagName.toLowerCase() + (this.id ? '#' + this.id : '') + (cls ? '.' + cls : '') + ' "' + (this.textContent || '').trim().slice(0, 16) + '"';
          const focusable = this.tabIndex >= 0;
          const inner = [...this.querySelectorAll('[role]')].some((c) => c.tabIndex >= 0 && (c.getAttribute('aria-label') || (c.textContent || '').trim()));
          return { what, focusable, inner };
        }`,
      });
      const f = facts.result.value as { what: string; focusable: boolean; inner: boolean };
      out.push({
        what: f.what,
        role: String(node?.role?.value ?? ''),
        name: String(node?.name?.value ?? '').trim(),
        focusable: f.focusable,
        wrapsControl: f.inner,
      });
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

/** A clickable element that a screen reader or a keyboard cannot use: no interactive role, no name, or no focus. */
export function unusable(c: Clickable): boolean {
  if (c.wrapsControl && !INTERACTIVE.has(c.role)) return false;
  return !INTERACTIVE.has(c.role) || !c.name || !c.focusable;
}

export interface TextSizes {
  smallest: number;
  small: Array<{ text: string; px: number; what: string }>;
}

/** The computed font size of every visible text on the shown page (and of every input). */
export async function textSizes(page: Page, min = 16): Promise<TextSizes> {
  return page.evaluate((limit) => {
    const shown = [...document.querySelectorAll<HTMLElement>('.taro_page')].find((p) => getComputedStyle(p).display !== 'none');
    const out = { smallest: Infinity, small: [] as Array<{ text: string; px: number; what: string }> };
    if (!shown) return out;
    const visible = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const note = (el: Element, text: string) => {
      const px = parseFloat(getComputedStyle(el).fontSize);
      out.smallest = Math.min(out.smallest, px);
      if (px < limit) out.small.push({ text: text.slice(0, 20), px: Math.round(px * 10) / 10, what: String(el.className).slice(0, 40) });
    };
    const walker = document.createTreeWalker(shown, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.nodeValue ?? '').trim();
      const parent = n.parentElement;
      if (text && parent && visible(parent)) note(parent, text);
    }
    for (const input of shown.querySelectorAll('input:not([type=hidden]), textarea')) if (visible(input)) note(input, '(input)');
    return out;
  }, min);
}

export interface PlaceholderContrast {
  field: string;
  placeholder: string;
  color: string;
  background: string;
  ratio: number;
}

/** Each visible placeholder's colour against the background behind its field (WCAG contrast ratio). */
export async function placeholderContrast(page: Page): Promise<PlaceholderContrast[]> {
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll<HTMLElement>('.taro_page')].find((p) => getComputedStyle(p).display !== 'none');
    if (!shown) return [];
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const backgroundOf = (el: Element | null): string => {
      for (let e = el; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor;
        const [, , , a = 1] = rgb(c);
        if (a > 0 && c !== 'transparent') return c;
      }
      return 'rgb(255, 255, 255)';
    };
    const fields = [...shown.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[placeholder], textarea[placeholder]')];
    return fields
      .filter((f) => f.getClientRects().length > 0 && f.placeholder)
      .map((f) => {
        const color = getComputedStyle(f, '::placeholder').color;
        const background = backgroundOf(f);
        const [l1, l2] = [lum(rgb(color)), lum(rgb(background))].sort((a, b) => b - a);
        return {
          field: f.closest('[id]')?.id ?? f.tagName,
          placeholder: f.placeholder,
          color,
          background,
          ratio: Math.round(((l1 + 0.05) / (l2 + 0.05)) * 100) / 100,
        };
      });
  });
}

/** The viewport meta: zoom must stay allowed (no user-scalable=no, maximum-scale at least 2). */
export async function viewportAllowsZoom(page: Page): Promise<{ content: string; ok: boolean }> {
  const content = await page.evaluate(() => document.querySelector('meta[name=viewport]')?.getAttribute('content') ?? '');
  const max = /maximum-scale\s*=\s*([\d.]+)/.exec(content);
  const ok = !/user-scalable\s*=\s*(no|0)/.test(content) && (!max || Number(max[1]) >= 2);
  return { content, ok };
}

/** What has focus now: its id, the id of the nearest ancestor with one, its role and accessible bits. */
export async function focused(page: Page): Promise<{ tag: string; id: string; within: string[]; role: string; label: string }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    const within: string[] = [];
    for (let e = el; e; e = e.parentElement) if (e.id) within.push(e.id);
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      within,
      role: el?.getAttribute('role') ?? '',
      label: el?.getAttribute('aria-label') ?? '',
    };
  });
}

export interface AxFacts {
  role: string;
  name: string;
  description: string;
  /** Chromium's properties: checked, invalid, modal, required… as strings. */
  props: Record<string, string>;
}

/** The role, name, description and properties Chromium computes for the first element matching `selector`. */
export async function axOf(page: Page, selector: string): Promise<AxFacts | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Accessibility.enable');
    const found = await cdp.send('Runtime.evaluate', { expression: `document.querySelector(${JSON.stringify(selector)})` });
    const objectId = found.result.objectId;
    if (!objectId) return undefined;
    const ax = await cdp.send('Accessibility.getPartialAXTree', { objectId, fetchRelatives: false });
    const node = ax.nodes.find((n) => !n.ignored) ?? ax.nodes[0];
    if (!node) return undefined;
    const props: Record<string, string> = {};
    for (const p of node.properties ?? []) props[p.name] = String(p.value.value);
    return {
      role: String(node.role?.value ?? ''),
      name: String(node.name?.value ?? '').trim(),
      description: String(node.description?.value ?? '').trim(),
      props,
    };
  } finally {
    await cdp.detach();
  }
}

/** One walk's audit of a page: what tests/out/a11y-<walk>-report.json keeps per page. */
export interface WalkAudit {
  axe: string[];
  unusable: string[];
  smallestText: number;
}

export interface AuditOptions {
  /** Also fail the page if any text is smaller than this (px). */
  minText?: number;
}

/**
 * The browser walks' page check: after the last render, serious/critical axe findings and clickables
 * without an interactive role, a name or focus fail the page; every page audited is recorded, and
 * `write()` (in afterAll) saves the record as tests/out/a11y-<reportName>-report.json (no name: no file).
 */
export function auditor(reportName?: string, defaults: AuditOptions = {}) {
  const audits: Record<string, WalkAudit> = {};
  async function audit(page: Page, name: string, options: AuditOptions = {}): Promise<void> {
    const { minText } = { ...defaults, ...options };
    await page.waitForTimeout(300); // the last render
    const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    const bad = (await clickables(page)).filter(unusable).map((c) => `${c.what} role=${c.role || '-'} name=${c.name || '-'}`);
    const smallest = (await textSizes(page)).smallest;
    audits[name] = {
      axe: serious.map((v) => `${v.id}: ${v.targets.join(' | ')}`),
      unusable: bad,
      smallestText: Math.round(smallest * 10) / 10,
    };
    assert.deepEqual([...audits[name].axe, ...bad], [], `${name}: ${JSON.stringify(audits[name])}`);
    // 0.05: a size that shows as minText in the report (rounded to 0.1 px) passes
    if (minText !== undefined)
      assert.ok(smallest >= minText - 0.05, `${name}: text as small as ${audits[name].smallestText} px (at least ${minText})`);
  }
  function write(): void {
    if (!reportName) return;
    const out = path.resolve(__dirname, '../out');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, `a11y-${reportName}-report.json`), JSON.stringify(audits, null, 2));
  }
  return { audit, write, audits };
}
