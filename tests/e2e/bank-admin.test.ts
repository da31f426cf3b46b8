// The admin's 公益银行 walked in Chromium through the H5 build and the real functions, at a desk
// (1366×768) and on a phone (390 px): 积分规则 (the repairs rule changed with a reason: a new version;
// the 星级门槛's five thresholds, a decreasing one refused, the change in its 修改记录),
// 等待预算 (a credit waiting for an empty budget, paid when budget is granted), 账户与更正 (the
// volunteer's passbook, 更正 of the credit with a reason: a reversal in both accounts) and 核对 (the
// books agree). Every page is audited (axe-core, clickables with a role, a name and focus).
// Screenshots: tests/out/screenshots/bank-admin-<n>-<step>.png; figures: tests/out/a11y-bank-admin-report.json.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, test } from '@jest/globals';
import type { Browser } from 'playwright-core';
import type { LocalCloud } from '../../localcloud';
import { stepper } from '../helpers/browser';
import { startProduct } from '../helpers/product';
import { auditor, recordClickListeners } from './a11y-checks';
import { personIn, shooter, type Person } from './loop-people';

const root = path.resolve(__dirname, '../..');
const shots = path.join(root, 'tests/out/screenshots');
const shot = shooter(shots);
const WAIT = { timeout: 30_000 };
const { audit, write } = auditor('bank-admin');
const stepAs = stepper('bank-admin', () => {
  if (!wishId) throw new Error('not run: the wish was not served');
});
const step = (name: string, body: () => Promise<void>) => stepAs(admin, name, body);
const DESK = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

let cloud: LocalCloud;
let browser: Browser;
let admin: Person;
let wishId = '';

async function api<T>(who: Person, fn: string, event: Record<string, unknown>): Promise<T> {
  const res = await who.context.request.post(`${cloud.baseUrl}/api/${fn}`, { data: event });
  const body = (await res.json()) as { ok: boolean; data: T };
  assert.ok(body.ok, `${fn}.${String(event.action)}: ${JSON.stringify(body)}`);
  return body.data;
}

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  ({ cloud, browser } = await startProduct());
  // 金鼎's services are paid by a sponsor with an empty budget, so the walk's credit waits.
  await cloud.db.update(
    'communities',
    { _id: 'c-jinding' },
    { $set: { sponsorId: 'sp-empty' } },
    { multi: false, replace: false, upsert: false },
  );
  await cloud.db.insert('accounts', [{ _id: 'sponsor:sp-empty', kind: 'sponsor', name: '社区共建基金', balance: 0, minutes: 0 }]);
  const [resident, dispatcher, volunteer] = await Promise.all(
    ['demo-resident', 'demo-dispatcher', 'demo-volunteer'].map((openid) => personIn(browser, cloud.baseUrl, openid)),
  );
  admin = await personIn(browser, cloud.baseUrl, 'demo-admin');
  await admin.page.setViewportSize(DESK);
  await recordClickListeners(admin.context);
  const tomorrow = new Date(Date.now() + 32 * 3_600_000).toISOString().slice(0, 10);
  ({ wishId } = await api<{ wishId: string }>(resident!, 'wish', {
    action: 'submit',
    buildingId: 'B-0012',
    category: 'repairs',
    description: '厨房水龙头一直滴水，拧不紧。',
    contact: { name: '张桂兰', phone: '13912345678' },
    room: '201',
    preferredTime: { date: tomorrow, window: 'morning' },
    urgency: 'normal',
    photos: [],
    proxy: false,
    requestId: `bank_admin_${Date.now()}`,
    consent: true,
    confirmDuplicate: true,
  }));
  await api(dispatcher!, 'dispatch', { action: 'dispatch', wishId, teamId: 't-lexiujiang' });
  for (const event of [{ action: 'claim' }, { action: 'check_in' }, { action: 'complete', summary: '换了阀芯', minutes: 30 }])
    await api(volunteer!, 'volunteer', { ...event, wishId });
  const rated = await api<{ credited: boolean }>(resident!, 'wish', { action: 'rate', wishId, stars: 5 });
  assert.equal(rated.credited, false, 'the empty budget: the credit waits');
}, 600_000);

afterAll(async () => {
  write();
  await browser?.close();
  await cloud?.stop();
});

