// The admin's 批量导入 page in Chromium (H5 build, local cloud), at a desk (1366×768) and on a phone
// (390×844): the template downloads, a file with a bad row shows 行 / 列 / 问题 and cannot be imported,
// a good file checks clean, imports with a progress bar to the end, and the stairwell is stored; 导出
// downloads the places; axe-core and roles/names of every clickable are audited. Screenshots: tests/out/screenshots/import-<step>-<desk|phone>.png.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import type { LocalCloud } from '../../localcloud';
import { writeCsvSheet } from '../../cloudfunctions/_lib/sheets/write';
import { startProduct } from '../helpers/product';
import { auditor, recordClickListeners } from './a11y-checks';

const root = path.resolve(__dirname, '../..');
const shots = path.join(root, 'tests/out/screenshots');
const WAIT = { timeout: 30_000 };
const { audit } = auditor();
const SIZES = { desk: { width: 1366, height: 768 }, phone: { width: 390, height: 844 } } as const;
type Size = keyof typeof SIZES;

let cloud: LocalCloud;
let browser: Browser;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'msb-import-e2e-'));

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  ({ cloud, browser } = await startProduct());
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await cloud?.stop();
});

function sheetFile(name: string, rows: Record<string, string>[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, writeCsvSheet('places', rows));
  return file;
}
const row = (code: string, over: Record<string, string> = {}) => ({
  街道: '洗马河街道',
  社区: '金鼎社区',
  社区电话: '0871-63120012',
  小区: '紫云小区',
  '楼栋/单元': `${code.slice(-1)}栋`,
  楼栋码: code,
  码已含单元: '否',
  社区编号: 'c-jinding',
  // as stored (the demo sheet): a blank cell would clear them, and the import would count the community as changed
  新时代文明实践站: '金鼎社区新时代文明实践站',
  服务日: '每周三',
  ...over,
});

async function openAsAdmin(size: Size): Promise<Page> {
  const context = await browser.newContext({
    viewport: SIZES[size],
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  await recordClickListeners(context);
  const login = await context.request.post(`${cloud.baseUrl}/__dev/login`, { data: { openid: 'demo-admin' } });
  assert.equal(login.status(), 200);
  const page = await context.newPage();
  await page.goto(`${cloud.baseUrl}/#/admin/pages/import/index`);
  await page.locator('#import-page #import-choose').waitFor(WAIT);
  return page;
}

async function choose(page: Page, file: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser', WAIT), page.locator('#import-page #import-choose').click()]);
  await chooser.setFiles(file);
  await page
    .locator('#import-page #import-file-name')
    .filter({ hasText: path.basename(file) })
    .waitFor(WAIT);
}

describe.each(['desk', 'phone'] as const)('批量导入 at %s width', (size) => {
  const code = size === 'desk' ? 'Z-0101' : 'Z-0202';
  let page: Page;
  beforeAll(async () => {
    page = await openAsAdmin(size);
  }, 60_000);
  afterAll(() => page?.context().close());

  test('下载模板 downloads the places template', async () => {
    const [download] = await Promise.all([page.waitForEvent('download', WAIT), page.locator('#import-page #import-template').click()]);
    assert.equal(download.suggestedFilename(), '楼栋导入模板.xlsx');
    await page.screenshot({ path: path.join(shots, `import-start-${size}.png`) });
  }, 60_000);

  test('a bad row: 行 / 列 / 问题, and 导入 stays off', async () => {
    await choose(page, sheetFile(`bad-${size}.csv`, [row(code), row(`${code}9`, { 码已含单元: '也许' })]));
    await page.locator('#import-page #import-check').click();
    await page.locator('#import-page .import-problem').first().waitFor(WAIT);
    const cells = await page.locator('#import-page .import-problem').first().locator('.import-cell').allInnerTexts();
    assert.deepEqual(
      cells.map((c) => c.trim()),
      ['3', '码已含单元', `第 3 行「码已含单元」应填「是」或「否」：也许`],
    );
    assert.equal(await page.locator('#import-page #import-apply').getAttribute('aria-disabled'), 'true');
    await page.screenshot({ path: path.join(shots, `import-problems-${size}.png`) });
    await audit(page, `problems-${size}`);
    assert.equal(cloud.db.get('buildings').docs.get(code), undefined, 'nothing written');
  }, 60_000);

  test('a good file: checks clean, imports with progress to the end', async () => {
    await choose(page, sheetFile(`good-${size}.csv`, [row(code)]));
    await page.locator('#import-page #import-check').click();
    await page.locator('#import-page #import-summary').waitFor(WAIT);
    assert.match(await page.locator('#import-page #import-summary').innerText(), /新增 1 条/);
    await page.locator('#import-page #import-apply').click();
    await page.locator('#import-page #import-progress[data-status="done"]').waitFor(WAIT);
    assert.equal(await page.locator('#import-page #import-progress').getAttribute('data-done'), '1');
    await page.locator('#import-page .import-job').first().waitFor(WAIT);
    await page.screenshot({ path: path.join(shots, `import-done-${size}.png`) });
    await audit(page, `done-${size}`);
    assert.equal(cloud.db.get('buildings').docs.get(code)?.estateName, '紫云小区');
  }, 60_000);

  test('导出 downloads the stored places', async () => {
    const [download] = await Promise.all([page.waitForEvent('download', WAIT), page.locator('#import-page #import-export-csv').click()]);
    assert.equal(download.suggestedFilename(), '楼栋导出.csv');
    const text = fs.readFileSync(await download.path(), 'utf8');
    assert.ok(text.includes(code), 'the new stairwell is exported');
  }, 60_000);
});
