// Accessibility of the resident pages, as Chromium shows them on a phone (390×844), through the H5
// build and the real functions on the local cloud: axe-core finds no serious or critical violation;
// every element with a click handler (or a kit tappable class) has an interactive role, a name and
// keyboard focus in Chromium's own accessibility tree (axe cannot see Taro's custom elements); no
// text is below 16 px; placeholders reach 4.5:1; zoom is allowed; a failed submit announces itself
// and puts focus on the first wrong field; the privacy dialog is a modal dialog that keeps focus.
// Screenshots: tests/out/screenshots/a11y-<page>.png; figures: tests/out/a11y-report.json.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { LocalCloud } from '../../localcloud';
import { startProduct } from '../helpers/product';
import {
  axOf,
  clickables,
  focused,
  placeholderContrast,
  recordClickListeners,
  runAxe,
  textSizes,
  unusable,
  viewportAllowsZoom,
  type AxeViolation,
  type PlaceholderContrast,
} from './a11y-checks';

const root = path.resolve(__dirname, '../..');
const shots = path.join(root, 'tests/out/screenshots');
const WAIT = { timeout: 30_000 };
const PHONE = { width: 390, height: 844 };
const SERIOUS = new Set(['serious', 'critical']);

let cloud: LocalCloud;
let browser: Browser;
let resident: BrowserContext;
let submittedId = '';
let completedId = '';

interface PageReport {
  axe: { total: number; serious: number; violations: AxeViolation[] };
  clickables: number;
  unusable: string[];
  smallestText: number;
  smallText: string[];
  viewport: string;
  placeholders?: PlaceholderContrast[];
}
const report: Record<string, PageReport> = {};

async function as(openid: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const login = await context.request.post(`${cloud.baseUrl}/__dev/login`, { data: { openid } });
  assert.equal(login.status(), 200, `dev login as ${openid}`);
  return context;
}

async function api<T>(context: BrowserContext, fn: string, event: Record<string, unknown>): Promise<T> {
  const res = await context.request.post(`${cloud.baseUrl}/api/${fn}`, { data: event });
  const body = (await res.json()) as { ok: boolean; data: T };
  assert.ok(body.ok, `${fn}.${String(event.action)}: ${JSON.stringify(body)}`);
  return body.data;
}

async function submitWish(phone: string): Promise<string> {
  const tomorrow = new Date(Date.now() + 32 * 3_600_000).toISOString().slice(0, 10);
  const data = await api<{ wishId: string }>(resident, 'wish', {
    action: 'submit',
    buildingId: 'B-0012',
    category: 'repairs',
    description: '厨房水龙头一直漏水，关不紧，麻烦师傅上门看看。',
    contact: { name: '张桂兰', phone },
    room: '201',
    preferredTime: { date: tomorrow, window: 'any' },
    urgency: 'urgent',
    photos: [],
    proxy: false,
    requestId: `a11y_${phone}_${Date.now()}`,
    consent: true,
    confirmDuplicate: false,
  });
  return data.wishId;
}

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  ({ cloud, browser } = await startProduct());
  resident = await as('demo-resident');
  await recordClickListeners(resident);
  submittedId = await submitWish('13912345678');
  // A second wish, served to the end, so its detail shows the star rating.
  completedId = await submitWish('13912345679');
  const dispatcher = await as('demo-dispatcher');
  const { suggestions } = await api<{ suggestions: Array<{ teamId: string }> }>(dispatcher, 'dispatch', {
    action: 'suggest',
    wishId: completedId,
  });
  await api(dispatcher, 'dispatch', { action: 'dispatch', wishId: completedId, teamId: suggestions[0].teamId });
  const volunteer = await as('demo-volunteer');
  await api(volunteer, 'volunteer', { action: 'claim', wishId: completedId });
  await api(volunteer, 'volunteer', { action: 'check_in', wishId: completedId });
  await api(volunteer, 'volunteer', { action: 'complete', wishId: completedId, summary: '更换了水龙头阀芯，不再漏水。', minutes: 45 });
  await Promise.all([dispatcher.close(), volunteer.close()]);
}, 600_000);

afterAll(async () => {
  fs.mkdirSync(path.join(root, 'tests/out'), { recursive: true });
  fs.writeFileSync(path.join(root, 'tests/out/a11y-report.json'), JSON.stringify(report, null, 2));
  const lines = Object.entries(report).map(
    ([name, r]) =>
      `${name}: axe ${r.axe.total} (${r.axe.serious} serious/critical), clickables ${r.clickables} (${r.unusable.length} unusable), ` +
      `smallest text ${r.smallestText}px${r.placeholders ? `, placeholder contrast ≥ ${Math.min(...r.placeholders.map((p) => p.ratio))}` : ''}`,
  );
  console.log(`a11y:\n  ${lines.join('\n  ')}`);
  await browser?.close();
  await cloud?.stop();
});

