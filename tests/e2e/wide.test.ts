// The H5 build at a desk (1366×768) and on a phone (390×844), in Chromium, through the local cloud:
// the root font stays sane on a wide window, resident and volunteer pages keep a readable width,
// and the centre's queue and order open side by side (DeskLayout) on the desk, one column on a phone.
// Screenshots: tests/out/screenshots/wide-<page>-<desk|phone>.png.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { LocalCloud } from '../../localcloud';
import { startProduct } from '../helpers/product';

const root = path.resolve(__dirname, '../..');
const shots = path.join(root, 'tests/out/screenshots');
const WAIT = { timeout: 30_000 };
const SIZES = { desk: { width: 1366, height: 768 }, phone: { width: 390, height: 844 } } as const;
type Size = keyof typeof SIZES;

let cloud: LocalCloud;
let browser: Browser;
let wishId = '';

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  ({ cloud, browser } = await startProduct('wide'));
  // One urgent wish waiting at the centre.
  const resident = await as('demo-resident', 'phone');
  const tomorrow = new Date(Date.now() + 32 * 3_600_000).toISOString().slice(0, 10);
  const res = await resident.request.post(`${cloud.baseUrl}/api/wish`, {
    data: {
      action: 'submit',
      buildingId: 'B-0012',
      category: 'repairs',
      description: '厨房水龙头一直漏水，关不紧，麻烦师傅上门看看。',
      contact: { name: '张桂兰', phone: '13912345678' },
      room: '201',
      preferredTime: { date: tomorrow, window: 'any' },
      urgency: 'urgent',
      photos: [],
      proxy: false,
      requestId: `wide_${Date.now()}`,
      consent: true,
      confirmDuplicate: false,
    },
  });
  const body = (await res.json()) as { ok: boolean; data: { wishId: string } };
  assert.ok(body.ok, JSON.stringify(body));
  wishId = body.data.wishId;
  await resident.close();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await cloud?.stop();
});

async function as(openid: string, size: Size): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: SIZES[size], deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const login = await context.request.post(`${cloud.baseUrl}/__dev/login`, { data: { openid } });
  assert.equal(login.status(), 200);
  return context;
}

/** Open a page, wait for `ready`, take `wide-<name>-<size>.png`, and measure what a person sees. */
async function visit(
  context: BrowserContext,
  size: Size,
  name: string,
  url: string,
  ready: string,
): Promise<{ page: Page; root: number; content: number; button: number }> {
  const page = await context.newPage();
  await page.goto(`${cloud.baseUrl}/#${url}`);
  await page.locator(ready).first().waitFor(WAIT);
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(shots, `wide-${name}-${size}.png`) });
  // A string, not a function: tsx would wrap a function's inner helpers in its own `__name`, unknown to the page.
  const m = (await page.evaluate(`(() => {
    const shown = [...document.querySelectorAll('.taro_page')].find((p) => getComputedStyle(p).display !== 'none') || document.body;
    const widest = (sel) => Math.max(0, ...[...shown.querySelectorAll(sel)].map((e) => e.getBoundingClientRect().width));
    return { root: parseFloat(getComputedStyle(document.documentElement).fontSize), content: widest('.page-root'), button: widest('.big-button') };
  })()`)) as { root: number; content: number; button: number };
  return { page, ...m };
}

describe('wide windows', () => {
  for (const size of ['desk', 'phone'] as const) {
    test(`resident landing and form (${size})`, async () => {
      const context = await as('demo-resident', size);
      const landing = await visit(context, size, 'resident-landing', '/pages/index/index?scene=B-0012', '#new-wish');
      assert.ok(landing.root <= 22, `root font ${landing.root}px`);
      if (size === 'desk') assert.ok(landing.content <= 700, `a resident page stays readable: ${landing.content}px wide`);
      const form = await visit(context, size, 'resident-form', '/pages/wish/new/index?buildingId=B-0012', '#wish-submit');
      assert.ok(form.button <= 700, `the submit button is ${form.button}px wide`);
      await context.close();
    });

    test(`volunteer hall (${size})`, async () => {
      const context = await as('demo-volunteer', size);
      const hall = await visit(context, size, 'volunteer-hall', '/volunteer/pages/hall/index', '#hall-tab-open');
      if (size === 'desk') assert.ok(hall.content <= 700, `the hall is ${hall.content}px wide`);
      await context.close();
    });

    test(`dispatcher queue and order (${size})`, async () => {
      const context = await as('demo-dispatcher', size);
      const queue = await visit(context, size, 'dispatcher-queue', '/dispatcher/pages/queue/index', `#queue-card-${wishId}`);
      const { page } = queue;
      if (size === 'desk') {
        assert.equal(await page.locator('.desk-list').count(), 1, 'two panes on the desk');
        await page.locator('#desk-pick').waitFor(WAIT);
        await page.locator(`#queue-card-${wishId}`).click();
        await page.locator('.desk-detail #wish-facts').waitFor(WAIT);
        await page.locator('.desk-detail .suggestion-card[data-rank="1"]').waitFor(WAIT);
        assert.match(page.url(), /queue/, 'the wish opens beside the queue, not on a page of its own');
        const [list, detail] = await Promise.all(['.desk-list', '.desk-detail'].map((s) => page.locator(s).boundingBox()));
        assert.ok(list && detail && list.x + list.width <= detail.x, 'the list is left of the detail');
        await page.waitForTimeout(300);
        await page.screenshot({ path: path.join(shots, `wide-dispatcher-queue-open-${size}.png`) });
      } else {
        assert.equal(await page.locator('.desk-list').count(), 0, 'one column on a phone');
        await page.locator(`#queue-card-${wishId}`).click();
        await page.locator('#dispatch-order-page #wish-facts').waitFor(WAIT);
      }
      const order = await visit(
        context,
        size,
        'dispatcher-order',
        `/dispatcher/pages/order/index?wishId=${wishId}`,
        '.suggestion-card[data-rank="1"]',
      );
      assert.ok(order.root <= 22, `root font ${order.root}px`);
      assert.ok(order.button <= 560, `buttons keep a button's width: ${order.button}px`);
      assert.equal(await order.page.locator('.desk-list').count(), size === 'desk' ? 1 : 0);
      await context.close();
    });
  }
});
