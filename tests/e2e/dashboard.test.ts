// 数据看板 walked in Chromium through the H5 build and the real functions: the admin opens it from the
// admin home at 1366×768, reads this month's summary, the 三率 with their definitions and the tables (this
// month's wishes, seeded here, in the month table and the stairwell table; volunteers and activities,
// visits, party members by branch), picks one community and back to 全部, switches to 12 months, then
// reads it on a phone (375 wide): the summary first, the tables behind 查看明细, no page-wide sideways
// scroll (wide tables scroll inside). The charts: each canvas really drawn (its non-blank pixels
// counted), an image named by its summary, followed by a table holding the same numbers as the month
// table, its text selectable; narrower on the phone, still drawn. Audited like every page (axe-core,
// names and focus, text ≥ 14 px). Screenshots: tests/out/screenshots/dashboard-<step>.png.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, test } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import type { LocalCloud } from '../../localcloud';
import { insertWishes, seedWishes } from '../functions/insight/seed';
import { stepper } from '../helpers/browser';
import { startProduct } from '../helpers/product';
import { auditor, recordClickListeners } from './a11y-checks';
import { personIn, shooter, type Person } from './loop-people';

const root = path.resolve(__dirname, '../..');
const shot = shooter(path.join(root, 'tests/out/screenshots'));
const WAIT = { timeout: 30_000 };
const { audit } = auditor(undefined, { minText: 14 });
const step = stepper('dashboard');
const CHARTS = ['chart-filed', 'chart-rates', 'chart-categories'];

let cloud: LocalCloud;
let browser: Browser;
let admin: Person;
const NOW = new Date();
const month = new Date(NOW.getTime() + 8 * 3_600_000).toISOString().slice(0, 7);

beforeAll(async () => {
  fs.mkdirSync(path.join(root, 'tests/out/screenshots'), { recursive: true });
  ({ cloud, browser } = await startProduct());
  // 20 wishes filed in the last minutes (this month in Shanghai), every one at 金鼎 B-0013
  const now = seedWishes(20).map((w, i) => ({
    ...w,
    _id: `e2e-ins-${i}`,
    buildingId: 'B-0013',
    communityId: 'c-jinding',
    createdAt: new Date(NOW.getTime() - (i + 1) * 60_000),
    history: [],
  }));
  // and 3 at 青云 B-0101, so that choosing 青云社区 has its own figures whatever the demo's dates
  const qingyun = seedWishes(3).map((w, i) => ({
    ...w,
    _id: `e2e-ins-q-${i}`,
    buildingId: 'B-0101',
    communityId: 'c-qingyun',
    createdAt: new Date(NOW.getTime() - (i + 1) * 60_000),
    history: [],
  }));
  await insertWishes(cloud, [...now, ...qingyun]);
  admin = await personIn(browser, cloud.baseUrl, 'demo-admin');
  await admin.page.setViewportSize({ width: 1366, height: 768 });
  await recordClickListeners(admin.context);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await cloud?.stop();
});

const pageWide = () => admin.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The chart's canvas: its CSS width and how many of its pixels are not transparent. */
const drawn = (page: Page, id: string) =>
  page.locator(`#${id} canvas`).evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++;
    return { inked, cssWidth: canvas.getBoundingClientRect().width };
  });

const cellsOf = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));

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

test('1 数据看板 at the desk, from the admin home', () =>
  step(admin, '1-desk', async () => {
    const { page } = admin;
    await page.goto(`${cloud.baseUrl}/#/admin/pages/index/index`);
    await page.getByText('数据看板', { exact: true }).first().click();
    await page.locator('#dashboard-rates').waitFor(WAIT);
    assert.match(await page.locator('#rate-response').innerText(), /响应率[\s\S]*24小时内/);
    const thisMonth = page.locator(`#table-months .figure-row[data-key="${month}"]`);
    await thisMonth.waitFor(WAIT);
    const filed = Number((await thisMonth.locator('.figure-cell').nth(1).innerText()).trim());
    assert.ok(filed >= 20, `this month's wishes counted (${filed})`);
    assert.ok(
      Number((await page.locator('#table-stairwells .figure-row[data-key="B-0013"] .figure-cell').nth(1).innerText()).trim()) >= 20,
    );
    await checkCharts(page, 1366);
    // this month: the chart's table and the page's month table say the same 提交 and 完成
    const chartRow = await cellsOf(page, `#chart-filed-table .chart-row[data-key="${month}"] .chart-cell`);
    const monthRow = await cellsOf(page, `#table-months .figure-row[data-key="${month}"] .figure-cell`);
    assert.deepEqual(chartRow, monthRow.slice(0, 3));
    assert.ok(Number(chartRow[1]) >= 20, `this month's wishes charted (${chartRow[1]})`);
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
    assert.ok((await pageWide()) <= 0, 'no sideways scroll at the desk');
    assert.match(await page.locator('#summary-filed').innerText(), /提交心愿\s*\d+/);
    assert.equal(await page.locator('#dashboard-details-toggle').isVisible(), false, 'the desk shows every table');
    for (const t of ['#table-people', '#table-visits', '#table-party']) await page.locator(t).waitFor(WAIT);
    assert.match(await page.locator('#table-party').innerText(), /要求25小时/);
    await audit(page, 'dashboard-desk');
    await shot(admin, 'dashboard-1-desk');
    await page.locator('#dashboard-community-c-qingyun').click();
    await page.locator('#table-communities .figure-row[data-key="c-qingyun"]').waitFor(WAIT);
    await page.locator('#table-communities .figure-row[data-key="c-jinding"]').waitFor({ state: 'detached', ...WAIT });
    await shot(admin, 'dashboard-1-desk-qingyun');
    await page.locator('#dashboard-community-all').click();
    await page.locator('#table-communities .figure-row[data-key="c-jinding"]').waitFor(WAIT);
    await page.locator('#dashboard-range-12').click();
    await page.locator('#table-months .figure-row[data-key]').nth(11).waitFor(WAIT);
  }));

test('2 数据看板 on a phone', () =>
  step(admin, '2-phone', async () => {
    const { page } = admin;
    await page.setViewportSize({ width: 375, height: 812 });
    await page.locator('#dashboard-range-3').click();
    await page.locator('#dashboard-summary').waitFor(WAIT);
    assert.equal(await page.locator('#table-months').isVisible(), false, 'the tables wait behind 查看明细');
    assert.ok((await pageWide()) <= 0, 'no sideways scroll');
    await audit(page, 'dashboard-phone-summary');
    await shot(admin, 'dashboard-2-phone-summary');
    await page.locator('#dashboard-details-toggle').click();
    await page.locator('#table-months .figure-row[data-key]').nth(2).waitFor(WAIT);
    await checkCharts(page, 375);
    assert.ok((await pageWide()) <= 0, 'wide tables scroll inside, not the page');
    await audit(page, 'dashboard-phone');
    await shot(admin, 'dashboard-2-phone');
  }));