async function open(url: string, ready: string): Promise<Page> {
  const page = await resident.newPage();
  await page.goto(`${cloud.baseUrl}/#${url}`);
  await page.locator(ready).first().waitFor(WAIT);
  await page.waitForTimeout(400); // the last render and fonts
  return page;
}

/** `a11y-<name>.png`, as long as the shown page (Taro scrolls inside `.taro_page`). */
async function shoot(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => {
    const shown = [...document.querySelectorAll<HTMLElement>('.taro_page')].filter((el) => getComputedStyle(el).display !== 'none');
    return Math.max(0, ...shown.map((el) => el.scrollHeight));
  });
  await page.setViewportSize({ width: PHONE.width, height: Math.min(Math.max(PHONE.height, height), 6000) });
  try {
    await page.screenshot({ path: path.join(shots, `a11y-${name}.png`) });
  } finally {
    await page.setViewportSize(PHONE);
  }
}

/** Measure the open page, record it in the report, and list what fails. */
async function audit(page: Page, name: string): Promise<string[]> {
  const violations = await runAxe(page);
  const found = await clickables(page);
  const sizes = await textSizes(page);
  const viewport = await viewportAllowsZoom(page);
  const placeholders = await placeholderContrast(page);
  const bad = found.filter(unusable).map((c) => `${c.what} role=${c.role || '-'} name=${c.name || '-'} focusable=${c.focusable}`);
  const serious = violations.filter((v) => SERIOUS.has(v.impact ?? ''));
  report[name] = {
    axe: { total: violations.length, serious: serious.length, violations },
    clickables: found.length,
    unusable: bad,
    smallestText: Math.round(sizes.smallest * 10) / 10,
    smallText: sizes.small.map((s) => `${s.text} ${s.px}px (${s.what})`),
    viewport: viewport.content,
    ...(placeholders.length ? { placeholders } : {}),
  };
  await shoot(page, name);
  const problems: string[] = [];
  for (const v of serious) problems.push(`axe ${v.impact}: ${v.id} (${v.help}) at ${v.targets.join(' | ')}`);
  for (const b of bad) problems.push(`clickable without an interactive role, a name or focus: ${b}`);
  for (const s of sizes.small) problems.push(`text below 16px: ${s.text} ${s.px}px (${s.what})`);
  if (!viewport.ok) problems.push(`the viewport forbids zoom: ${viewport.content}`);
  for (const p of placeholders)
    if (p.ratio < 4.5) problems.push(`placeholder ${p.placeholder} ${p.color} on ${p.background}: ${p.ratio}:1`);
  if (found.length === 0) problems.push('no clickable element found: the click listener record is broken');
  return problems;
}

const none = (problems: string[]) => assert.deepEqual(problems, [], problems.join('\n'));

