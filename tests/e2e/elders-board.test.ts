// The overdue board (巡访看板), walked in Chromium through the H5 build and the real functions: the 帮办员
// on a phone registers an elder (from the landing page, with consent) and finds them on the board; the
// dispatcher at the desk (1366×768) sees the table overdue first, said in words, and filters it by a tag
// and by a volunteer; the 帮办员 imports the community's sheet (a bad row named in Chinese, then the fixed
// file with its progress) and finds the imported elders on the board. Every page is audited: no serious axe-core violation, every clickable has a role
// and a name. Screenshots: tests/out/screenshots/elders-<n>-<step>.png; figures: tests/out/a11y-elders-report.json.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, test } from '@jest/globals';
import { stepper } from '../helpers/browser';
import { startProduct, type Product } from '../helpers/product';
import { auditor } from './a11y-checks';
import { personIn, shooter, type Person } from './loop-people';
import { ageOf } from '../../src/domain/visit/elder';

const root = path.resolve(__dirname, '../..');
const shots = path.join(root, 'tests/out/screenshots');
const shot = shooter(shots);
const WAIT = { timeout: 30_000 };
const { audit, write } = auditor('elders');
const step = stepper('elders');
const DESK = { width: 1366, height: 768 };

let product: Product;
let helper: Person;
let dispatcher: Person;

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  product = await startProduct();
  const url = product.cloud.baseUrl;
  [helper, dispatcher] = await Promise.all(['demo-helper', 'demo-dispatcher'].map((openid) => personIn(product.browser, url, openid)));
  await dispatcher.page.setViewportSize(DESK);
}, 600_000);

afterAll(async () => {
  write();
  await product?.stop();
});

/** The names on the board, top to bottom. */
const boardNames = async (p: Person) =>
  (await p.page.locator('#elders-board .elder-row').allInnerTexts()).map((t) => t.trim().split(/[\s（]/)[0]);

test(
  '1 the 帮办员 on a phone registers an elder with consent; the new elder is due at once',
  () =>
    step(helper, '1-helper', async () => {
      const { page } = helper;
      await page.goto(`${product.cloud.baseUrl}/#/pages/index/index`);
      await page.locator('#elders-entry').click(WAIT);
      await page.locator('#elders-board .elder-row').first().waitFor(WAIT);
      await page.locator('.community-c-jinding').click(WAIT);
      await page.locator('#elders-add').click();
      const form = page.locator('#elder-form');
      await form.locator('#elder-name input').fill('刘秀兰', WAIT);
      await form.locator('#elder-room input').fill('702');
      await form.locator('#elder-year input').fill('1975');
      await form.locator('.elder-tag-alone').click();
      await form.locator('.elder-tag-disabled').click();
      await form.locator('#elder-phone input').fill('0871-63125577');
      await form.locator('.consent-way-verbal').click();
      await form.locator('#elder-save').click();
      // The server checks the age in business time, and the form says so next to the field.
      await page.locator('.field-error[data-field="birthYear"]', { hasText: '巡访对象须年满60周岁' }).waitFor(WAIT);
      await form.locator('#elder-year input').fill('1943');
      await form.locator('#elder-save').click();
      await page.locator('#elder-saved', { hasText: '已登记' }).waitFor(WAIT);
      assert.match(await page.locator('#elder-facts').innerText(), /刘秀兰[\s\S]*今天应访[\s\S]*独居、残疾[\s\S]*本人口头同意/);
      await audit(page, 'helper-elder');
      await shot(helper, 'elders-1-helper-elder');
      await page.goto(`${product.cloud.baseUrl}/#/dispatcher/pages/elders/index`);
      await page.locator('.community-c-jinding').click(WAIT);
      await page.locator('#elders-board .elder-row', { hasText: '刘秀兰' }).waitFor(WAIT);
      await audit(page, 'helper-board-phone');
      await shot(helper, 'elders-1-helper-board-phone');
    }),
  120_000,
);

