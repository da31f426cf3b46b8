// Deadlines as each person sees them, in Chromium through the local cloud (H5 build): the resident's
// 我的心愿 and detail say when to expect the visit (预计 … 前上门), the centre's workbench and the team's
// hall say 办理时限 …, and a wish two days past due reads 「已超时 2 天」 with the 已超时 tag on every one
// of those pages (words, not colour alone). The centre puts the other wish into 金鼎社区's Wednesday
// service day (排进服务日), which the hall then shows as 「服务日 周三 …」. A late wish is made by moving
// its stored due time two days back (nobody waits two days in a test).
// Screenshots: tests/out/screenshots/due-<page>.png.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { LocalCloud } from '../../localcloud';
import { startProduct } from '../helpers/product';

const shots = path.resolve(__dirname, '../out/screenshots');
const WAIT = { timeout: 30_000 };
const PHONE = { width: 390, height: 844 };

let cloud: LocalCloud;
let browser: Browser;
const ids = { onTime: '', late: '' };

async function as(openid: string, viewport = PHONE): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const login = await context.request.post(`${cloud.baseUrl}/__dev/login`, { data: { openid } });
  assert.equal(login.status(), 200);
  return context;
}

async function api(context: BrowserContext, fn: string, data: Record<string, unknown>) {
  const res = await context.request.post(`${cloud.baseUrl}/api/${fn}`, { data });
  const body = (await res.json()) as { ok: boolean; data: Record<string, string>; error?: unknown };
  assert.ok(body.ok, JSON.stringify(body));
  return body.data;
}

async function open(context: BrowserContext, url: string, ready: string, shot: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${cloud.baseUrl}/#${url}`);
  await page.locator(ready).first().waitFor(WAIT);
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(shots, `due-${shot}.png`) });
  return page;
}

const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? '').trim();

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  ({ cloud, browser } = await startProduct());
  const resident = await as('demo-resident');
  const tomorrow = new Date(Date.now() + 32 * 3_600_000).toISOString().slice(0, 10);
  const form = (n: number, description: string) => ({
    action: 'submit',
    buildingId: 'B-0012',
    category: 'repairs',
    description,
    contact: { name: '张桂兰', phone: '13912345678' },
    room: '201',
    preferredTime: { date: tomorrow, window: 'any' },
    urgency: 'normal',
    photos: [],
    proxy: false,
    requestId: `due_${n}_${Date.now()}`,
    consent: true,
    confirmDuplicate: true,
  });
  ids.onTime = (await api(resident, 'wish', form(1, '厨房水龙头一直漏水，麻烦师傅上门看看。'))).wishId!;
  ids.late = (await api(resident, 'wish', { ...form(2, '卫生间的灯不亮了，想请师傅换一下。'), category: 'cleaning' })).wishId!;
  await resident.close();
  const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3_600_000 - 3_600_000);
  await cloud.db.update('wishes', { _id: ids.late }, { $set: { dueAt: twoDaysAgo } }, { multi: false, replace: false, upsert: false });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await cloud?.stop();
});

describe('the due time, as each person sees it', () => {
  test('the resident: 我的心愿 and the detail say when to expect the visit; the late one is marked', async () => {
    const resident = await as('demo-resident');
    const mine = await open(resident, '/pages/wish/mine/index', '.wish-item-due', 'mine');
    const onTime = mine.locator(`.wish-item[data-id="${ids.onTime}"]`);
    const late = mine.locator(`.wish-item[data-id="${ids.late}"]`);
    assert.match((await onTime.locator('.wish-item-due').textContent()) ?? '', /^预计 .+ 前上门$/);
    assert.equal(await onTime.locator('.wish-item-due').getAttribute('data-overdue'), 'false');
    assert.equal(((await late.locator('.wish-item-due').textContent()) ?? '').trim(), '⚠ 已超时 2 天');
    assert.equal(await late.locator('.wish-item-due').getAttribute('data-overdue'), 'true');
    assert.equal(((await late.locator('.wish-item-overdue').textContent()) ?? '').trim(), '已超时');

    const detail = await open(resident, `/pages/wish/detail/index?id=${ids.late}`, '.info-due', 'detail-late');
    assert.equal(await text(detail, '.info-due'), '⚠ 已超时 2 天，社区正在督办');
    await resident.close();
  });

  test('the centre: the workbench says 办理时限 and marks the late one; 排进服务日 sets the Wednesday', async () => {
    const centre = await as('demo-dispatcher');
    const queue = await open(centre, '/dispatcher/pages/queue/index', `#queue-card-${ids.late}`, 'queue');
    assert.match(await text(queue, `#queue-card-${ids.onTime} .queue-due`), /^办理时限：.+ \d\d:\d\d 前$/);
    assert.equal(await text(queue, `#queue-card-${ids.late} .queue-due`), '办理时限：⚠ 已超时 2 天');
    assert.equal(await text(queue, `#queue-card-${ids.late} .queue-overdue`), '已超时');

    const order = await open(centre, `/dispatcher/pages/order/index?wishId=${ids.onTime}`, '#service-day-button', 'order-service-day');
    await order.locator('#service-day-button').click();
    await order.locator('#service-day-done').waitFor(WAIT);
    await order.locator('.wish-due .info-part', { hasText: '服务日' }).first().waitFor(WAIT);
    assert.match(await text(order, '#service-day-current'), /^已排进服务日 周三 \d+月\d+日，那天下班前办好。$/);
    assert.match(await text(order, '.wish-due .info-part'), /^服务日 周三 \d+月\d+日$/);
    // Both go to 乐修匠, so the team sees them.
    for (const wishId of [ids.onTime, ids.late]) await api(centre, 'dispatch', { action: 'dispatch', wishId, teamId: 't-lexiujiang' });
    await centre.close();
  });

  test('the team: the hall shows the service day and marks the late one', async () => {
    const volunteer = await as('demo-volunteer');
    const hall = await open(volunteer, '/volunteer/pages/hall/index', `#order-card-${ids.late}`, 'hall');
    assert.match(await text(hall, `#order-card-${ids.onTime} .order-due`), /^办理时限：服务日 周三 \d+月\d+日$/);
    assert.equal(await text(hall, `#order-card-${ids.late} .order-due`), '办理时限：⚠ 已超时 2 天');
    assert.equal(await hall.locator(`#order-card-${ids.late} .order-due`).getAttribute('data-overdue'), 'true');
    assert.equal(await text(hall, `#order-card-${ids.late} .order-overdue`), '已超时');
    await volunteer.close();
  });
});
