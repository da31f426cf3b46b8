// The H5 build, served by the local cloud's gateway, in Debian's Chromium: the landing page shows the
// stairwell code and `whoami` answered by the real `user` function through the local cloud.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, test } from '@jest/globals';
import type { Browser } from 'playwright-core';
import type { LocalCloud } from '../../localcloud';
import { sharedFunctions } from '../helpers/built';
import { buildOnce } from '../helpers/taro-build';
import { launchChromium } from '../helpers/browser';
import { startTestCloud } from '../helpers/cloud';

const root = path.resolve(__dirname, '../..');
let h5Dir: string;
let functionsDir: string;
const shots = path.join(root, 'tests/out/screenshots');
let cloud: LocalCloud;
let browser: Browser;

beforeAll(async () => {
  functionsDir = await sharedFunctions();
  fs.mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await cloud?.stop();
});

// The one H5 build every browser walk shares (`npm run build:h5`, made again whenever a source changed).
test('npm run build:h5 succeeds', () => {
  h5Dir = buildOnce('h5').dir;
  assert.ok(fs.existsSync(path.join(h5Dir, 'index.html')));
  const js = fs
    .readdirSync(h5Dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => fs.readFileSync(path.join(h5Dir, f), 'utf8'))
    .join('\n');
  assert.match(js, /"animation":!1/, 'H5 page animation is off (Back would leave a blank page)');
  assert.doesNotMatch(js, /traceUser/, 'no Taro.cloud on H5');
}, 300_000);

test('landing page with a scene shows the code and whoami through the gateway', async () => {
  cloud = await startTestCloud({ functionsDir, h5Dir });
  await cloud.db.insert('users', [{ _id: 'e2e-leader-0001', roles: ['volunteer', 'leader'] }]);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const login = await context.request.post(`${cloud.baseUrl}/__dev/login`, { data: { openid: 'e2e-leader-0001' } });
  assert.equal(login.status(), 200);
  const page = await context.newPage();
  await page.goto(`${cloud.baseUrl}/#/pages/index/index?scene=${encodeURIComponent('B-0012')}`);
  await page.locator('.whoami-roles').waitFor({ timeout: 30_000 });
  assert.match(await page.locator('.scene-value').innerText(), /B-0012/);
  assert.match(await page.locator('.whoami-roles').innerText(), /志愿者/);
  assert.match(await page.locator('.whoami-roles').innerText(), /队长/);
  // A leader's entries: the hall and 队伍管理 (volunteer/pages/teams).
  assert.equal(await page.locator('#volunteer-hall').count(), 1);
  assert.equal(await page.locator('#leader-teams').count(), 1);
  // No raw WeChat id (OPENID) anywhere on the page.
  assert.doesNotMatch(await page.locator('body').innerText(), /e2e-leader/);
  assert.equal(await page.locator('.whoami-openid').count(), 0);
  await page.screenshot({ path: path.join(shots, 'landing-leader.png') });
  await context.close();
}, 120_000);

test('a stranger without a session sees the Chinese message for AUTH.NO_IDENTITY', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${cloud.baseUrl}/#/pages/index/index`);
  await page.locator('.error-message').waitFor({ timeout: 30_000 });
  const text = await page.locator('.error-message').innerText();
  assert.match(text, /[\u4e00-\u9fa5]/, 'a Chinese message');
  // Nothing can be read from the cloud without an identity: the street's number is the one built in (.env).
  assert.match(await page.locator('#whoami-hotline').innerText(), /街道电话[\s\S]*0871-63120000/);
  await page.screenshot({ path: path.join(shots, 'landing-stranger.png') });
  await context.close();
}, 60_000);