describe('resident pages at phone width', () => {
  test('landing page with a stairwell code', async () => {
    const page = await open('/pages/index/index?scene=B-0012', '#new-wish');
    const problems = await audit(page, 'landing');
    const toggle = await axOf(page, '#large-text-toggle');
    if (toggle?.role !== 'switch' || !/大字模式/.test(toggle.name) || toggle.props.checked !== 'false')
      problems.push(`大字模式 is not a switch named 大字模式, off: ${JSON.stringify(toggle)}`);
    await page.close();
    none(problems);
  }, 120_000);

  test('the wish form: named fields, a phone keypad, choices that say which is chosen, keys that work', async () => {
    const page = await open('/pages/wish/new/index?buildingId=B-0012', '#wish-submit');
    const problems = await audit(page, 'form');
    // Named by the visible label (not by the example text), described by the hint under it.
    for (const [selector, label] of [
      ['#wish-description textarea', '2. 请说说具体情况'],
      ['#wish-name input', '4. 您的姓名'],
      ['#wish-phone input', '您的手机号'],
      ['#wish-room input', '门牌号'],
    ] as const) {
      const ax = await axOf(page, selector);
      if (ax?.name !== label) problems.push(`${selector} is named ${JSON.stringify(ax?.name)}, not by its label ${label}`);
    }
    const phoneHint = await axOf(page, '#wish-phone input');
    if (!phoneHint?.description.includes('完整号码'))
      problems.push(`the phone field's hint is not its description: ${JSON.stringify(phoneHint)}`);
    const phone = page.locator('#wish-phone input');
    const kind = { type: await phone.getAttribute('type'), inputmode: await phone.getAttribute('inputmode') };
    if (kind.type === 'number' || kind.inputmode !== 'numeric')
      problems.push(`the phone field is ${JSON.stringify(kind)}, not a numeric tel field`);
    const tile = await axOf(page, '.category-repairs');
    if (tile?.role !== 'radio' || tile.props.checked !== 'false') problems.push(`a category tile is ${JSON.stringify(tile)}`);
    // Keyboard: focus a tile, Space chooses it; Enter chooses 紧急.
    await page.locator('.category-repairs').focus();
    await page.keyboard.press('Space');
    if ((await axOf(page, '.category-repairs'))?.props.checked !== 'true') problems.push('Space on a category tile does not choose it');
    await page.locator('.urgency-urgent').focus();
    await page.keyboard.press('Enter');
    if ((await axOf(page, '.urgency-urgent'))?.props.checked !== 'true') problems.push('Enter on 紧急 does not choose it');
    await page.close();
    none(problems);
  }, 120_000);

  test('a failed submit says so in an alert and puts focus on the first wrong field', async () => {
    const page = await open('/pages/wish/new/index?buildingId=B-0012', '#wish-submit');
    const problems: string[] = [];
    await page.locator('#wish-submit').click();
    await page.locator('#form-error').waitFor(WAIT);
    await page.waitForTimeout(200);
    const alert = await page.locator('[role=alert]').allInnerTexts();
    if (!alert.some((t) => t.includes('还有几项需要修改'))) problems.push(`no alert region says what is wrong: ${JSON.stringify(alert)}`);
    const first = await focused(page);
    if (!first.within.includes('field-category'))
      problems.push(`after an empty submit, focus is on ${JSON.stringify(first)}, not the category`);
    await shoot(page, 'form-errors');
    // Everything right but the phone: focus goes to the phone field, which says what is wrong.
    await page.locator('.category-repairs').click();
    await page.locator('#wish-description textarea').fill('厨房水龙头一直漏水，关不紧。');
    await page.locator('#wish-name input').fill('张桂兰');
    await page.locator('#wish-phone input').fill('1391234');
    await page.locator('#wish-room input').fill('201');
    await page.locator('#wish-submit').click();
    await page.locator('.field-error[data-field="contact.phone"]').waitFor(WAIT);
    await page.waitForTimeout(200);
    const now = await focused(page);
    if (now.tag !== 'input' || !now.within.includes('wish-phone')) problems.push(`after a bad phone, focus is on ${JSON.stringify(now)}`);
    const phone = await axOf(page, '#wish-phone input');
    if (phone?.props.invalid !== 'true' || !/手机号应为11位数字/.test(phone.description))
      problems.push(`the phone field does not say it is wrong: ${JSON.stringify(phone)}`);
    await page.close();
    none(problems);
  }, 120_000);

  test('the privacy dialog is a modal dialog that holds focus and closes on Escape', async () => {
    const page = await open('/pages/wish/new/index?buildingId=B-0012', '#wish-submit');
    await page.locator('.category-repairs').click();
    await page.locator('#wish-description textarea').fill('厨房水龙头一直漏水，关不紧。');
    await page.locator('#wish-name input').fill('张桂兰');
    await page.locator('#wish-phone input').fill('13912345670');
    await page.locator('#wish-room input').fill('201');
    await page.locator('#wish-submit').click();
    await page.locator('#privacy-dialog').waitFor(WAIT);
    await page.waitForTimeout(300);
    const problems = await audit(page, 'privacy-dialog');
    const dialog = await axOf(page, '#privacy-dialog [role=dialog]');
    if (dialog?.role !== 'dialog' || dialog.name !== '个人信息保护说明' || dialog.props.modal !== 'true')
      problems.push(`the privacy notice is not a labelled modal dialog: ${JSON.stringify(dialog)}`);
    if (!(await focused(page)).within.includes('privacy-dialog'))
      problems.push(`focus did not move into the dialog: ${JSON.stringify(await focused(page))}`);
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press(i === 3 ? 'Shift+Tab' : 'Tab');
      const at = await focused(page);
      if (!at.within.includes('privacy-dialog')) {
        problems.push(`Tab left the open dialog for ${JSON.stringify(at)}`);
        break;
      }
    }
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    if ((await page.locator('#privacy-dialog').count()) !== 0) problems.push('Escape does not close the dialog');
    else if (!(await focused(page)).within.includes('wish-submit'))
      problems.push(`after closing, focus is on ${JSON.stringify(await focused(page))}, not 提交心愿`);
    await page.close();
    none(problems);
  }, 120_000);

  test('my wishes', async () => {
    const page = await open('/pages/wish/mine/index', `.wish-item[data-id="${submittedId}"]`);
    const problems = await audit(page, 'mine');
    await page.close();
    none(problems);
  }, 120_000);

  test('a wish detail, waiting for the centre', async () => {
    const page = await open(`/pages/wish/detail/index?id=${submittedId}`, '#wish-status');
    const problems = await audit(page, 'detail');
    await page.close();
    none(problems);
  }, 120_000);

  test('a served wish: the star rating', async () => {
    const page = await open(`/pages/wish/detail/index?id=${completedId}`, '#rate-card');
    const problems = await audit(page, 'detail-rate');
    const star = await axOf(page, '.star-4');
    if (star?.role !== 'radio' || !/4/.test(star.name)) problems.push(`a star is ${JSON.stringify(star)}`);
    await page.locator('.star-4').focus();
    await page.keyboard.press('Enter');
    if ((await axOf(page, '.star-4'))?.props.checked !== 'true') problems.push('Enter on the 4th star does not rate 4');
    await page.close();
    none(problems);
  }, 120_000);

  test('landing without a code: choosing the place by hand', async () => {
    const page = await open('/pages/index/index', '#pick-place');
    await page.locator('#pick-place').click();
    await page.locator('.pick-community-c-jinding').waitFor(WAIT);
    const problems = await audit(page, 'landing-pick');
    const choice = await axOf(page, '.pick-community-c-jinding');
    if (choice?.role !== 'radio' || choice.name !== '金鼎社区') problems.push(`a community to choose is ${JSON.stringify(choice)}`);
    await page.close();
    none(problems);
  }, 120_000);

  test('an unknown code: the street’s number is a button that calls it', async () => {
    const page = await open('/pages/index/index?scene=B-9999', '#building-hotline');
    const problems = await audit(page, 'landing-unknown');
    const call = await axOf(page, '#building-hotline');
    if (call?.role !== 'button' || !call.name.includes('0871-63120000')) problems.push(`the hotline is ${JSON.stringify(call)}`);
    await page.close();
    none(problems);
  }, 120_000);

  test('帮办: the switch at the top, the elder’s phone, the helper’s contact and the consent box', async () => {
    const helper = await as('demo-helper');
    await recordClickListeners(helper);
    const page = await helper.newPage();
    await page.goto(`${cloud.baseUrl}/#/pages/wish/new/index?buildingId=B-0012`);
    await page.locator('#wish-proxy').waitFor(WAIT);
    await page.locator('#wish-proxy').click();
    await page.locator('#wish-proxy-consent').waitFor(WAIT);
    await page.waitForTimeout(400);
    const problems = await audit(page, 'form-proxy');
    const toggle = await axOf(page, '#wish-proxy');
    if (toggle?.role !== 'switch' || !/帮别人提/.test(toggle.name) || toggle.props.checked !== 'true')
      problems.push(`帮别人提 is not a switch, on: ${JSON.stringify(toggle)}`);
    for (const [selector, name] of [
      ['#wish-no-phone', '老人没有电话（由我转达）'],
      ['#wish-proxy-consent', '我已向老人说明并征得同意'],
    ] as const) {
      const box = await axOf(page, selector);
      if (box?.role !== 'checkbox' || box.name !== name || box.props.checked !== 'false')
        problems.push(`${selector} is ${JSON.stringify(box)}`);
    }
    for (const [selector, label] of [
      ['#wish-name input', '4. 老人的姓名'],
      ['#wish-phone input', '老人的电话（手机或座机）'],
      ['#wish-helper-name input', '您（帮办人）的姓名'],
      ['#wish-helper-phone input', '您（帮办人）的手机号'],
    ] as const) {
      const ax = await axOf(page, selector);
      if (ax?.name !== label) problems.push(`${selector} is named ${JSON.stringify(ax?.name)}, not ${label}`);
    }
    await helper.close();
    none(problems);
  }, 120_000);

  test('after rating: the thank-you stays on the page', async () => {
    await api(resident, 'wish', { action: 'rate', wishId: completedId, stars: 5, comment: '师傅很细心' });
    const page = await open(`/pages/wish/detail/index?id=${completedId}`, '#rate-thanks');
    const problems = await audit(page, 'detail-rated');
    await page.close();
    none(problems);
  }, 120_000);
});
