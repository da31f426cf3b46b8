// 爱心兑换 walked in Chromium through the H5 build and the real functions: the volunteer on a phone
// (390 px) opens 爱心兑换 from the landing, reserves 花生油 after the confirmation, reads the six digits
// under the QR in 我的兑换; the merchant at the desk (1366×768) opens 柜台核销 from 我的店铺, types the
// digits, sees the reservation and confirms; then both books: the volunteer's passbook (the hold and
// 已核销), 我的兑换 (已核销), the shop's 月结账单 (one line, 50 积分; last month empty, with no 导出). Every page is audited like the
// staff pages. Screenshots: tests/out/screenshots/redeem-<n>-<step>.png; figures: tests/out/a11y-redeem-report.json.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, test } from '@jest/globals';
import jsQR from 'jsqr';
import type { Browser } from 'playwright-core';
import type { LocalCloud } from '../../localcloud';
import { stepper } from '../helpers/browser';
import { startProduct } from '../helpers/product';
import { readPng } from '../localcloud/openapi/png';
import { auditor, recordClickListeners } from './a11y-checks';
import { personIn, shooter, type Person } from './loop-people';

const root = path.resolve(__dirname, '../..');
const shots = path.join(root, 'tests/out/screenshots');
const shot = shooter(shots);
const WAIT = { timeout: 30_000 };
const { audit, write } = auditor('redeem', { minText: 16 });
const step = stepper('redeem');
const DESK = { width: 1366, height: 768 };

let cloud: LocalCloud;
let browser: Browser;
let volunteer: Person;
let merchant: Person;
let digits = '';
/** What a phone camera reads from the QR on the volunteer's screen. */
let scanned = '';

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  // demo-volunteer gets 200 welcome points (the head office's bonus entry), as with `npm start`.
  ({ cloud, browser } = await startProduct({ welcomePoints: true }));
  [volunteer, merchant] = await Promise.all(['demo-volunteer', 'demo-merchant'].map((openid) => personIn(browser, cloud.baseUrl, openid)));
  await merchant.page.setViewportSize(DESK);
  for (const p of [volunteer, merchant]) await recordClickListeners(p.context);
}, 600_000);

afterAll(async () => {
  write();
  await browser?.close();
  await cloud?.stop();
});

test(
  '1 the volunteer on a phone: 爱心兑换 → 预约 花生油 → the QR and six digits in 我的兑换',
  () =>
    step(volunteer, '1-reserve', async () => {
      const { page } = volunteer;
      await page.goto(`${cloud.baseUrl}/#/pages/index/index`);
      await page.locator('#volunteer-rewards').click(WAIT);
      const rewards = page.locator('#rewards-page');
      await rewards.locator('#reward-rw-xingfu-oil').waitFor(WAIT);
      assert.equal(await rewards.locator('#rewards-balance').getAttribute('data-balance'), '200');
      assert.match(await rewards.locator('#reward-rw-xingfu-oil').innerText(), /花生油[\s\S]*50 积分[\s\S]*幸福超市 · 金鼎社区/);
      await audit(page, 'rewards');
      await shot(volunteer, 'redeem-1-rewards-phone');
      await rewards.locator('#reserve-rw-xingfu-oil').click(WAIT);
      await page.locator('#reserve-dialog-box').waitFor(WAIT);
      await audit(page, 'reserve-dialog');
      await page.locator('#reserve-confirm').click(WAIT);
      await rewards.locator('#reserve-done').waitFor(WAIT);
      await page.waitForFunction(() => document.querySelector('#rewards-balance')?.getAttribute('data-balance') === '150', null, WAIT);

      await rewards.locator('#go-reservations').click(WAIT);
      const mine = page.locator('#reservations-page');
      const held = mine.locator('.reservation').first();
      await held.locator('.reservation-digits').waitFor(WAIT);
      digits = (await held.locator('.reservation-digits').innerText()).trim();
      assert.match(digits, /^\d{6}$/);
      assert.match(await held.innerText(), /花生油 · 幸福超市[\s\S]*50 积分 · 待核销/);
      const png = readPng(await held.locator('.qr-code').screenshot());
      const rgba = new Uint8ClampedArray(png.width * png.height * 4);
      for (let y = 0; y < png.height; y++) for (let x = 0; x < png.width; x++) rgba.set(png.pixel(x, y), (y * png.width + x) * 4);
      scanned = jsQR(rgba, png.width, png.height)?.data ?? '';
      assert.match(scanned, /^[0-9A-Za-z_-]{43}$/, 'the QR on the screen decodes to the token');
      await audit(page, 'reservations-held');
      await shot(volunteer, 'redeem-2-code-phone');
    }),
  180_000,
);

