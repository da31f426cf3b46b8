// 数据导出 walked in Chromium through the H5 build and the real functions: the admin opens it from the admin
// home at 1366×768, exports this month's wishes (600 seeded: two chunks) as CSV with personal data, watches
// the progress reach 已完成, downloads the file and reads it back; an export stopped after one chunk is
// resumed from the list (继续); then the street dispatcher on a phone (375 wide) exports the same as XLSX
// without personal data: no page-wide sideways scroll. Audited like every page (axe-core, names and focus).
// Screenshots: tests/out/screenshots/exports-<step>.png.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, test } from '@jest/globals';
import type { Browser } from 'playwright-core';
import type { LocalCloud } from '../../localcloud';
import { insertWishes, seedWishes } from '../functions/insight/seed';
import { stepper } from '../helpers/browser';
import { startProduct } from '../helpers/product';
import { person } from '../helpers/people';
import { auditor, recordClickListeners } from './a11y-checks';
import { personIn, shooter, type Person } from './loop-people';

const root = path.resolve(__dirname, '../..');
const shot = shooter(path.join(root, 'tests/out/screenshots'));
const WAIT = { timeout: 60_000 };
const { audit } = auditor(undefined, { minText: 14 });
const step = stepper('exports');
const N = 600;

let cloud: LocalCloud;
let browser: Browser;
let admin: Person;
let dispatcher: Person;
const NOW = new Date();

beforeAll(async () => {
  fs.mkdirSync(path.join(root, 'tests/out/screenshots'), { recursive: true });
  ({ cloud, browser } = await startProduct());
  // N wishes filed in the last hours (this month in Shanghai unless the month began a moment ago: then yesterday's month).
  const wishes = seedWishes(N).map((w, i) => ({
    ...w,
    _id: `e2e-exp-${String(i).padStart(4, '0')}`,
    createdAt: new Date(NOW.getTime() - (i + 1) * 1_000),
    room: `${200 + (i % 20)}`,
    contact: { name: `居民${i}号`, phone: `1391${String(i).padStart(7, '0')}` },
    history: [],
  }));
  await insertWishes(cloud, wishes as never);
  [admin, dispatcher] = await Promise.all(['demo-admin', 'demo-dispatcher'].map((o) => personIn(browser, cloud.baseUrl, o)));
  await admin.page.setViewportSize({ width: 1366, height: 768 });
  await dispatcher.page.setViewportSize({ width: 375, height: 812 });
  for (const p of [admin, dispatcher]) await recordClickListeners(p.context);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await cloud?.stop();
});

const pageWide = (p: Person) => p.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test("1 the admin at the desk: this month's wishes as CSV, with progress, downloaded and read back", () =>
  step(admin, '1-desk', async () => {
    const { page } = admin;
    await page.goto(`${cloud.baseUrl}/#/admin/pages/index/index`);
    await page.getByText('数据导出', { exact: true }).first().click();
    await page.locator('#export-form').waitFor(WAIT);
    await page.locator('#export-list').waitFor(WAIT);
    await page.locator('.export-kind-wishes').click();
    await page.locator('.export-format-csv').click();
    await page.locator('#export-personal').click();
    await page.locator('#export-start').click();
    const progress = page.locator('#export-progress');
    await progress.waitFor(WAIT);
    await page.locator('#export-progress[data-status="done"]').waitFor(WAIT);
    assert.match(await progress.innerText(), /已完成，共 \d+ 行/);
    const rows = Number(await progress.getAttribute('data-done'));
    assert.ok(rows >= N, `${rows} rows`);
    const first = page.locator('#export-list .export-row').first();
    await first.locator('.export-download').waitFor(WAIT);
    assert.match(await first.innerText(), /微心愿 · CSV[\s\S]*我[\s\S]*含个人信息/);
    assert.ok((await pageWide(admin)) <= 0, 'no sideways scroll at the desk');
    await audit(page, 'exports-desk');
    await shot(admin, 'exports-1-desk');
    const [download] = await Promise.all([page.waitForEvent('download', WAIT), first.locator('.export-download').click()]);
    assert.match(download.suggestedFilename(), /^微心愿_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    assert.equal(text.charCodeAt(0), 0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    assert.ok(lines[0]!.startsWith('编号,提交时间,社区,楼栋,门牌,联系人,联系电话'));
    assert.equal(lines.length - 1, rows);
    assert.ok(text.includes('13910000007'), 'a phone in full');
  }));

test('2 an export stopped after one chunk is resumed from the list (继续)', () =>
  step(admin, '2-resume', async () => {
    const { page } = admin;
    const call = person(cloud, 'demo-admin');
    const today = new Date(NOW.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    const start = await call('insight', {
      action: 'export_start',
      kind: 'wishes',
      format: 'xlsx',
      fromDate: `${today.slice(0, 8)}01`,
      toDate: today,
      requestId: 'req_e2e_resume_1',
    });
    const one = await call('insight', { action: 'export_step', jobId: start.data.jobId });
    assert.equal(one.data.status, 'running');
    await page.reload();
    const row = page.locator(`#export-row-${start.data.jobId}`);
    await row.waitFor(WAIT);
    assert.equal(await row.getAttribute('data-status'), 'running');
    assert.match(await row.innerText(), /未完成 500 \/ \d+/);
    await shot(admin, 'exports-2-unfinished');
    await row.locator('.export-resume').click();
    await page.locator(`#export-row-${start.data.jobId}[data-status="done"]`).waitFor(WAIT);
    await page.locator('#export-progress[data-status="done"]').waitFor(WAIT);
  }));

test('3 the dispatcher on a phone: XLSX without personal data', () =>
  step(dispatcher, '3-phone', async () => {
    const { page } = dispatcher;
    await page.goto(`${cloud.baseUrl}/#/admin/pages/exports/index`);
    await page.locator('#export-form').waitFor(WAIT);
    assert.equal(await page.locator('.export-kind-ledger').count(), 0, 'the ledger is for admins');
    await page.locator('.export-kind-wishes').click();
    await page.locator('#export-start').click();
    await page.locator('#export-progress[data-status="done"]').waitFor(WAIT);
    assert.match(await page.locator('#export-progress').innerText(), /姓名、电话、门牌已隐去部分/);
    await page.locator('#export-list .export-row .export-download').first().waitFor(WAIT);
    assert.ok((await pageWide(dispatcher)) <= 0, 'no sideways scroll on a phone');
    await audit(page, 'exports-phone');
    await shot(dispatcher, 'exports-3-phone');
    await page.locator('#export-form').scrollIntoViewIfNeeded();
    await shot(dispatcher, 'exports-3-phone-form');
  }));
