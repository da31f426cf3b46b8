// The people of the browser loop: one Chromium context each, logged in through the dev login,
// phone-sized (390×844), with every /api call they make recorded for failure reports.
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';

export interface ApiCall {
  fn: string;
  request: unknown;
  status: number;
  response: unknown;
}

export interface Person {
  openid: string;
  context: BrowserContext;
  page: Page;
  calls: ApiCall[];
  /** Browser console errors and uncaught exceptions. */
  errors: string[];
  /** /api requests sent and not yet answered (a hung call shows up here). */
  pending: Set<string>;
}

export async function personIn(browser: Browser, baseUrl: string, openid: string): Promise<Person> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const login = await context.request.post(`${baseUrl}/__dev/login`, { data: { openid } });
  assert.equal(login.status(), 200, `dev login as ${openid}`);
  const page = await context.newPage();
  const person: Person = { openid, context, page, calls: [], errors: [], pending: new Set() };
  const describe = (url: string, body: string | null) => `${new URL(url).pathname} ${body ?? ''}`;
  page.on('request', (req) => {
    if (new URL(req.url()).pathname.startsWith('/api/')) person.pending.add(describe(req.url(), req.postData()));
  });
  const answered = (req: Request) => person.pending.delete(describe(req.url(), req.postData()));
  page.on('requestfinished', answered);
  page.on('requestfailed', answered);
  page.on('console', (m) => {
    if (m.type() === 'error') person.errors.push(m.text());
  });
  page.on('pageerror', (e) => person.errors.push(String(e)));
  page.on('response', async (res) => {
    const url = new URL(res.url());
    if (!url.pathname.startsWith('/api/')) return;
    let request: unknown;
    let response: unknown;
    try {
      request = res.request().postDataJSON();
      response = await res.json();
    } catch {
      // a body that is not JSON is recorded as missing
    }
    person.calls.push({ fn: url.pathname.slice(5), request, status: res.status(), response });
  });
  return person;
}

/** Failed calls (`ok: false` or HTTP errors), for the message of a failing step. */
export function failedCalls(person: Person): ApiCall[] {
  return person.calls.filter((c) => c.status >= 400 || (c.response as { ok?: boolean } | undefined)?.ok !== true);
}

export function report(person: Person): string {
  const lines = failedCalls(person).map((c) => `${c.fn} ${JSON.stringify(c.request)} → ${c.status} ${JSON.stringify(c.response)}`);
  const pending = [...person.pending].map((p) => `still waiting: ${p}`);
  return [`${person.openid}:`, ...lines, ...pending, ...person.errors.map((e) => `console: ${e}`)].join('\n  ');
}

/**
 * Screenshots as wide as the person's window (390 px on a phone, 1366 at a desk) and as long as the
 * page: Taro's H5 page scrolls inside `.taro_page`, not the document, so the viewport is stretched to
 * the visible page's height for the shot (its top is what the screen shows first), then restored.
 */
export function shooter(dir: string) {
  return async (person: Person, name: string) => {
    const { page } = person;
    await page.waitForTimeout(300); // let the last render and fonts settle
    const height = await page.evaluate(() => {
      const shown = [...document.querySelectorAll<HTMLElement>('.taro_page')].filter((el) => getComputedStyle(el).display !== 'none');
      return Math.max(0, ...shown.map((el) => el.scrollHeight));
    });
    const size = page.viewportSize() ?? { width: 390, height: 844 };
    await page.setViewportSize({ width: size.width, height: Math.min(Math.max(size.height, height), 6000) });
    try {
      await page.screenshot({ path: path.join(dir, `${name}.png`) });
    } finally {
      await page.setViewportSize(size);
    }
  };
}