test(
  '1 管理后台 → 公益银行 → 积分规则: the repairs rule in words, changed with a reason (version 1)',
  () =>
    step('1-rules', async () => {
      const { page } = admin;
      await page.goto(`${cloud.baseUrl}/#/admin/pages/index/index`);
      await page.locator('#admin-home #admin-entry-bank').click(WAIT);
      const form = page.locator('#bank-page #setting-points');
      assert.match(await form.innerText(WAIT), /家电维修[\s\S]*每次20分，与时长无关/);
      await audit(page, 'bank-rules');
      await shot(admin, 'bank-admin-1-rules');
      await form.locator('#setting-points-repairs-extra input').fill('2');
      await form.locator('#setting-points-repairs-cap input').fill('10');
      assert.match(await form.innerText(), /基础20分，每满30分钟加2分，最多加10分/);
      await form.locator('#setting-points-reason input').fill('维修按时长加分');
      await form.locator('#setting-points-save').click();
      assert.match(await page.locator('#setting-done').innerText(WAIT), /已保存「积分规则」/);
      await page.locator('#setting-points').getByText('第 1 版').waitFor(WAIT);
      await shot(admin, 'bank-admin-1-rules-saved');
    }),
  180_000,
);

test(
  '1b 星级门槛 at the desk: five thresholds, a decreasing one refused in Chinese, the change in 修改记录',
  () =>
    step('1b-stars', async () => {
      const { page } = admin;
      const form = page.locator('#bank-page #setting-stars');
      assert.match(await form.innerText(WAIT), /默认设置，尚未修改/);
      // At a desk the five thresholds stand in one row.
      const tops = await Promise.all([0, 1, 2, 3, 4].map(async (i) => (await form.locator(`#setting-stars-hours-${i}`).boundingBox())!.y));
      assert.ok(Math.max(...tops) - Math.min(...tops) < 2, `one row: ${tops.join(', ')}`);
      assert.match(await page.locator('#setting-prices-go').innerText(), /去收费标准页面修改/);
      await form.locator('#setting-stars-hours-1 input').fill('90');
      await form.locator('#setting-stars-reason input').fill('一星二星门槛调整');
      await form.locator('#setting-stars-save').click();
      assert.equal(await form.locator('#setting-stars-hours-error').innerText(WAIT), '门槛必须逐档递增');
      await shot(admin, 'bank-admin-1b-stars-refused');
      await form.locator('#setting-stars-hours-0 input').fill('50');
      await form.locator('#setting-stars-hours-1 input').fill('200');
      // 评价下限 takes a fraction: typed key by key, as a keyboard would (Taro's `digit` lets one point through).
      await form.locator('#setting-stars-ratingFloor input').fill('');
      await form.locator('#setting-stars-ratingFloor input').pressSequentially('4.5');
      await form.locator('#setting-stars-save').click();
      assert.match(await page.locator('#setting-done').innerText(WAIT), /已保存「星级门槛」/);
      await page.locator('#setting-stars-about', { hasText: '第 1 版' }).waitFor(WAIT);
      assert.match(await page.locator('#setting-stars-about').innerText(), /第 1 版 · .+ 修改 · 原因：一星二星门槛调整/);
      const stars = await api<{ stars: { value: unknown } }>(admin, 'bank', { action: 'settings' });
      assert.deepEqual(stars.stars.value, { hours: [50, 200, 600, 1000, 1500], ratingFloor: 4.5, minRatings: 3 });
      await page.locator('#setting-stars-history-toggle').click();
      const change = page.locator('#setting-stars-history-0');
      assert.match(await change.innerText(WAIT), /第 1 版[\s\S]*原因：一星二星门槛调整/);
      assert.deepEqual(await change.locator('.setting-change-diff').allInnerTexts(), [
        '各星级所需服务时长（小时，第1档为一星） · 第1档：100 → 50',
        '各星级所需服务时长（小时，第1档为一星） · 第2档：300 → 200',
        '评价下限（平均星数）：4 → 4.5',
      ]);
      await audit(page, 'bank-stars-history');
      await shot(admin, 'bank-admin-1b-stars-history');
    }),
  180_000,
);

test(
  '1c 工作日历: the holiday list edited one day a line; a malformed day refused under the box; saved for later wishes',
  () =>
    step('1c-calendar', async () => {
      const { page } = admin;
      const form = page.locator('#bank-page #setting-calendar');
      assert.match(await form.innerText(WAIT), /工作日历[\s\S]*放假日期（每行一个，如 2026-10-01）/);
      assert.match(await page.locator('#bank-page #setting-sla').innerText(), /代买急药[\s\S]*全天计时/);
      const box = form.locator('#setting-calendar-holidays textarea');
      const days = (await box.inputValue()).split('\n');
      assert.ok(days.includes('2026-10-01'), 'the default list holds 国庆');
      await box.fill([...days, '10月8日'].join('\n'));
      await form.locator('#setting-calendar-reason input').fill('国庆后补一天假');
      await form.locator('#setting-calendar-save').click();
      assert.equal(await form.locator('#setting-calendar-holidays-error').innerText(WAIT), '日期请按 2026-10-01 的格式填写，每行一个');
      await box.fill([...days, '2026-10-08'].join('\n'));
      await form.locator('#setting-calendar-save').click();
      assert.match(await page.locator('#setting-done').innerText(WAIT), /已保存「工作日历」/);
      await page.locator('#setting-calendar-about', { hasText: '第 1 版' }).waitFor(WAIT);
      const saved = await api<{ calendar: { value: { holidays: string[] } } }>(admin, 'bank', { action: 'settings' });
      assert.deepEqual(saved.calendar.value.holidays.slice(-1), ['2026-10-08']);
      await audit(page, 'bank-calendar');
      await shot(admin, 'bank-admin-1c-calendar');
    }),
  180_000,
);

