// 升级 and 服务周报, walked in Chromium through the H5 build and the real functions: an order dispatched
// to 乐修匠 passes its due time unclaimed; the dispatch timer (fired as the platform fires it) escalates
// it. The dispatcher at the desk (1366×768) sees 「已升级」 on the workbench and the order in 服务周报;
// the team's leader on a phone opens 服务周报 from the landing page and sees their team's. Every page is
// audited: no serious axe-core violation, every clickable has a role and a name, no text below 16 px.
// Screenshots: tests/out/screenshots/digest-<n>-<step>.png; figures: tests/out/a11y-digest-report.json.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, test } from '@jest/globals';
import { stepper } from '../helpers/browser';
import { wishForm } from '../helpers/people';
import { startProduct, type Product } from '../helpers/product';
import { auditor } from './a11y-checks';
import { personIn, shooter, type Person } from './loop-people';

const root = path.resolve(__dirname, '../..');
const shots = path.join(root, 'tests/out/screenshots');
const shot = shooter(shots);
const WAIT = { timeout: 30_000 };
const { audit, write } = auditor('digest', { minText: 16 });
const step = stepper('digest');
const DESK = { width: 1366, height: 768 };

let product: Product;
let dispatcher: Person;
let leader: Person;
let wishId: string;

async function as(openid: string, fn: string, event: Record<string, unknown>) {
  const r = await product.cloud.host.invoke(fn, event, { source: 'wx_client', openid });
  assert.ok(r.ok, JSON.stringify(r));
  const result = r.result as { ok: boolean; data: Record<string, unknown> };
  assert.ok(result.ok, JSON.stringify(result));
  return result.data;
}

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  product = await startProduct();
  const url = product.cloud.baseUrl;
  [dispatcher, leader] = await Promise.all(['demo-dispatcher', 'demo-leader'].map((openid) => personIn(product.browser, url, openid)));
  await dispatcher.page.setViewportSize(DESK);
  // An order dispatched to 乐修匠, then past its due time unclaimed (the store is changed directly).
  wishId = String((await as('demo-resident', 'wish', wishForm({ description: '厨房的灯不亮了，开关没反应' }))).wishId);
  await as('demo-dispatcher', 'dispatch', { action: 'dispatch', wishId, teamId: 't-lexiujiang' });
  await product.cloud.db.update(
    'wishes',
    { _id: wishId },
    { $set: { dueAt: new Date(Date.now() - 3_600_000) } },
    { multi: false, replace: false, upsert: false },
  );
  const timer = await product.cloud.host.invoke(
    'dispatch',
    { Type: 'Timer', TriggerName: 'sweep-15min', Time: new Date().toISOString() },
    { source: 'wx_trigger' },
  );
  assert.ok(timer.ok, JSON.stringify(timer));
  assert.equal((timer.result as { data: { escalate: number } }).data.escalate, 1);
}, 600_000);

afterAll(async () => {
  write();
  await product?.stop();
});

test(
  '1 the dispatcher at the desk: 「已升级」 on the workbench, and the order in 服务周报',
  () =>
    step(dispatcher, '1-dispatcher', async () => {
      const { page } = dispatcher;
      await page.goto(`${product.cloud.baseUrl}/#/dispatcher/pages/queue/index`);
      await page.locator('#queue-tab-dispatched').click(WAIT);
      const card = page.locator(`#queue-card-${wishId}`);
      await card.locator('.queue-escalated').waitFor(WAIT);
      assert.match(await card.locator('.queue-escalated').innerText(), /^已升级/);
      await audit(page, 'dispatcher-workbench');
      await shot(dispatcher, 'digest-1-workbench');

      await page.goto(`${product.cloud.baseUrl}/#/dispatcher/pages/digest/index`);
      await page.locator('#digest-body').waitFor(WAIT);
      assert.match(await page.locator('#digest-period').innerText(), /^全街道/);
      assert.ok(Number(await page.locator('#digest-stat-overdue .stat-value').innerText()) >= 1);
      const item = page.locator(`#digest-overdue-${wishId}`);
      assert.equal(await item.locator('.digest-escalated').innerText(), '已升级');
      await audit(page, 'dispatcher-digest');
      await shot(dispatcher, 'digest-1-desk');
      await item.click();
      await page.waitForURL(/dispatcher\/pages\/order\/index\?wishId=/, WAIT);
    }),
  120_000,
);

test(
  "2 the team's leader on a phone: 服务周报 from the landing page, their team's",
  () =>
    step(leader, '2-leader', async () => {
      const { page } = leader;
      await page.goto(`${product.cloud.baseUrl}/#/pages/index/index`);
      await page.locator('#digest-entry').click(WAIT);
      await page.locator('#digest-body').waitFor(WAIT);
      assert.match(await page.locator('#digest-period').innerText(), /^乐修匠志愿服务队/);
      await page.locator(`#digest-overdue-${wishId} .digest-escalated`).waitFor(WAIT);
      // A phone's width: nothing wider than the screen.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `wider than the phone by ${overflow}px`);
      await audit(page, 'leader-digest');
      await shot(leader, 'digest-2-phone');
    }),
  120_000,
);
