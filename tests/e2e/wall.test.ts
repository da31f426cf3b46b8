// 微心愿墙 in Chromium, through the H5 build and the real functions: a resident files a wish with the
// wall consent (on by default for 上门理发), the centre publishes it to the wall at its desk
// (1366×768), a volunteer of the community finds it on the wall without the resident's name, phone
// or room, claims it, sees the contact on the order, checks in and completes; the resident rates it;
// the volunteer's passbook shows the points. Screenshots: tests/out/screenshots/wall-<n>-<step>.png.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, test } from '@jest/globals';
import type { Browser } from 'playwright-core';
import type { LocalCloud } from '../../localcloud';
import { stepper } from '../helpers/browser';
import { startProduct } from '../helpers/product';
import { personIn, shooter, type Person } from './loop-people';

const root = path.resolve(__dirname, '../..');
const shots = path.join(root, 'tests/out/screenshots');
const shot = shooter(shots);
const WAIT = { timeout: 30_000 };
const step = stepper('wall', (name) => {
  if (!cloud || !browser) throw new Error('not run: the cloud or the browser did not start');
  if (name !== '1-resident' && !wishId) throw new Error('not run: no wish, step 1 failed');
});
const PHONE = '13912340088';

let cloud: LocalCloud;
let browser: Browser;
let resident: Person;
let dispatcher: Person;
let volunteer: Person;
let wishId = '';

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  ({ cloud, browser } = await startProduct());
  [resident, dispatcher, volunteer] = await Promise.all(
    ['demo-resident', 'demo-dispatcher', 'demo-volunteer-2'].map((openid) => personIn(browser, cloud.baseUrl, openid)),
  );
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await cloud?.stop();
});

test(
  '1 resident files a wish; the wall consent follows the kind of help until touched',
  () =>
    step(resident, '1-resident', async () => {
      const { page } = resident;
      await page.goto(`${cloud.baseUrl}/#/pages/index/index?scene=B-0012`);
      await page.locator('#new-wish').click(WAIT);
      await page.locator('#place-banner').waitFor(WAIT);
      const consent = page.locator('#wish-wall-consent');
      await page.locator('.category-health_check').first().click(WAIT);
      assert.equal(await consent.getAttribute('aria-checked'), 'false', 'off for health help');
      await page.locator('.category-haircut').first().click();
      assert.equal(await consent.getAttribute('aria-checked'), 'true', 'on for a haircut');
      await page.locator('#wish-description textarea').fill('想请志愿者上门帮忙理个发，腿脚不方便下楼。');
      await page.locator('#wish-name input').fill('张桂兰');
      await page.locator('#wish-phone input').fill(PHONE);
      await page.locator('#wish-room input').fill('201');
      await shot(resident, 'wall-1-resident-form');
      await page.locator('#wish-submit').click();
      await page.locator('#privacy-agree').click(WAIT);
      await page.locator('#wish-status[data-status="submitted"]').waitFor(WAIT);
      wishId = new URL(page.url().replace('/#/', '/')).searchParams.get('id') ?? '';
      assert.match(wishId, /^[0-9A-Za-z_-]+$/);
      assert.equal((cloud.db.get('wishes').docs.get(wishId) as { wallConsent?: boolean }).wallConsent, true);
    }),
  120_000,
);

test(
  '2 the centre publishes it to the wall at its desk',
  () =>
    step(dispatcher, '2-dispatcher', async () => {
      const { page } = dispatcher;
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(`${cloud.baseUrl}/#/dispatcher/pages/order/index?wishId=${wishId}`);
      const card = page.locator('#wall-activity');
      await card.waitFor(WAIT);
      await page.locator('#activity-none').waitFor(WAIT); // no activity in 金鼎社区 yet
      await shot(dispatcher, 'wall-2-dispatcher-desk');
      await page.locator('#publish-wall').click();
      assert.match(await page.locator('#action-done').innerText(WAIT), /已发布到社区微心愿墙/);
      await page.locator('#wish-status[data-status="dispatched"]').first().waitFor(WAIT);
      await shot(dispatcher, 'wall-2-dispatcher-published');
      await page.setViewportSize({ width: 390, height: 844 });
      await page.reload();
      await page.locator('#wall-on').waitFor(WAIT);
      await shot(dispatcher, 'wall-2-dispatcher-phone');
    }),
  90_000,
);

test(
  '3 a volunteer of the community finds it on the wall without personal data, claims, checks in and completes',
  () =>
    step(volunteer, '3-volunteer', async () => {
      const { page } = volunteer;
      await page.goto(`${cloud.baseUrl}/#/volunteer/pages/hall/index`);
      await page.locator('#hall-page #go-wall').click(WAIT);
      const card = page.locator(`#wall-card-${wishId}`);
      await card.waitFor(WAIT);
      assert.match(await card.locator('.wall-category').innerText(), /上门理发/);
      assert.match(await card.locator('.wall-waited').innerText(), /刚刚发布|等了/);
      const wall = await page.locator('#wall-page').innerText();
      for (const secret of ['张桂兰', '张*', PHONE, PHONE.slice(-4), '201']) assert.ok(!wall.includes(secret), `no ${secret} on the wall`);
      await shot(volunteer, 'wall-3-volunteer-wall');
      await page.setViewportSize({ width: 1366, height: 768 });
      await shot(volunteer, 'wall-3-volunteer-wall-desk');
      await page.setViewportSize({ width: 390, height: 844 });
      await card.locator('.wall-claim').click();
      const order = page.locator('#volunteer-order-page');
      const phone = order.locator('#contact-phone[data-masked="false"]');
      await phone.waitFor(WAIT);
      assert.equal(await phone.innerText(), PHONE, 'the claimant sees the contact');
      await shot(volunteer, 'wall-3-volunteer-claimed');
      await order.locator('#check-in-button').click();
      await order.locator('#order-status[data-status="in_service"]').waitFor(WAIT);
      await order.locator('#complete-summary textarea').fill('上门理了发，老人很满意。');
      await order.locator('#complete-minutes input').fill('30');
      await order.locator('#complete-button').click();
      await order.locator('#order-status[data-status="completed"]').waitFor(WAIT);
      await shot(volunteer, 'wall-3-volunteer-completed');
    }),
  90_000,
);

test(
  '4 the resident sees it came from the wall and rates it; the points reach the volunteer',
  () =>
    step(resident, '4-rate', async () => {
      const { page } = resident;
      await page.goto(`${cloud.baseUrl}/#/pages/wish/detail/index?id=${wishId}`);
      await page.locator('#wish-status[data-status="completed"]').waitFor(WAIT);
      assert.match(await page.locator('#wall-published').innerText(), /已发布到心愿墙/);
      await page.locator('#rate-card .star-5').click();
      await page.locator('#rate-submit').click();
      await page.locator('#wish-status[data-status="closed"], #wish-status[data-status="rated"]').waitFor(WAIT);
      await shot(resident, 'wall-4-resident-rated');
      const v = volunteer.page;
      await v.goto(`${cloud.baseUrl}/#/volunteer/pages/passbook/index`);
      const balance = v.locator('#passbook-page #passbook-balance');
      await balance.waitFor(WAIT);
      assert.equal(await balance.innerText(), '10', '上门理发 earns 10 points');
      await shot(volunteer, 'wall-4-volunteer-passbook');
    }),
  90_000,
);
