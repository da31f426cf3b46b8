// The admin area walked in Chromium through the H5 build and the real functions. The street admin at a
// desk (1366×768): the landing's 管理后台 → the home's eleven entries → 场所 (the communities on the left,
// 金鼎社区's stairwells on the right, a search) → 队伍 (the tree under the 总队) → 赞助方与预算 (grant
// 1000 points after the confirmation: one journal entry; 新增赞助方 of a 四个一点 source). The
// dispatcher on a phone (390 px): three entries, the places as a drill-down, the teams without
// switches. The merchant: 我的店铺 (修改店铺资料). The 帮办员: 帮居民提心愿 → the elder's stairwell →
// the form with 帮办 on. Every page
// is audited like the staff pages (axe-core, clickables with a role, a name and focus).
// Screenshots: tests/out/screenshots/admin-<n>-<step>.png; figures: tests/out/a11y-admin-report.json.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, test } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import type { LocalCloud } from '../../localcloud';
import { stepper, untilText } from '../helpers/browser';
import { startProduct } from '../helpers/product';
import { auditor, recordClickListeners } from './a11y-checks';
import { personIn, shooter, type Person } from './loop-people';

const root = path.resolve(__dirname, '../..');
const shots = path.join(root, 'tests/out/screenshots');
const shot = shooter(shots);
const WAIT = { timeout: 30_000 };
const { audit, write } = auditor('admin');
const step = stepper('admin');
const DESK = { width: 1366, height: 768 };

let cloud: LocalCloud;
let browser: Browser;
let admin: Person;
let dispatcher: Person;
let merchant: Person;
let helper: Person;

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  ({ cloud, browser } = await startProduct());
  [admin, dispatcher, merchant, helper] = await Promise.all(
    ['demo-admin', 'demo-dispatcher', 'demo-merchant', 'demo-helper'].map((openid) => personIn(browser, cloud.baseUrl, openid)),
  );
  // A 总队 above the demo's three teams, so the teams tree has levels.
  await cloud.db.insert('teams', [
    { _id: 't-zongdui', name: '洗马河街道志愿服务总队', kind: 'corps', specialties: ['general'], communities: [], active: true },
  ]);
  for (const id of ['t-lexiujiang', 't-jiankang', 't-paotui'])
    await cloud.db.update('teams', { _id: id }, { $set: { parentId: 't-zongdui' } }, { multi: false, replace: false, upsert: false });
  await admin.page.setViewportSize(DESK);
  for (const p of [admin, dispatcher, merchant]) await recordClickListeners(p.context);
}, 600_000);

afterAll(async () => {
  write();
  await browser?.close();
  await cloud?.stop();
});

const texts = (page: Page, selector: string) => page.locator(selector).allInnerTexts();

test(
  '1 the admin at a desk: landing → 管理后台 with all fourteen entries',
  () =>
    step(admin, '1-home', async () => {
      const { page } = admin;
      await page.goto(`${cloud.baseUrl}/#/pages/index/index`);
      await page.locator('#admin-home-entry').click(WAIT);
      const home = page.locator('#admin-home');
      await home.locator('#admin-entry-sponsors').waitFor(WAIT);
      assert.deepEqual(
        (await texts(page, '#admin-home .admin-entry .card-title')).map((t) => t.trim()),
        [
          '场所',
          '队伍',
          '人员与角色',
          '邀请',
          '导入导出',
          '二维码海报',
          '赞助方与预算',
          '公益银行',
          '数据看板',
          '数据导出',
          '评比',
          '困难户登记',
          '收费标准与公益基金',
          '巡访看板',
        ],
      );
      await audit(page, 'admin-home');
      await shot(admin, 'admin-1-home-desk');
    }),
  120_000,
);

