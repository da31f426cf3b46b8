// 月报 walked in Chromium through the H5 build and the real functions: on 数据看板 at 1366×768 the admin
// steps the month (last month at first, never past this one), clicks 生成月报 and downloads both files
// (a PDF, an XLSX), then does the same on a phone. Audited like every page (axe-core, names and focus,
// text ≥ 14 px). Screenshots: tests/out/screenshots/month-report-<step>.png.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, test } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import type { LocalCloud } from '../../localcloud';
import { stepper } from '../helpers/browser';
import { startProduct } from '../helpers/product';
import { auditor, recordClickListeners } from './a11y-checks';
import { personIn, shooter, type Person } from './loop-people';

const root = path.resolve(__dirname, '../..');
const shot = shooter(path.join(root, 'tests/out/screenshots'));
const WAIT = { timeout: 60_000 };
const { audit } = auditor(undefined, { minText: 14 });
const step = stepper('month-report');

let cloud: LocalCloud;
let browser: Browser;
let admin: Person;
const shanghai = (d: Date) => new Date(d.getTime() + 8 * 3_600_000);
const now = shanghai(new Date());
const [y, m] = [now.getUTCFullYear(), now.getUTCMonth() + 1];
const words = (year: number, month: number) => `${year}年${month}月`;
const lastMonth = m === 1 ? words(y - 1, 12) : words(y, m - 1);

beforeAll(async () => {
  fs.mkdirSync(path.join(root, 'tests/out/screenshots'), { recursive: true });
  ({ cloud, browser } = await startProduct());
  admin = await personIn(browser, cloud.baseUrl, 'demo-admin');
  await admin.page.setViewportSize({ width: 1366, height: 768 });
  await recordClickListeners(admin.context);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await cloud?.stop();
});

/** Clicks a link and answers the bytes the browser saved, with the file's name. */
async function downloaded(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', WAIT), page.locator(selector).click()]);
  return { name: download.suggestedFilename(), bytes: fs.readFileSync((await download.path())!) };
}

async function makeAndDownload(page: Page): Promise<void> {
  await page.locator('#month-report-make').click();
  await page.locator('#month-report-pdf').waitFor(WAIT);
  const pdf = await downloaded(page, '#month-report-pdf');
  assert.match(pdf.name, /微心愿工作月报\.pdf$/);
  assert.equal(pdf.bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  const xlsx = await downloaded(page, '#month-report-xlsx');
  assert.match(xlsx.name, /微心愿工作月报\.xlsx$/);
  assert.equal(xlsx.bytes.subarray(0, 2).toString('latin1'), 'PK', 'an XLSX is a zip');
}

test('1 生成月报 at the desk: last month by default, both files download', () =>
  step(admin, '1-desk', async () => {
    const { page } = admin;
    await page.goto(`${cloud.baseUrl}/#/admin/pages/dashboard/index`);
    await page.locator('#month-report').waitFor(WAIT);
    assert.equal((await page.locator('#month-report #period-label').innerText()).trim(), lastMonth);
    await page.locator('#month-report #period-next').click();
    await page.locator('#month-report #period-next').click(); // never past this month
    assert.equal((await page.locator('#month-report #period-label').innerText()).trim(), words(y, m));
    await page.locator('#month-report #period-prev').click();
    await makeAndDownload(page);
    await audit(page, 'month-report-desk');
    await shot(admin, 'month-report-1-desk');
  }));

test('2 生成月报 on a phone', () =>
  step(admin, '2-phone', async () => {
    const { page } = admin;
    await page.setViewportSize({ width: 375, height: 812 });
    await page.locator('#month-report #period-prev').click();
    await makeAndDownload(page);
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)) <= 0, 'no sideways scroll');
    await audit(page, 'month-report-phone');
    await shot(admin, 'month-report-2-phone');
  }));
