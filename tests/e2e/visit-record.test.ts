// 巡访 walked in Chromium through the H5 build and the real functions: the hourly timer (the real
// `visit` function, timer source) makes today's visit orders for an elder whose named volunteer is 小李;
// 小李 on a phone (390 px) opens 我的巡访 from the landing, records 需要帮助 with a note, turns it into
// a wish in one step (转为心愿, prefilled with the note; 家电维修 is priced, so the form shows what the
// elder pays, for 小李 to tell her, and the wish is filed with that quote); the dispatcher at the desk (1366×768) finds the
// wish on the workbench (待派单), filed by proxy for the elder. Every page is audited like the staff
// pages. Screenshots: tests/out/screenshots/visit-<n>-<step>.png; figures: tests/out/a11y-visit-report.json.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, test } from '@jest/globals';
import type { Browser } from 'playwright-core';
import type { LocalCloud } from '../../localcloud';
import { businessDate } from '../../src/domain/time';
import type { Wish } from '../../src/domain/wish/wish';
import { elderOf } from '../domain/visit-fixture';
import { stepper } from '../helpers/browser';
import { person } from '../helpers/people';
import { startProduct } from '../helpers/product';
import { auditor, recordClickListeners } from './a11y-checks';
import { personIn, shooter, type Person } from './loop-people';

const root = path.resolve(__dirname, '../..');
const shots = path.join(root, 'tests/out/screenshots');
const shot = shooter(shots);
const WAIT = { timeout: 30_000 };
const { audit, write } = auditor('visit', { minText: 16 });
const step = stepper('visit');
const DESK = { width: 1366, height: 768 };
const NOTE = '客厅的灯不亮了，老人晚上看不见';

let cloud: LocalCloud;
let browser: Browser;
let volunteer: Person;
let dispatcher: Person;
let wishId = '';
const visitId = () => `e2e-elder:call:${businessDate(new Date())}`;

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  ({ cloud, browser } = await startProduct());
  const now = new Date();
  await cloud.db.insert('elders', [
    elderOf({ _id: 'e2e-elder', name: '赵淑芬', birthYear: 1941, tags: ['alone'], createdAt: now, volunteerOpenid: 'demo-volunteer' }),
  ] as unknown as Record<string, unknown>[]);
  const timer = await cloud.host.invoke(
    'visit',
    { Type: 'Timer', TriggerName: 'visit-schedule', Time: now.toISOString() },
    { source: 'wx_trigger' },
  );
  assert.ok(timer.ok && (timer.result as { ok: boolean; data: { created: number } }).data.created > 0, JSON.stringify(timer));
  // 家电维修 at cost (repairs at cost): an ordinary household pays 90% of ¥100.00.
  const priced = await person(cloud, 'demo-admin')('bank', {
    action: 'set_setting',
    key: 'prices',
    version: 0,
    reason: '维修低偿',
    value: { items: [{ category: 'repairs', marketFen: 10_000, materialFen: 1_200, ordinaryPercent: 90 }] },
  });
  assert.ok(priced.ok, JSON.stringify(priced.error));
  [volunteer, dispatcher] = await Promise.all(
    ['demo-volunteer', 'demo-dispatcher'].map((openid) => personIn(browser, cloud.baseUrl, openid)),
  );
  await dispatcher.page.setViewportSize(DESK);
  for (const p of [volunteer, dispatcher]) await recordClickListeners(p.context);
}, 600_000);

afterAll(async () => {
  write();
  await browser?.close();
  await cloud?.stop();
});