test(
  '2 场所 at the desk: communities on the left, 金鼎社区’s stairwells on the right, a search by code',
  () =>
    step(admin, '2-places', async () => {
      const { page } = admin;
      await page.locator('#admin-home #admin-entry-places').click(WAIT);
      const places = page.locator('#places-page');
      await places.locator('#places-pick').waitFor(WAIT);
      assert.match(
        await places.locator('#community-c-jinding').innerText(),
        /金鼎社区新时代文明实践站[\s\S]*0871-63120012[\s\S]*每周三[\s\S]*翠湖小区（2）/,
      );
      await places.locator('#community-c-jinding').click();
      await places.locator('.desk-detail #stairwell-B-0013').waitFor(WAIT);
      assert.deepEqual(await places.locator('.desk-detail .stairwell-code').allInnerTexts(), ['B-0012', 'B-0013']);
      assert.equal(await places.locator('#community-c-jinding').getAttribute('data-on'), 'true');
      await audit(page, 'admin-places');
      await shot(admin, 'admin-2-places-desk');
      await places.locator('#stairwell-search input').fill('b-0013');
      await places.locator('#stairwell-search-button').click();
      await places.locator('#stairwell-search-clear').waitFor(WAIT);
      await page.waitForFunction(() => document.querySelectorAll('#places-page .stairwell-code').length === 1, undefined, WAIT);
      assert.deepEqual(await places.locator('.stairwell-code').allInnerTexts(), ['B-0013']);
      assert.equal(await places.locator('#retire-B-0013').count(), 1, 'an admin may retire it');
      await shot(admin, 'admin-3-places-search');
    }),
  120_000,
);

test(
  '3 队伍: the tree under the 总队, masked leader, switches for the admin',
  () =>
    step(admin, '3-teams', async () => {
      const { page } = admin;
      await page.goto(`${cloud.baseUrl}/#/admin/pages/teams/index`);
      const teams = page.locator('#teams-admin-page');
      await teams.locator('#tree-team-t-lexiujiang').waitFor(WAIT);
      assert.deepEqual(
        (await teams.locator('.tree-team-name').allInnerTexts()).map((t) => t.trim()),
        ['洗马河街道志愿服务总队', '└ 健康有约志愿服务队', '└ 乐修匠志愿服务队', '└ 青云跑腿代办队'],
      );
      assert.equal(await teams.locator('#tree-team-t-lexiujiang').getAttribute('data-depth'), '1');
      assert.match(await teams.locator('#tree-team-t-lexiujiang').innerText(), /队长：王\*\* · 在队 3 人/);
      assert.doesNotMatch(await teams.innerText(), /王建国|1380000/);
      assert.equal(await teams.locator('#toggle-t-paotui').count(), 1);
      await audit(page, 'admin-teams');
      await shot(admin, 'admin-4-teams-desk');
    }),
  120_000,
);

test(
  '4 赞助方与预算: grant 1000 points after the confirmation; one balanced entry, the balance grows',
  () =>
    step(admin, '4-sponsors', async () => {
      const { page } = admin;
      await page.goto(`${cloud.baseUrl}/#/admin/pages/sponsors/index`);
      const sponsors = page.locator('#sponsors-page');
      const card = sponsors.locator('#sponsor-street-xmh');
      assert.match(await card.innerText(WAIT), /余额 100000 积分[\s\S]*金鼎社区、青云社区/);
      await audit(page, 'admin-sponsors');
      await card.locator('#grant-open-street-xmh').click();
      await sponsors.locator('#grant-points input').fill('1000');
      await sponsors.locator('#grant-reason input').fill('第四季度服务预算');
      await sponsors.locator('#grant-submit').click();
      const dialog = sponsors.locator('#grant-dialog-box');
      assert.match(await dialog.innerText(WAIT), /1000 积分[\s\S]*第四季度服务预算[\s\S]*101000/);
      await audit(page, 'admin-grant-dialog');
      await shot(admin, 'admin-5-grant-confirm');
      await dialog.locator('#grant-confirm').click();
      await sponsors.locator('#grant-done').waitFor(WAIT);
      await sponsors.locator('.sponsor-balance[data-balance="101000"]').waitFor(WAIT);
      const grants = [...cloud.db.get('journal').docs.values()].filter(
        (e) => (e as { kind?: string; by?: string }).kind === 'budget_grant' && (e as { by?: string }).by === 'demo-admin',
      ) as unknown as Array<{ lines: Array<{ points: number }>; reason: string }>;
      assert.equal(grants.length, 1);
      assert.equal(grants[0].reason, '第四季度服务预算');
      assert.equal(
        grants[0].lines.reduce((s, l) => s + l.points, 0),
        0,
      );
      await shot(admin, 'admin-6-granted');
      // 新增赞助方: one of the 四个一点, opened at 0 points, its source a tag.
      await sponsors.locator('#sponsor-new').click();
      const form = sponsors.locator('#sponsor-form-box');
      await form.locator('#sponsor-name input').fill('翠湖小区居民互助金', WAIT);
      await form.locator('.source-residents').click();
      await audit(page, 'admin-sponsor-form');
      await shot(admin, 'admin-6b-sponsor-form');
      await form.locator('#sponsor-save').click();
      await sponsors.locator('#sponsor-saved').waitFor(WAIT);
      // The notice comes first; the list reloads after it.
      const added = /翠湖小区居民互助金[\s\S]*居民自筹[\s\S]*余额 0 积分/;
      assert.match(await untilText(sponsors, added), added);
    }),
  120_000,
);

