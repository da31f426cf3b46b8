// The staff's side of one order, walked in Chromium through the H5 build and the real functions:
// the team leader (王建国) assigns it and later confirms minutes claimed far beyond the check-in, the
// volunteer (李明) serves it, the resident sends it back (1★), the dispatcher (陈老师, at 1366×768)
// finds it under 重办/退回 with the reason and awards points once, and the volunteer finds it in 我的
// and the award in the passbook. Before checking in, the volunteer writes down the visit (约定上门) and
// the resident's detail shows it. Every page on the way is audited like the resident's pages: no
// serious axe-core violation, and every clickable has a role, a name and focus.
// Screenshots: tests/out/screenshots/staff-<n>-<step>.png; figures: tests/out/a11y-staff-report.json.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, test } from '@jest/globals';
import type { Browser } from 'playwright-core';
import type { LocalCloud } from '../../localcloud';
import { addDays, businessDate } from '../../src/domain/time';
import { stepper } from '../helpers/browser';
import { startProduct } from '../helpers/product';
import { auditor, recordClickListeners } from './a11y-checks';
import { personIn, shooter, type Person } from './loop-people';

const root = path.resolve(__dirname, '../..');
const shots = path.join(root, 'tests/out/screenshots');
const shot = shooter(shots);
const WAIT = { timeout: 30_000 };
const { audit, write } = auditor('staff');
const step = stepper('staff', () => {
  if (!wishId) throw new Error('not run: the wish was not filed and dispatched');
});
const DESK = { width: 1366, height: 768 };
const NOTE = '老人耳背，请先敲门再打电话';
const REASON = '热水器还是不出热水';

let cloud: LocalCloud;
let browser: Browser;
let leader: Person;
let volunteer: Person;
let dispatcher: Person;
let resident: Person;
let wishId = '';

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  ({ cloud, browser } = await startProduct());
  [leader, volunteer, dispatcher, resident] = await Promise.all(
    ['demo-leader', 'demo-volunteer', 'demo-dispatcher', 'demo-resident'].map((openid) => personIn(browser, cloud.baseUrl, openid)),
  );
  await dispatcher.page.setViewportSize(DESK);
  for (const p of [leader, volunteer, dispatcher]) await recordClickListeners(p.context);
  const tomorrow = new Date(Date.now() + 32 * 3_600_000).toISOString().slice(0, 10);
  ({ wishId } = await api<{ wishId: string }>(resident, 'wish', {
    action: 'submit',
    buildingId: 'B-0012',
    category: 'repairs',
    description: '热水器打不着火，洗澡没有热水。',
    contact: { name: '张桂兰', phone: '13912345678' },
    room: '201',
    preferredTime: { date: tomorrow, window: 'morning' },
    urgency: 'normal',
    photos: [],
    proxy: false,
    requestId: `staff_${Date.now()}`,
    consent: true,
    confirmDuplicate: true,
  }));
  await api(dispatcher, 'dispatch', { action: 'dispatch', wishId, teamId: 't-lexiujiang', note: NOTE });
}, 600_000);

afterAll(async () => {
  write();
  await browser?.close();
  await cloud?.stop();
});

async function api<T>(who: Person, fn: string, event: Record<string, unknown>): Promise<T> {
  const res = await who.context.request.post(`${cloud.baseUrl}/api/${fn}`, { data: event });
  const body = (await res.json()) as { ok: boolean; data: T };
  assert.ok(body.ok, `${fn}.${String(event.action)}: ${JSON.stringify(body)}`);
  return body.data;
}