test(
  '2 the dispatcher at the desk: the table overdue first, in words; filtered by tag and by volunteer',
  () =>
    step(dispatcher, '2-dispatcher', async () => {
      const { page } = dispatcher;
      await page.goto(`${product.cloud.baseUrl}/#/pages/index/index`);
      await page.locator('#admin-home-entry').click(WAIT);
      await page.locator('#admin-entry-elders').first().click(WAIT);
      await page.locator('.community-c-jinding').click(WAIT);
      const board = page.locator('#elders-board');
      await board.locator('.elder-row', { hasText: '刘秀兰' }).waitFor(WAIT);
      assert.equal(await board.getAttribute('role'), 'table');
      const states = await board.locator('.elder-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state')));
      assert.deepEqual(states.slice(0, 2), ['overdue', 'overdue'], 'overdue first');
      assert.ok(states.indexOf('upcoming') > states.lastIndexOf('today'), JSON.stringify(states));
      assert.deepEqual((await boardNames(dispatcher)).slice(0, 2), ['张桂兰', '李德福']);
      const first = await board.locator('.elder-row').first().innerText();
      assert.match(first, /张桂兰[\s\S]*独居、困难[\s\S]*李明[\s\S]*12 天[\s\S]*已逾期 5 天/);
      assert.match(await board.locator('.elder-row').nth(1).innerText(), /已上报社区 · 连续 2 次联系不上/);
      assert.doesNotMatch(await board.innerText(), /0871-63125566|13800000031/, 'no phone on the board');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 1366, `no sideways scrolling at the desk (${width})`);
      await audit(page, 'dispatcher-board-desk');
      await shot(dispatcher, 'elders-2-dispatcher-board-desk');

      await page.locator('.elder-tag-disabled').click();
      await page.waitForFunction(() => document.querySelectorAll('#elders-board .elder-row').length === 2, undefined, WAIT);
      assert.deepEqual(await boardNames(dispatcher), ['李德福', '刘秀兰']);
      await shot(dispatcher, 'elders-2-dispatcher-board-disabled');

      await page.locator('.elder-tag-all').click();
      await page.locator('.elder-volunteer-all').waitFor(WAIT);
      await page.locator('.choice', { hasText: '赵小红' }).click();
      await page.waitForFunction(() => document.querySelectorAll('#elders-board .elder-row').length === 2, undefined, WAIT);
      assert.deepEqual(await boardNames(dispatcher), ['李德福', '赵淑芬']);
      await audit(page, 'dispatcher-board-filtered');
      await shot(dispatcher, 'elders-2-dispatcher-board-volunteer');
    }),
  120_000,
);

test(
  '3 the 帮办员 imports the community’s sheet: a bad row is named in Chinese, the fixed file imports with progress',
  () =>
    step(helper, '3-import', async () => {
      const { page } = helper;
      const dir = path.join(root, 'tests/out/elders-e2e');
      fs.mkdirSync(dir, { recursive: true });
      const header = '姓名,出生年份,楼栋码,房号,标签,联系志愿者,同意方式,同意日期';
      const write = (name: string, year: string, way: string) => {
        const file = path.join(dir, name);
        const rows = [
          header,
          '何秀珍,1946,B-0012,801,独居,李明,本人签字,2026-01-05',
          `邓桂英,${year},5栋1单元,802,空巢,,${way},2026-01-06`,
        ];
        fs.writeFileSync(file, `\uFEFF${rows.join('\n')}\n`);
        return file;
      };
      const choose = async (file: string) => {
        const [chooser] = await Promise.all([page.waitForEvent('filechooser', WAIT), page.locator('#elders-import-choose').click()]);
        await chooser.setFiles(file);
        await page.locator('.import-file-name', { hasText: path.basename(file) }).waitFor(WAIT);
      };
      await page.goto(`${product.cloud.baseUrl}/#/dispatcher/pages/elders/index`);
      await page.locator('.community-c-jinding').click(WAIT);
      await page.locator('#elders-import').click();
      await page.locator('#elders-import-page .community-c-jinding.choice--on').waitFor(WAIT);
      await choose(write('elders-bad.csv', '1990', '监护人代签'));
      await page.locator('#elders-import-check').click();
      const problems = page.locator('#import-problems .import-problem');
      await problems.first().waitFor(WAIT);
      assert.deepEqual(await problems.allInnerTexts().then((t) => t.map((x) => x.replace(/\s+/g, ' ').trim())), [
        `3 出生年份 第 3 行「出生年份」巡访对象须年满60周岁（今年${ageOf(1990, new Date())}岁）`,
        '3 监护人 第 3 行「监护人」监护人代签时请填写监护人和电话',
      ]);
      await audit(page, 'helper-import-problems');
      await shot(helper, 'elders-3-import-problems');
      await choose(write('elders-fixed.csv', '1950', '本人口头同意'));
      await page.locator('#elders-import-check').click();
      await page.locator('#import-summary', { hasText: '新增 2 条' }).waitFor(WAIT);
      await page.locator('#elders-import-apply').click();
      await page.locator('#import-progress[data-status="done"][data-done="2"]').waitFor(WAIT);
      await audit(page, 'helper-import-done');
      await shot(helper, 'elders-3-import-done');
      await page.goto(`${product.cloud.baseUrl}/#/dispatcher/pages/elders/index`);
      await page.locator('.community-c-jinding').click(WAIT);
      await page.locator('#elders-board .elder-row', { hasText: '何秀珍' }).waitFor(WAIT);
      assert.match(await page.locator('#elders-board .elder-row', { hasText: '邓桂英' }).innerText(), /今天应访/);
    }),
  120_000,
);
