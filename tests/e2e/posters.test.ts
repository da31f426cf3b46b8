// The street office's first morning in Chromium at a desk (1366×768), as the street's admin: the store
// has people but no places or teams; the admin imports the demo spreadsheets (database/demo/places.csv,
// teams.csv) on the import page, then opens 楼道二维码海报, chooses
// 金鼎社区 (its retired stairwell marked, no poster), generate the community's posters with progress,
// download the PDF (captured by playwright), and scan page 1: the code opens the landing page with the
// first stairwell's scene. One stairwell's poster too, and the page on a phone.
// Screenshots: tests/out/screenshots/posters-*.png; PDFs: tests/out/posters-pdf/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, test } from '@jest/globals';
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import type { LocalCloud } from '../../localcloud';
import { startProduct } from '../helpers/product';
import { clickables, recordClickListeners, runAxe, unusable } from './a11y-checks';
import { decodePage, pageCount, pageText } from '../functions/poster/helpers';

const root = path.resolve(__dirname, '../..');
const shots = path.join(root, 'tests/out/screenshots');
const pdfs = path.join(root, 'tests/out/posters-pdf');
const WAIT = { timeout: 30_000 };
const DESK = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
/** Scoped to the page: Taro H5 keeps earlier pages in the DOM. */
const $ = (page: Page, selector: string) => page.locator(`#posters-page ${selector}`);

let cloud: LocalCloud;
let browser: Browser;
let desk: Page;

async function as(openid: string, viewport: typeof DESK): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const login = await context.request.post(`${cloud.baseUrl}/__dev/login`, { data: { openid } });
  assert.equal(login.status(), 200);
  await recordClickListeners(context);
  return context;
}

/** Serious axe findings and clickables without a role, a name or focus, on the page as shown. */
async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.waitForTimeout(300); // the last render
  const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const bad = (await clickables(page)).filter(unusable);
  return [
    ...serious.map((v) => `${v.id}: ${v.targets.join(' | ')}`),
    ...bad.map((c) => `${c.what} role=${c.role || '-'} name=${c.name || '-'}`),
  ];
}

async function openPosters(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${cloud.baseUrl}/#/admin/pages/posters/index`);
  await $(page, '#posters-community-c-jinding').waitFor(WAIT);
  return page;
}

/**
 * Clicks `button`, captures the download it starts and saves it as `name`. When none comes, the
 * failure says what the page showed instead (its toast, e.g. 文件打不开) and what it logged.
 */
async function download(page: Page, button: string, name: string): Promise<string> {
  const logged: string[] = [];
  const log = (m: ConsoleMessage) => void logged.push(`${m.type()}: ${m.text()}`);
  page.on('console', log);
  const [file] = await Promise.all([
    page.waitForEvent('download', WAIT).catch(async (e: Error) => {
      const toasts = await page.locator('.taro__toast').allInnerTexts();
      throw new Error(`${e.message}\ntoast: ${toasts.join(' | ') || '-'}\nconsole: ${logged.join(' | ') || '-'}`);
    }),
    $(page, button).click(),
  ]).finally(() => page.off('console', log));
  const to = path.join(pdfs, name);
  await file.saveAs(to);
  return to;
}

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  fs.rmSync(pdfs, { recursive: true, force: true });
  fs.mkdirSync(pdfs, { recursive: true });
  // No places or teams: the first test imports them as a street office would.
  ({ cloud, browser } = await startProduct({ org: false }));
  // A retired stairwell in 金鼎社区 (before any call, so the functions' reference cache reads it).
  await cloud.db.insert('buildings', [
    {
      _id: 'B-0099',
      name: '9栋1单元',
      estateName: '翠湖小区',
      communityId: 'c-jinding',
      communityName: '金鼎社区',
      fixes: 'unit',
      retired: true,
    },
  ]);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await cloud?.stop();
});

/** On the import page: one demo sheet, 检查 (clean), 导入 to the end. */
async function importSheet(page: Page, kind: 'places' | 'teams'): Promise<void> {
  const on = (selector: string) => page.locator(`#import-page ${selector}`);
  await on(`.import-kind-${kind}`).click();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser', WAIT), on('#import-choose').click()]);
  await chooser.setFiles(path.join(root, 'database/demo', `${kind}.csv`));
  await on('#import-file-name')
    .filter({ hasText: `${kind}.csv` })
    .waitFor(WAIT);
  await on('#import-check').click();
  await on('#import-summary').waitFor(WAIT);
  assert.match(await on('#import-summary').innerText(), /新增/);
  await on('#import-apply').click();
  await on('#import-progress[data-status="done"]').waitFor(WAIT);
  await page.screenshot({ path: path.join(shots, `posters-0-import-${kind}-desk.png`) });
}

