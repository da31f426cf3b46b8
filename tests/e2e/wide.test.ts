// The H5 build at a desk (1366×768) and on a phone (390×844), in Chromium, through the local cloud:
// the root font stays sane on a wide window, resident and volunteer pages keep a readable width,
// and the centre's queue and order open side by side (DeskLayout) on the desk, one column on a phone;
// the workbench's tabs, search and 刷新 work at both sizes, the teams' buttons show without scrolling
// on the desk, and 派单 / 不予受理 ask first (a team outside the area twice).
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
  ({ cloud, browser } = await startProduct());
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
      // the demo dispatcher acts for the whole street (a community dispatcher reads its community's name)
      await page.locator('#queue-scope').waitFor(WAIT);
      assert.equal(await page.locator('#queue-scope').innerText(), '派单范围：全街道（洗马河街道）');
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

    test(`dispatcher workbench: tabs, search, refresh, confirmations (${size})`, async () => {
      const context = await as('demo-dispatcher', size);
      const { page } = await visit(context, size, 'dispatcher-workbench', '/dispatcher/pages/queue/index', `#queue-card-${wishId}`);
      const card = page.locator(`#queue-card-${wishId}`);
      assert.equal(await page.locator('[id^="queue-tab-"]').count(), 6, 'six tabs');
      assert.equal(await page.locator('#queue-tab-waiting').getAttribute('data-on'), 'true');
      await page.locator('#queue-tab-waiting .workbench-count').waitFor(WAIT);
      assert.match(await page.locator('#queue-tab-waiting').innerText(), /待派单\s*[1-9]/, 'the tab says how many wait');
      assert.equal(await page.locator('#queue-tab-ended .workbench-count').count(), 0, '已结束 is not counted');
      assert.match(await card.locator('.queue-building').innerText(), /翠湖小区 3栋2单元 · 201室/);
      const search = async (q: string) => {
        await page.locator('#queue-search input').fill(q);
        await page.locator('#queue-search-button').click();
      };
      // the phone's last 4 digits, the stairwell, words of the description; nothing in another stairwell
      for (const q of ['5678', 'b-0012', '水龙头']) {
        await search(q);
        await page.locator('#queue-search-clear').waitFor(WAIT);
        await card.waitFor(WAIT);
      }
      await search('B-0013');
      await page.locator('#queue-empty').waitFor(WAIT);
      assert.match(await page.locator('#queue-empty').innerText(), /B-0013/);
      await page.screenshot({ path: path.join(shots, `wide-dispatcher-workbench-search-${size}.png`) });
      await page.locator('#queue-search-clear').click();
      await card.waitFor(WAIT);
      // another tab, then back; 刷新 keeps the list
      await page.locator('#queue-tab-ended').click();
      await page.locator('#queue-empty').waitFor(WAIT);
      assert.match(await page.locator('#queue-title').innerText(), /已结束/);
      await page.locator('#queue-tab-waiting').click();
      await card.waitFor(WAIT);
      await page.locator('#queue-refresh').click();
      await card.waitFor(WAIT);

      await card.click();
      const first = page.locator('.suggestion-card[data-rank="1"]');
      await first.waitFor(WAIT);
      if (size === 'desk') {
        const buttons = await page.locator('.desk-detail .dispatch-button').all();
        assert.ok(buttons.length >= 3, `${buttons.length} teams`);
        for (const b of buttons) {
          const box = await b.boundingBox();
          assert.ok(box && box.y + box.height <= SIZES.desk.height, `a team's button at ${JSON.stringify(box)} needs scrolling`);
        }
      }
      // 派单 asks first, naming the team
      await first.locator('.dispatch-button').click();
      await page.locator('#dispatch-dialog').waitFor(WAIT);
      assert.match(await page.locator('#dispatch-dialog-title').innerText(), /派给「乐修匠志愿服务队」/);
      await page.screenshot({ path: path.join(shots, `wide-dispatcher-dispatch-dialog-${size}.png`) });
      await page.locator('#dispatch-keep').click();
      await page.locator('#dispatch-dialog').waitFor({ state: 'detached', ...WAIT });
      // a team outside the area: marked, and asked about twice
      const outside = page.locator('.suggestion-card[data-covers="false"]').first();
      assert.match(await outside.locator('.suggestion-reasons').innerText(), /不在服务范围/);
      await outside.locator('.dispatch-button').click();
      await page.locator('#dispatch-confirm').click();
      await page.locator('#outside-dialog').waitFor(WAIT);
      assert.match(await page.locator('#outside-dialog-body').innerText(), /不负责这个社区/);
      await page.screenshot({ path: path.join(shots, `wide-dispatcher-outside-dialog-${size}.png`) });
      await page.locator('#outside-keep').click();
      await page.locator('#outside-dialog').waitFor({ state: 'detached', ...WAIT });
      // 不予受理 shows the reason the resident will read
      await page.locator('#reject-reason textarea').fill('属于物业维修范围，请联系物业');
      await page.locator('#reject-button').click();
      await page.locator('#reject-dialog').waitFor(WAIT);
      assert.match(await page.locator('#reject-dialog-body').innerText(), /属于物业维修范围/);
      await page.locator('#reject-keep').click();
      await page.locator('#reject-dialog').waitFor({ state: 'detached', ...WAIT });
      const status = await page.locator('#wish-status').getAttribute('data-status');
      assert.equal(status, 'submitted', 'nothing was decided without a yes');
      await context.close();
    });
  }
});
