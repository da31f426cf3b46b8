// 数据看板's charts walked in Chromium through the H5 build and the real functions: each chart's canvas is
// really drawn (its non-blank pixels counted), is an image named by its summary, and is followed by a
// table holding the same numbers as the page's month table, its text selectable; at 1366×768 and on a
// 375 px phone (the canvases narrow with the page, still drawn, no page-wide scroll). Audited (axe-core,
// names and focus, text ≥ 14 px). Screenshots: tests/out/screenshots/dashboard-charts-<step>.png.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, test } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import type { LocalCloud } from '../../localcloud';
import { insertWishes, seedWishes } from '../functions/insight/seed';
import { stepper } from '../helpers/browser';
import { startProduct } from '../helpers/product';
import { auditor } from './a11y-checks';
import { personIn, shooter, type Person } from './loop-people';

const root = path.resolve(__dirname, '../..');
const shot = shooter(path.join(root, 'tests/out/screenshots'));
const WAIT = { timeout: 30_000 };
const { audit } = auditor(undefined, { minText: 14 });
const step = stepper('dashboard-charts');
const CHARTS = ['chart-filed', 'chart-rates', 'chart-categories'];

let cloud: LocalCloud;
let browser: Browser;
let admin: Person;
const NOW = new Date();
const month = new Date(NOW.getTime() + 8 * 3_600_000).toISOString().slice(0, 7);

beforeAll(async () => {
  fs.mkdirSync(path.join(root, 'tests/out/screenshots'), { recursive: true });
  ({ cloud, browser } = await startProduct());
  // 12 wishes filed in the last minutes (this month in Shanghai)
  const now = seedWishes(12).map((w, i) => ({
    ...w,
    _id: `e2e-chart-${i}`,
    buildingId: 'B-0013',
    communityId: 'c-jinding',
    createdAt: new Date(NOW.getTime() - (i + 1) * 60_000),
    history: [],
  }));
  await insertWishes(cloud, now);
  admin = await personIn(browser, cloud.baseUrl, 'demo-admin');
  await admin.page.setViewportSize({ width: 1366, height: 768 });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await cloud?.stop();
});

/** The chart's canvas: its CSS width and how many of its pixels are not transparent. */
const drawn = (page: Page, id: string) =>
  page.locator(`#${id} canvas`).evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++;
    return { inked, cssWidth: canvas.getBoundingClientRect().width };
  });

const cellsOf = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));
const pageWide = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function checkCharts(page: Page, maxWidth: number) {
  for (const id of CHARTS) {
    await page.locator(`#${id} canvas`).waitFor(WAIT);
    await page.waitForFunction((sel) => {
      const c = document.querySelector<HTMLCanvasElement>(sel);
      return !!c && c.width > 0;
    }, `#${id} canvas`);
    const { inked, cssWidth } = await drawn(page, id);
    assert.ok(inked > 2000, `${id} is drawn (${inked} pixels inked)`);
    assert.ok(cssWidth > 200 && cssWidth <= maxWidth, `${id} fits (${cssWidth} px)`);
    assert.equal(await page.locator(`#${id}`).getAttribute('role'), 'img');
    assert.match((await page.locator(`#${id}`).getAttribute('aria-label')) ?? '', /图，/);
    assert.equal(await page.locator(`#${id}-table`).getAttribute('role'), 'table');
  }
}

test('1 the charts at the desk: drawn, named, their tables the month table numbers', () =>
  step(admin, '1-desk', async () => {
    const { page } = admin;
    await page.goto(`${cloud.baseUrl}/#/admin/pages/dashboard/index`);
    await page.locator('#dashboard-rates').waitFor(WAIT);
    await checkCharts(page, 1366);
    // this month: the chart's table and the page's month table say the same 提交 and 完成
    const chartRow = await cellsOf(page, `#chart-filed-table .chart-row[data-key="${month}"] .chart-cell`);
    const monthRow = await cellsOf(page, `#table-months .figure-row[data-key="${month}"] .figure-cell`);
    assert.deepEqual(chartRow, monthRow.slice(0, 3));
    assert.ok(Number(chartRow[1]) >= 12, `this month's wishes charted (${chartRow[1]})`);
    assert.match((await page.locator('#chart-filed').getAttribute('aria-label')) ?? '', new RegExp(`共提交\\d+件`));
    const rates = await cellsOf(page, `#chart-rates-table .chart-row[data-key="${month}"] .chart-cell`);
    assert.deepEqual(rates.slice(1), monthRow.slice(3, 6), 'the 三率 as in the month table');
    // the table's text can be selected (and so copied)
    const select = await page
      .locator(`#chart-filed-table .chart-cell`)
      .first()
      .evaluate((el) => getComputedStyle(el).userSelect);
    assert.equal(select, 'text');
    const copied = await page.locator('#chart-filed-table').evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      const text = sel.toString();
      sel.removeAllRanges();
      return text;
    });
    assert.match(copied, new RegExp(`${month}\\s*${chartRow[1]}\\s*${chartRow[2]}`));
    assert.ok((await pageWide(page)) <= 0, 'no sideways scroll at the desk');
    await audit(page, 'dashboard-charts-desk');
    await shot(admin, 'dashboard-charts-1-desk');
  }));

test('2 the charts on a 375 px phone: narrower, still drawn', () =>
  step(admin, '2-phone', async () => {
    const { page } = admin;
    await page.setViewportSize({ width: 375, height: 812 });
    await page.waitForFunction(
      () => {
        const c = document.querySelector('#chart-filed canvas');
        return !!c && c.getBoundingClientRect().width <= 375;
      },
      undefined,
      WAIT,
    );
    await checkCharts(page, 375);
    assert.ok((await pageWide(page)) <= 0, 'wide tables scroll inside, not the page');
    await audit(page, 'dashboard-charts-phone');
    await shot(admin, 'dashboard-charts-2-phone');
  }));
