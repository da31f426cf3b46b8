// 志愿服务证明 walked in Chromium through the H5 build and the real functions: the volunteer (李明, phone
// size) asks for last year's certificate with an identity number (a wrong check digit is refused in
// words first), sees its number and hours, and finds it under 我的证明; a resident opens the page the
// certificate's QR opens and reads 证书真实有效 with the masked name and the hours; an unknown number
// reads 未找到. The PDF saves from the result and, once the page is opened again, from 我的证明 (a
// real PDF each time, not the page's HTML). Every page is audited (axe-core, roles, text ≥ 16 px).
// Screenshots: tests/out/screenshots/cert-<step>.png.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, test } from '@jest/globals';
import type { Browser } from 'playwright-core';
import type { LocalCloud } from '../../localcloud';
import { stepper } from '../helpers/browser';
import { startProduct } from '../helpers/product';
import { auditor, recordClickListeners } from './a11y-checks';
import { personIn, shooter, type Person } from './loop-people';

const root = path.resolve(__dirname, '../..');
const shot = shooter(path.join(root, 'tests/out/screenshots'));
const WAIT = { timeout: 30_000 };
const { audit } = auditor(undefined, { minText: 16 });
const step = stepper('cert');
const LAST_YEAR = Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4)) - 1;
const MINUTES = [90, 45, 120];

let cloud: LocalCloud;
let browser: Browser;
let volunteer: Person;
let resident: Person;
let number = '';

beforeAll(async () => {
  fs.mkdirSync(path.join(root, 'tests/out/screenshots'), { recursive: true });
  fs.mkdirSync(path.join(root, 'tests/out/cert-e2e'), { recursive: true });
  ({ cloud, browser } = await startProduct());
  const accounts = ['sponsor:street-xmh', 'passbook:demo-volunteer'];
  await cloud.db.insert(
    'journal',
    MINUTES.map((minutes, i) => ({
      _id: `e2e-cert-${i}`,
      kind: 'service_credit',
      category: 'service',
      at: new Date(Date.UTC(LAST_YEAR, 2 + i, 10, 2)),
      lines: accounts.map((account) => ({ account, points: 0 })),
      accounts,
      minutes,
      memo: '家电维修 服务积分',
      by: 'system',
      reason: '测试',
    })),
  );
  [volunteer, resident] = await Promise.all(['demo-volunteer', 'demo-resident'].map((openid) => personIn(browser, cloud.baseUrl, openid)));
  for (const p of [volunteer, resident]) await recordClickListeners(p.context);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await cloud?.stop();
});

test('1 the volunteer asks for last year’s certificate: a wrong check digit first, then the right number', () =>
  step(volunteer, '1-issue', async () => {
    const { page } = volunteer;
    await page.goto(`${cloud.baseUrl}/#/volunteer/pages/certificate/index`);
    assert.match(await page.locator('#cert-id-block-hint').innerText(WAIT), /只保存打码后的号码/);
    await page.locator('#cert-id input').fill('110105194912310021');
    await page.locator('#cert-issue').click();
    const refused = page.locator('.error-message[data-code="INPUT.INVALID"]');
    await refused.waitFor(WAIT);
    assert.match(await refused.innerText(), /校验位不对/);
    await page.locator('#cert-id input').fill('11010519491231002X');
    await page.locator('#cert-issue').click();
    const result = page.locator('#cert-result [data-number]');
    await result.waitFor(WAIT);
    number = (await result.getAttribute('data-number')) ?? '';
    assert.match(number, /^\d{4}-000001-[0-9A-Z]{4}$/);
    const hours = String(Math.round((MINUTES.reduce((s, m) => s + m, 0) / 60) * 10) / 10);
    assert.match(await result.innerText(), new RegExp(`${hours} 小时`));
    assert.match(await result.innerText(), /洗马河街道新时代文明实践所/);
    await page.locator(`#cert-mine .cert-item[data-number="${number}"]`).waitFor(WAIT);
    await audit(page, 'certificate');
    await shot(volunteer, 'cert-1-issued');
  }));

/** Clicks `selector` and answers the file the browser saves: its name and its first bytes. */
async function saved(page: Person['page'], selector: string): Promise<{ name: string; head: string }> {
  const [file] = await Promise.all([page.waitForEvent('download', WAIT), page.locator(selector).click()]);
  const to = path.join(root, 'tests/out/cert-e2e', file.suggestedFilename());
  await file.saveAs(to);
  return { name: file.suggestedFilename(), head: fs.readFileSync(to).subarray(0, 5).toString('latin1') };
}

test('1b the PDF is saved from the result and, after the page is opened again, from 我的证明', () =>
  step(volunteer, '1b-open', async () => {
    const { page } = volunteer;
    const expected = { name: `志愿服务证明-${number}.pdf`, head: '%PDF-' };
    assert.deepEqual(await saved(page, '#cert-open'), expected);
    await page.reload();
    const item = `#cert-mine .cert-item[data-number="${number}"] .tappable`;
    await page.locator(item).waitFor(WAIT);
    assert.deepEqual(await saved(page, item), expected);
  }));

test('2 the page its QR opens: 证书真实有效 with the masked name and the hours; an unknown number: 未找到', () =>
  step(resident, '2-verify', async () => {
    const { page } = resident;
    await page.goto(`${cloud.baseUrl}/#/pages/cert/index?no=${number}`);
    const valid = page.locator(`#cert-valid[data-number="${number}"]`);
    await valid.waitFor(WAIT);
    assert.match(await valid.innerText(), /证书真实有效/);
    assert.match(await page.locator('#cert-name').innerText(), /李\*/);
    assert.ok(!(await page.locator('#cert-verify-page').innerText()).includes('李明'), 'never the full name');
    await audit(page, 'cert-verify');
    await shot(resident, 'cert-2-valid');
    await page.goto(`${cloud.baseUrl}/#/pages/cert/index?no=2025-999999-ABCD`);
    await page.locator('#cert-not-found').waitFor(WAIT);
    await audit(page, 'cert-not-found');
    await shot(resident, 'cert-2-not-found');
  }));