test(
  '1 the volunteer on a phone: 我的巡访 → 记录 需要帮助 with a note → 转为心愿, prefilled',
  () =>
    step(volunteer, '1-record', async () => {
      const { page } = volunteer;
      await page.goto(`${cloud.baseUrl}/#/pages/index/index`);
      await page.locator('#volunteer-visits').click(WAIT);
      const list = page.locator('#visits-page');
      const card = list.locator(`#visit-${visitId().replace(/:/g, '_')}`);
      await card.waitFor(WAIT);
      assert.match(await card.innerText(), /电话问候 · 赵淑芬[\s\S]*今天到期[\s\S]*定点到人[\s\S]*独居[\s\S]*0871-63125678/);
      await audit(page, 'visits');
      await shot(volunteer, 'visit-1-list-phone');

      await card.locator('.big-button', { hasText: '记录巡访结果' }).click(WAIT);
      const form = page.locator('#visit-page #outcome-form');
      await form.waitFor(WAIT);
      await form.locator('#outcome-submit').click(WAIT);
      assert.match(await page.locator('#visit-page #outcome-issue').innerText(WAIT), /请先选择巡访结果/);
      await form.locator('#outcome-needs_help').click(WAIT);
      assert.equal(await form.locator('#outcome-needs_help').getAttribute('aria-checked'), 'true');
      await form.locator('#visit-note textarea').fill(NOTE, WAIT);
      await audit(page, 'visit-record');
      await shot(volunteer, 'visit-2-record-phone');
      await form.locator('#outcome-submit').click(WAIT);
      await page.locator('#visit-page #outcome-done').waitFor(WAIT);
      assert.match(await page.locator('#visit-page #outcome-done').innerText(), /已记录：需要帮助/);

      const wish = page.locator('#visit-page #to-wish-form');
      await wish.waitFor(WAIT);
      assert.equal(await wish.locator('#wish-description textarea').inputValue(), NOTE, 'prefilled with the note');
      assert.equal(await wish.locator('#to-wish-price').count(), 0, 'errands (the default) is free: no price');
      await wish.locator('.category-repairs').click(WAIT);
      const price = wish.locator('#to-wish-price');
      await price.locator('#to-wish-price-text', { hasText: /老人需支付 ¥/ }).waitFor(WAIT);
      assert.match(await price.innerText(), /此项为低偿服务[\s\S]*老人需支付 ¥[\d.]+（[\s\S]*请先把这个金额告诉老人/);
      const told = (await price.locator('#to-wish-price-text').innerText()).match(/¥([\d.]+)/)![1]!;
      await audit(page, 'visit-to-wish');
      await shot(volunteer, 'visit-3-wish-price-phone');
      await wish.locator('#to-wish-submit').click(WAIT);
      await page.locator('#visit-page #wish-done').waitFor(WAIT);
      await shot(volunteer, 'visit-4-wish-phone');

      const order = cloud.db.get('visits').docs.get(visitId()) as unknown as { status: string; outcome: string; wishId?: string };
      assert.deepEqual([order.status, order.outcome], ['done', 'needs_help']);
      wishId = order.wishId ?? '';
      const filed = cloud.db.get('wishes').docs.get(wishId) as unknown as Wish;
      assert.deepEqual(
        [filed.proxy, filed.filedBy, filed.contact.name, filed.category, filed.description],
        [true, 'demo-volunteer', '赵淑芬', 'repairs', NOTE],
      );
      assert.equal((filed.quote!.householdFen / 100).toFixed(2), told, 'filed at the amount 小李 told the elder');
    }),
  180_000,
);

test(
  '2 the dispatcher at the desk: the wish waits on the workbench, filed by proxy for the elder',
  () =>
    step(dispatcher, '2-workbench', async () => {
      assert.ok(wishId, 'the wish of step 1');
      const { page } = dispatcher;
      await page.goto(`${cloud.baseUrl}/#/pages/index/index`);
      await page.locator('#dispatcher-queue').click(WAIT);
      const card = page.locator(`#queue-card-${wishId}`);
      await card.waitFor(WAIT);
      assert.match(await card.innerText(), new RegExp(`家电维修[\\s\\S]*${NOTE.slice(0, 8)}`));
      await audit(page, 'queue');
      await shot(dispatcher, 'visit-5-workbench-desk');
    }),
  180_000,
);