test(
  '2 the merchant at the desk: 我的店铺 → 柜台核销, types the six digits, sees the reservation, confirms',
  () =>
    step(merchant, '2-counter', async () => {
      const { page } = merchant;
      await page.goto(`${cloud.baseUrl}/#/pages/index/index`);
      await page.locator('#merchant-shop').click(WAIT);
      await page.locator('#shop-page #go-counter').click(WAIT);
      const counter = page.locator('#counter-page');
      // The camera's scan (Taro.scanCode, not in a browser) sends what the QR holds: the same reservation.
      const byQr = await cloud.host.invoke(
        'bank',
        { action: 'lookup_code', code: scanned },
        { source: 'wx_client', openid: 'demo-merchant' },
      );
      assert.ok(byQr.ok);
      assert.equal((byQr.result as { data: { what: string } }).data.what, '花生油 · 幸福超市');
      await counter.locator('#counter-code input').fill(digits, WAIT);
      await audit(page, 'counter');
      await counter.locator('#counter-lookup').click(WAIT);
      const found = counter.locator('#counter-found');
      await found.waitFor(WAIT);
      assert.match(await found.innerText(), /花生油[\s\S]*50 积分[\s\S]*李\*[\s\S]*待核销/);
      await audit(page, 'counter-found');
      await shot(merchant, 'redeem-3-counter-found-desk');
      await found.locator('#counter-confirm').click(WAIT);
      const result = counter.locator('#counter-result');
      await result.waitFor(WAIT);
      assert.match(await result.innerText(), /核销成功[\s\S]*花生油[\s\S]*50 积分已入账/);
      await audit(page, 'counter-result');
      await shot(merchant, 'redeem-4-counter-done-desk');
    }),
  180_000,
);

test('3 both books: the passbook shows the hold and 已核销; 我的兑换 已核销; the 月结账单 lists it', async () => {
  await step(volunteer, '3-passbook', async () => {
    const { page } = volunteer;
    await page.goto(`${cloud.baseUrl}/#/volunteer/pages/passbook/index`);
    const book = page.locator('#passbook-page');
    await book.locator('.passbook-entry').first().waitFor(WAIT);
    assert.equal((await book.locator('#passbook-balance').innerText()).trim(), '150');
    const entries = (await book.locator('.passbook-entry').allInnerTexts()).join('\n');
    assert.match(entries, /已核销 花生油 · 幸福超市/);
    assert.match(entries, /预约兑换 花生油 · 幸福超市[\s\S]*−50/, 'the hold, with a true minus sign');
    assert.match(entries, /已核销 花生油 · 幸福超市[\s\S]*已兑换/, 'the confirmation says 已兑换, not 0');
    await audit(page, 'passbook');
    await shot(volunteer, 'redeem-5-passbook-phone');
    await page.goto(`${cloud.baseUrl}/#/volunteer/pages/reservations/index`);
    const done = page.locator('#reservations-page .reservation').first();
    await done.waitFor(WAIT);
    await page.waitForFunction(
      () => document.querySelector('#reservations-page .reservation-state')?.getAttribute('data-status') === 'redeemed',
      null,
      WAIT,
    );
    assert.match(await done.innerText(), /已核销/);
    assert.equal(await done.locator('.reservation-digits').count(), 0, 'the code is gone once redeemed');
    await shot(volunteer, 'redeem-6-reservations-phone');
  });
  await step(merchant, '3-statement', async () => {
    const { page } = merchant;
    await page.goto(`${cloud.baseUrl}/#/merchant/pages/statement/index`);
    const statement = page.locator('#statement-page');
    await statement.locator('#statement-total').waitFor(WAIT);
    assert.equal(await statement.locator('#statement-total').getAttribute('data-total'), '50');
    assert.match(await statement.locator('.statement-row').first().innerText(), /花生油[\s\S]*50 积分/);
    await audit(page, 'statement');
    await shot(merchant, 'redeem-7-statement-desk');
    // Last month had no redemption here: it says so and offers nothing to export.
    await statement.locator('.statement-months .choice').nth(1).click();
    await statement.locator('#statement-empty').waitFor(WAIT);
    assert.equal(await statement.locator('#statement-export').count(), 0, 'an empty month offers no export');
    assert.match(await statement.locator('#statement-total').innerText(), /共 0 笔，0 积分/);
    await page.goto(`${cloud.baseUrl}/#/merchant/pages/items/index`);
    await page.locator('#items-page #shop-item-rw-xingfu-oil').waitFor(WAIT);
    assert.match(await page.locator('#shop-item-rw-xingfu-oil').innerText(), /库存 19 件/);
    await audit(page, 'items');
    await shot(merchant, 'redeem-8-items-desk');
  });
}, 180_000);