test('the admin imports the demo spreadsheets: the street, its communities, stairwells and teams', async () => {
  assert.equal(cloud.db.get('communities').docs.size, 0, 'nothing but people before the import');
  const context = await as('demo-admin', DESK);
  const page = await context.newPage();
  await page.goto(`${cloud.baseUrl}/#/admin/pages/import/index`);
  await page.locator('#import-page #import-choose').waitFor(WAIT);
  await importSheet(page, 'places');
  await importSheet(page, 'teams');
  assert.deepEqual([...cloud.db.get('communities').docs.keys()].sort(), ['c-jinding', 'c-qingyun']);
  assert.equal(cloud.db.get('buildings').docs.get('B-0012')?.communityId, 'c-jinding');
  assert.equal(cloud.db.get('teams').docs.get('t-lexiujiang')?.name, '乐修匠志愿服务队');
  await context.close();
}, 180_000);

test('the admin opens the posters page at a desk: communities on the left, 金鼎社区 with its stairwells on the right', async () => {
  desk = await openPosters(await as('demo-admin', DESK));
  await $(desk, '#posters-community-c-jinding').click();
  await $(desk, '#posters-stairwell-B-0012').waitFor(WAIT);
  assert.equal(await $(desk, '.desk-list').count(), 1, 'two panes on the desk');
  assert.equal(await $(desk, '#posters-community-c-jinding').getAttribute('data-on'), 'true');
  assert.equal(await $(desk, '#posters-stairwell-B-0099').getAttribute('data-retired'), 'true');
  assert.match(await $(desk, '#posters-stairwell-B-0099').innerText(), /已停用/);
  assert.equal(await $(desk, '#poster-make-B-0099').count(), 0, 'no poster for a retired stairwell');
  assert.match(await $(desk, '#posters-batch-panel').innerText(), /共 2 个在用楼栋码/);
  await desk.screenshot({ path: path.join(shots, 'posters-community-desk.png') });
}, 120_000);

test("generates 金鼎社区's posters with progress, downloads the PDF, and page 1's code opens the first stairwell", async () => {
  await $(desk, '#posters-batch').click();
  await $(desk, '#posters-progress[data-status="done"]').waitFor(WAIT);
  assert.equal(await $(desk, '#posters-progress').getAttribute('data-done'), '2');
  assert.equal(await $(desk, '#posters-progress').getAttribute('data-total'), '2');
  assert.match(await $(desk, '#posters-progress').innerText(), /已完成 2 \/ 2/);
  await desk.screenshot({ path: path.join(shots, 'posters-batch-done-desk.png') });
  assert.deepEqual(await accessibilityProblems(desk), []);
  const file = await download(desk, '#posters-batch-open', 'jinding.pdf');
  assert.equal(pageCount(file), 2);
  assert.deepEqual(decodePage(file, 1), { page: 'pages/index/index', scene: 'B-0012', envVersion: 'release' });
  assert.equal(decodePage(file, 2)?.scene, 'B-0013');
  assert.ok(pageText(file, 1).includes('翠湖小区 · 3栋2单元'));
}, 120_000);

test("one stairwell's poster: 生成本楼海报, then 下载 PDF", async () => {
  await $(desk, '#poster-make-B-0013').click();
  await $(desk, '#poster-open-B-0013').waitFor(WAIT);
  const file = await download(desk, '#poster-open-B-0013', 'B-0013.pdf');
  assert.equal(pageCount(file), 1);
  assert.equal(decodePage(file, 1)?.scene, 'B-0013');
  await desk.screenshot({ path: path.join(shots, 'posters-one-desk.png') });
}, 120_000);

test('on a phone: one column, the same controls', async () => {
  const phone = await openPosters(await as('demo-admin', PHONE));
  await $(phone, '#posters-stairwell-B-0012').waitFor(WAIT);
  assert.equal(await $(phone, '.desk-list').count(), 0, 'one column on a phone');
  assert.equal(await $(phone, '#posters-batch').count(), 1);
  const width = await phone.evaluate('document.documentElement.scrollWidth');
  assert.ok(Number(width) <= PHONE.width, `no sideways scrolling (${String(width)} px)`);
  await phone.screenshot({ path: path.join(shots, 'posters-phone.png'), fullPage: true });
}, 120_000);
