// Recognition walked in Chromium through the H5 build and the real functions, on the seeded data set
// of tests/functions/bank/recognition-seed.ts: the volunteer (李明, phone size) reads the passbook
// (balance, star level, entries with the balance after each, the month statement) and 我的荣誉; the
// admin reads 评比 at 1366×768 (年总评, 党员时长, 储蓄所星级) and on a phone. Every page is audited:
// no serious axe-core violation; every clickable has a role, a name and focus; text ≥ 16 px.
// Screenshots: tests/out/screenshots/recognition-<step>.png.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, test } from '@jest/globals';
import type { Browser } from 'playwright-core';
import type { LocalCloud } from '../../localcloud';
import { seedRecognition, V, type SeedEntry } from '../functions/bank/recognition-seed';
import { stepper } from '../helpers/browser';
import { startProduct } from '../helpers/product';
import { auditor, recordClickListeners } from './a11y-checks';
import { personIn, shooter, type Person } from './loop-people';

const root = path.resolve(__dirname, '../..');
const shot = shooter(path.join(root, 'tests/out/screenshots'));
const WAIT = { timeout: 30_000 };
const { audit } = auditor(undefined, { minText: 16 });
const step = stepper('recognition');
const DESK = { width: 1366, height: 768 };

let cloud: LocalCloud;
let browser: Browser;
let volunteer: Person;
let admin: Person;
let entries: SeedEntry[] = [];

beforeAll(async () => {
  fs.mkdirSync(path.join(root, 'tests/out/screenshots'), { recursive: true });
  ({ cloud, browser } = await startProduct());
  entries = await seedRecognition(cloud, new Date());
  [volunteer, admin] = await Promise.all(['demo-volunteer', 'demo-admin'].map((openid) => personIn(browser, cloud.baseUrl, openid)));
  await admin.page.setViewportSize(DESK);
  for (const p of [volunteer, admin]) await recordClickListeners(p.context);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await cloud?.stop();
});

test('1 the passbook: balance, star level, entries with the balance after each, the month statement', () =>
  step(volunteer, '1-passbook', async () => {
    const { page } = volunteer;
    const mine = entries.filter((e) => e.owner === V);
    const balance = mine.reduce((s, e) => s + e.points, 0);
    await page.goto(`${cloud.baseUrl}/#/volunteer/pages/passbook/index`);
    assert.equal(await page.locator('#passbook-balance').innerText(WAIT), String(balance));
    await page.locator('#star-level').waitFor(WAIT);
    assert.equal(await page.locator('#star-level').getAttribute('data-level'), '1');
    const first = page.locator('.passbook-entry').first();
    assert.match(await first.locator('.entry-balance').innerText(), new RegExp(`余额 ${balance}$`));
    assert.match(await first.locator('.entry-points').innerText(), /^\+5$/);
    await audit(page, 'passbook');
    await shot(volunteer, 'recognition-1-passbook');
    await page.locator('#passbook-tab-months').click();
    await page.locator('#months-hours').waitFor(WAIT);
    const rows = page.locator('#passbook-months .month-row');
    assert.ok((await rows.count()) >= 1);
    assert.match(
      await rows.first().locator('.month-closing').innerText(),
      new RegExp(`期末 ${balance}$`),
      'the newest month closes at the balance',
    );
    await audit(page, 'passbook-months');
    await shot(volunteer, 'recognition-1-passbook-months');
  }));

test('2 我的荣誉: badges earned with their dates, the next ones with progress', () =>
  step(volunteer, '2-badges', async () => {
    const { page } = volunteer;
    await page.goto(`${cloud.baseUrl}/#/volunteer/pages/passbook/index`);
    await page.locator('#go-badges').click(WAIT);
    await page.locator('#badge-services_10').waitFor(WAIT);
    assert.match(await page.locator('#badge-five_star_10').innerText(), /2025年1月11日获得/);
    const streak = page.locator('#next-streak_3');
    assert.deepEqual([await streak.getAttribute('data-value'), await streak.getAttribute('data-target')], ['2', '3']);
    await audit(page, 'badges');
    await shot(volunteer, 'recognition-2-badges');
  }));

test('3 评比 at the desk: 年总评, 党员时长 (below 25 h first), 储蓄所星级; and on a phone', () =>
  step(admin, '3-reviews', async () => {
    const { page } = admin;
    await page.goto(`${cloud.baseUrl}/#/admin/pages/reviews/index`);
    await page.locator('#review-redemptions').waitFor(WAIT);
    await page.locator('#reviews-tab-year').click();
    const street = page.locator('#review-street .review-row');
    await street.first().waitFor(WAIT);
    assert.match(await street.first().innerText(), /李明[\s\S]*60 积分/, 'the most points this year first (12 × 5)');
    await audit(page, 'reviews-year', { minText: 14 });
    await shot(admin, 'recognition-3-reviews-year');
    await page.locator('#reviews-tab-party').click();
    await page.locator('#party-summary').waitFor(WAIT);
    assert.equal(await page.locator('#party-list .review-row').first().getAttribute('data-below'), 'true');
    assert.doesNotMatch(await page.locator('#party-list').innerText(), /13800000003/, 'phones masked');
    await audit(page, 'reviews-party', { minText: 14 });
    await shot(admin, 'recognition-3-reviews-party');
    await page.locator('#reviews-tab-offices').click();
    await page.locator('#office-c-jinding .office-level').waitFor(WAIT);
    await audit(page, 'reviews-offices', { minText: 14 });
    await shot(admin, 'recognition-3-reviews-offices');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('#reviews-tab-year').click();
    await street.first().waitFor(WAIT);
    await audit(page, 'reviews-phone', { minText: 14 });
    await shot(admin, 'recognition-3-reviews-phone');
  }));