test(
  '1 the leader sees the team’s order unheld and assigns it to 李明; the record keeps it',
  () =>
    step(leader, '1-leader', async () => {
      const { page } = leader;
      await page.goto(`${cloud.baseUrl}/#/volunteer/pages/teams/index`);
      const order = page.locator(`#team-order-${wishId}`);
      assert.match(await order.innerText(WAIT), /家电维修[\s\S]*还没有人接单/);
      await audit(page, 'leader-team');
      await shot(leader, 'staff-1-leader-team');
      await order.click();
      const orderPage = page.locator('#volunteer-order-page');
      assert.match(await orderPage.locator('.order-place, #order-place').first().innerText(WAIT), /翠湖小区 3栋2单元/);
      assert.ok(!(await orderPage.innerText()).includes('201室'), 'the room stays hidden from the leader until someone claims');
      await orderPage.locator('#assign-open').click(WAIT);
      await orderPage.locator('#assign-t-lexiujiang_demo-volunteer').click(WAIT);
      await orderPage.locator('#order-status[data-status="claimed"]').waitFor(WAIT);
      await page.goto(`${cloud.baseUrl}/#/volunteer/pages/teams/index`);
      await page.reload();
      assert.match(await page.locator(`#team-order-${wishId}`).innerText(WAIT), /承办：李明/);
      assert.match(await page.locator('.assignment').first().innerText(), /王建国 把「家电维修」指派给 李明/);
      assert.match(await page.locator('#load-t-lexiujiang_demo-volunteer').innerText(), /李明：进行中 1 单/);
      await shot(leader, 'staff-1-leader-assigned');
    }),
  120_000,
);

test(
  '2 the volunteer finds it under 进行中 with the place, the time and the centre’s note; plans the visit (the resident sees it); checks in and claims 240 minutes',
  () =>
    step(volunteer, '2-volunteer', async () => {
      const { page } = volunteer;
      await page.goto(`${cloud.baseUrl}/#/volunteer/pages/hall/index`);
      await page.locator('#hall-tab-mine').click(WAIT);
      const card = page.locator(`#order-card-${wishId}`);
      await card.waitFor(WAIT);
      assert.match(await card.locator('.order-place').innerText(), /翠湖小区 3栋2单元 · 201室/);
      assert.match(await card.locator('.order-time').innerText(), /周.[\s\S]*上午/);
      assert.match(await card.locator('.order-note').innerText(), new RegExp(`中心留言[\\s\\S]*${NOTE}`));
      await audit(page, 'volunteer-hall');
      await shot(volunteer, 'staff-2-volunteer-hall');
      await card.click();
      const order = page.locator('#volunteer-order-page');
      // 约定上门: after the phone call, tomorrow morning; the resident reads it on the wish's page.
      const plan = order.locator('#plan-visit');
      assert.match(await plan.locator('#plan-visit-current').innerText(WAIT), /还没有约定/);
      await plan.locator(`.date-${businessDate(addDays(new Date(), 1))}`).click(WAIT);
      await plan.locator('.window-morning').click(WAIT);
      await audit(page, 'volunteer-order-plan');
      await shot(volunteer, 'staff-2-volunteer-plan');
      await plan.locator('#plan-visit-button').click(WAIT);
      await order.locator('#action-done').waitFor(WAIT);
      await plan.locator('#plan-visit-current', { hasText: '已约定' }).waitFor(WAIT);
      assert.match(await plan.locator('#plan-visit-current').innerText(), /已约定：[\s\S]*（明天）[\s\S]*上午/);
      await resident.page.goto(`${cloud.baseUrl}/#/pages/wish/detail/index?id=${wishId}`);
      assert.match(await resident.page.locator('#served-by .served-by-visit').innerText(WAIT), /周.[\s\S]*上午/);
      assert.match(await resident.page.locator('#served-by').innerText(), /约定上门/);
      await shot(resident, 'staff-2-resident-visit');
      await order.locator('#check-in-button').click(WAIT);
      await order.locator('#order-status[data-status="in_service"]').waitFor(WAIT);
      await order.locator('#complete-summary textarea').fill('清理了热水器点火针，试了三次都能打着火。');
      await order.locator('#complete-minutes input').fill('240');
      await audit(page, 'volunteer-order');
      await order.locator('#complete-button').click();
      await order.locator('#order-status[data-status="completed"]').waitFor(WAIT);
      assert.match(await order.locator('#minutes-to-confirm').innerText(WAIT), /填写 240 分钟[\s\S]*需要队长确认/);
      await shot(volunteer, 'staff-2-volunteer-to-confirm');
    }),
  120_000,
);