test(
  '2 等待预算: the waiting credit with the empty budget; a grant pays it and the queue empties',
  () =>
    step('2-waiting', async () => {
      const { page } = admin;
      await page.locator('.bank-tab-waiting').click();
      const item = page.locator(`#waiting-${wishId}`);
      assert.match(await item.innerText(WAIT), /家电维修[\s\S]*需要 20 积分[\s\S]*社区共建基金 余额 0 积分/);
      await audit(page, 'bank-waiting');
      await shot(admin, 'bank-admin-2-waiting');
      const granted = await api<{ released: number }>(admin, 'admin', {
        action: 'grant_budget',
        sponsorId: 'sp-empty',
        points: 50,
        reason: '社区共建基金到账',
        requestId: `bank_admin_grant_${Date.now()}`,
      });
      assert.equal(granted.released, 1);
      await page.locator('#waiting-refresh').click();
      await page.locator('#waiting-none').waitFor(WAIT);
    }),
  120_000,
);

test(
  '3 账户与更正: the volunteer’s passbook, 更正 of the credit with a reason; both accounts list the reversal',
  () =>
    step('3-correct', async () => {
      const { page } = admin;
      await page.locator('.bank-tab-accounts').click();
      await page.locator('.account-kind-passbook').click();
      const row = page.locator('.account', { hasText: '李明' });
      assert.match(await row.innerText(WAIT), /余额 20 积分/);
      await row.click();
      const panel = page.locator('#entries-panel');
      assert.match(await panel.locator('#entry-0').innerText(WAIT), /服务 · 家电维修 服务积分[\s\S]*\+20 积分/);
      await audit(page, 'bank-entries');
      await panel.locator('#entry-correct-0').click();
      const dialog = page.locator('#correct-dialog');
      assert.match(await dialog.innerText(WAIT), /-20 积分/);
      await dialog.locator('#correct-reason input').fill('服务记错了人');
      await audit(page, 'bank-correct-dialog');
      await shot(admin, 'bank-admin-3-correct');
      await dialog.locator('#correct-confirm').click();
      assert.match(await page.locator('#correct-done').innerText(WAIT), /已更正/);
      // The list reloads after the correction: the reversal on top, the credit marked 已更正.
      await panel.locator('#entry-0', { hasText: '更正：服务记错了人' }).waitFor(WAIT);
      assert.match(await panel.locator('#entry-0').innerText(), /更正 · 更正：服务记错了人[\s\S]*-20 积分/);
      assert.match(await panel.locator('#entry-1').innerText(), /已更正/);
      await panel.locator('#entries-close').click();
      // The accounts reload on closing: the passbook is back to 0 points and 0 hours.
      assert.match(await page.locator('.account', { hasText: '余额 0 积分' }).filter({ hasText: '李明' }).innerText(WAIT), /服务 0 小时/);
      await shot(admin, 'bank-admin-3-corrected');
    }),
  120_000,
);

test(
  '4 核对: every balance agrees with the journal',
  () =>
    step('4-verify', async () => {
      const { page } = admin;
      await page.locator('.bank-tab-verify').click();
      await page.locator('#verify-run').click(WAIT);
      const report = page.locator('#verify-report');
      assert.match(await report.innerText(WAIT), /核对无误[\s\S]*全部分录合计 0/);
      await audit(page, 'bank-verify');
      await shot(admin, 'bank-admin-4-verify');
    }),
  120_000,
);

test(
  '5 on a phone: the rules and the accounts fit, text at least 16 px',
  () =>
    step('5-phone', async () => {
      const { page } = admin;
      await page.setViewportSize(PHONE);
      await page.goto(`${cloud.baseUrl}/#/admin/pages/bank/index`);
      await page.locator('#setting-points').waitFor(WAIT);
      await audit(page, 'bank-phone-rules', { minText: 16 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `no sideways scroll (${overflow} px)`);
      await shot(admin, 'bank-admin-5-phone');
    }),
  120_000,
);