test(
  '5 the dispatcher on a phone: six entries, places as a drill-down, teams without switches',
  () =>
    step(dispatcher, '5-phone', async () => {
      const { page } = dispatcher;
      await page.goto(`${cloud.baseUrl}/#/pages/index/index`);
      await page.locator('#admin-home-entry').click(WAIT);
      const home = page.locator('#admin-home');
      await home.locator('#admin-entry-places').waitFor(WAIT);
      assert.deepEqual(
        (await texts(page, '#admin-home .admin-entry .card-title')).map((t) => t.trim()),
        ['场所', '队伍', '二维码海报', '数据看板', '数据导出', '评比', '困难户登记', '巡访看板'],
      );
      await shot(dispatcher, 'admin-7-home-phone');
      await home.locator('#admin-entry-places').click();
      const places = page.locator('#places-page');
      await places.locator('#community-c-qingyun').click(WAIT);
      await places.locator('#stairwell-B-0101').waitFor(WAIT);
      assert.equal(await places.locator('#place-tree').count(), 0, 'a phone shows the stairwells instead of the tree');
      assert.equal(await places.locator('#retire-B-0101').count(), 0, 'a dispatcher does not retire');
      await audit(page, 'admin-places-phone');
      await shot(dispatcher, 'admin-8-places-phone');
      await places.locator('#places-back').click();
      await places.locator('#place-tree').waitFor(WAIT);
      await page.goto(`${cloud.baseUrl}/#/admin/pages/teams/index`);
      const teams = page.locator('#teams-admin-page');
      await teams.locator('#tree-team-t-paotui').waitFor(WAIT);
      assert.equal(await teams.locator('[id^="toggle-"]').count(), 0);
      await audit(page, 'admin-teams-phone');
      await shot(dispatcher, 'admin-9-teams-phone');
    }),
  120_000,
);

test(
  '6 the merchant: 我的店铺 from the landing, the profile and what the shop can do now',
  () =>
    step(merchant, '6-shop', async () => {
      const { page } = merchant;
      await page.goto(`${cloud.baseUrl}/#/pages/index/index`);
      await page.locator('#merchant-shop').click(WAIT);
      const shop = page.locator('#shop-page');
      assert.match(await shop.locator('#shop-card').innerText(WAIT), /幸福超市[\s\S]*金鼎社区[\s\S]*翠湖小区南门旁[\s\S]*每天 8:00–21:00/);
      assert.match(await shop.locator('#shop-now').innerText(), /柜台核销[\s\S]*6位兑换码/);
      for (const entry of ['#go-counter', '#go-items', '#go-statement']) await shop.locator(entry).waitFor(WAIT);
      await audit(page, 'merchant-shop');
      await shot(merchant, 'admin-10-merchant-shop');
      // 修改店铺资料: the introduction volunteers will read.
      await shop.locator('#shop-edit').click();
      await shop.locator('#shop-intro textarea').fill('社区里的爱心超市，积分可换米面油', WAIT);
      await audit(page, 'merchant-shop-form');
      await shop.locator('#shop-save').click();
      await shop.locator('#shop-saved').waitFor(WAIT);
      const intro = /社区里的爱心超市，积分可换米面油/;
      assert.match(await untilText(shop.locator('#shop-card'), intro), intro);
      await shot(merchant, 'admin-10b-merchant-shop-saved');
    }),
  120_000,
);

test(
  '7 the helper: 帮居民提心愿 without a scanned code → the elder’s stairwell → the form with 帮办 on',
  () =>
    step(helper, '7-helper', async () => {
      const { page } = helper;
      await page.goto(`${cloud.baseUrl}/#/pages/index/index`);
      await page.locator('#helper-file').click(WAIT);
      const picker = page.locator('#helper-picker');
      await picker.locator('.pick-community-c-jinding').click(WAIT);
      await picker.locator('.pick-estate-0').click(WAIT);
      await shot(helper, 'admin-11-helper-pick');
      await picker.locator('.pick-building-B-0012').click(WAIT);
      await page.locator('#wish-proxy[data-on="1"]').waitFor(WAIT);
      await shot(helper, 'admin-12-helper-form');
    }),
  120_000,
);