test(
  '3 the leader finds the minutes waiting and keeps 120 of them, with a reason',
  () =>
    step(leader, '3-leader', async () => {
      const { page } = leader;
      await page.goto(`${cloud.baseUrl}/#/volunteer/pages/teams/index`);
      await page.locator('#teams-page #teams-refresh').click(WAIT); // the page may be the one left open
      const waiting = page.locator(`#confirm-order-${wishId}`);
      assert.match(await waiting.innerText(WAIT), /李明填写 240 分钟/);
      await waiting.click();
      const form = page.locator('#volunteer-order-page #confirm-minutes-form');
      await form.waitFor(WAIT);
      await form.locator('#confirm-minutes input').fill('120');
      await form.locator('#confirm-reason input').fill('路上去五金店买点火针用了一小时');
      await audit(page, 'leader-confirm');
      await shot(leader, 'staff-3-leader-confirm');
      await form.locator('#confirm-minutes-button').click();
      await page.locator('#volunteer-order-page #confirm-minutes-form').waitFor({ state: 'detached', ...WAIT });
      assert.equal(await page.locator('#volunteer-order-page #minutes-to-confirm').count(), 0);
    }),
  90_000,
);

test(
  '4 the resident sends it back (1★); the dispatcher finds it under 重办/退回 with the reason and awards 10 points once',
  () =>
    step(dispatcher, '4-dispatcher', async () => {
      await api(resident, 'wish', { action: 'rate', wishId, stars: 1, comment: REASON });
      const { page } = dispatcher;
      await page.goto(`${cloud.baseUrl}/#/dispatcher/pages/queue/index`);
      await page.locator('#queue-tab-sent_back').click(WAIT);
      const card = page.locator(`#queue-card-${wishId}`);
      assert.match(await card.locator('.queue-reason').innerText(WAIT), new RegExp(`重办原因[\\s\\S]*${REASON}`));
      await audit(page, 'dispatcher-workbench');
      await card.click();
      const panel = page.locator('#award-panel');
      assert.match(await panel.innerText(WAIT), new RegExp(`居民评 1 星[\\s\\S]*${REASON}[\\s\\S]*已记时长 120 分钟`));
      await panel.locator('#award-points input').fill('10');
      await panel.locator('#award-reason input').fill('确已上门修好点火，是燃气阀门的问题');
      await audit(page, 'dispatcher-award');
      await panel.locator('#award-button').click();
      assert.match(await panel.locator('#award-done').innerText(WAIT), /已为志愿者补记 10 积分/);
      await shot(dispatcher, 'staff-4-dispatcher-awarded');
      // Again: nothing more is paid, and the page says so.
      await panel.locator('#award-button').click();
      await panel.locator('#award-done:has-text("不会重复发放")').waitFor(WAIT);
    }),
  90_000,
);

test(
  '5 the volunteer finds it in 我的 as 已退回重办 with the reason, and the award in the passbook',
  () =>
    step(volunteer, '5-volunteer', async () => {
      const { page } = volunteer;
      await page.goto(`${cloud.baseUrl}/#/volunteer/pages/hall/index`);
      await page.reload();
      await page.locator('#hall-tab-history').click(WAIT);
      const item = page.locator(`#served-${wishId}[data-outcome="sent_back"]`);
      assert.match(await item.innerText(WAIT), new RegExp(`已退回重办[\\s\\S]*${REASON}`));
      await audit(page, 'volunteer-mine');
      await shot(volunteer, 'staff-5-volunteer-mine');
      await page.locator('#hall-page #go-passbook').click(WAIT);
      const entries = page.locator('#passbook-page .passbook-entry');
      await entries.first().waitFor(WAIT);
      const texts = (await entries.allInnerTexts()).join('\n');
      assert.match(texts, /\+10/, `the award: ${texts}`);
      assert.match(texts, /只记时长/, `the hours without points: ${texts}`);
      await audit(page, 'volunteer-passbook');
      await shot(volunteer, 'staff-5-volunteer-passbook');
    }),
  90_000,
);
