// Roles by invitation, in Chromium through the local cloud: the admin at a desk (1366×768) invites a
// dispatcher for 金鼎社区 and sees the code and the link; a new person opens the link on a phone,
// accepts, and lands on the workbench; a second person opening the same link reads that it was used;
// the admin sees the person with the grant, revokes it with a reason, and reads it all in 授权记录.
// Screenshots: tests/out/screenshots/people-*.png.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, test } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { LocalCloud } from '../../localcloud';
import { startProduct } from '../helpers/product';
import { auditor, recordClickListeners } from './a11y-checks';

const root = path.resolve(__dirname, '../..');
const shots = path.join(root, 'tests/out/screenshots');
const WAIT = { timeout: 30_000 };
const { audit } = auditor();
const DESK = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

let cloud: LocalCloud;
let browser: Browser;
let link = '';

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  ({ cloud, browser } = await startProduct());
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await cloud?.stop();
});

async function as(openid: string, viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  await recordClickListeners(context);
  const login = await context.request.post(`${cloud.baseUrl}/__dev/login`, { data: { openid } });
  assert.equal(login.status(), 200);
  return { context, page: await context.newPage() };
}
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(shots, `people-${name}.png`) });

test('the admin invites a dispatcher for 金鼎社区: the code and the link, once', async () => {
  const { context, page } = await as('demo-admin', DESK);
  await page.goto(`${cloud.baseUrl}/#/admin/pages/invitations/index`);
  const form = page.locator('#invitations-page #invite-form');
  await form.locator('.invite-role-dispatcher').click(WAIT);
  await form.locator('.invite-kind-community').click(WAIT);
  await form.locator('.invite-scope-c-jinding').click(WAIT);
  await form.locator('#invite-from input').fill('洗马河街道 李主任');
  await form.locator('#invite-note textarea').fill('新任金鼎社区派单员');
  await shot(page, 'admin-form-desk');
  await audit(page, 'invitations form');
  await form.locator('#invite-create').click(WAIT);
  const created = page.locator('#invitations-page #invite-created');
  assert.match(await created.innerText(WAIT), /邀请您成为 金鼎社区 的 派单员/);
  await created.locator('#invite-qr img, img#invite-qr, #invite-qr').first().waitFor(WAIT);
  link = (await created.locator('#invite-link').innerText()).trim();
  assert.match(link, /#\/pages\/invite\/index\?t=[0-9A-Za-z_-]{22}$/);
  await page.locator('#invitations-page .invitation-status[data-status="open"]').first().waitFor(WAIT);
  await shot(page, 'admin-created-desk');
  await context.close();
}, 120_000);

test('a new person opens the link on a phone, accepts, and goes to the workbench; a second person reads that it was used', async () => {
  const { context, page } = await as('e2e-new-dispatcher', PHONE);
  await page.goto(link.replace(/^https?:\/\/[^/]+/, cloud.baseUrl));
  const card = page.locator('#invite-page #invite-card');
  assert.equal((await card.locator('#invite-title').innerText(WAIT)).trim(), '邀请您成为 金鼎社区 的 派单员');
  assert.match(await card.innerText(), /洗马河街道 李主任/);
  await card.locator('#invite-name input').fill('陈静');
  await shot(page, 'invitee-open-phone');
  await audit(page, 'invite page');
  await card.locator('#invite-accept').click(WAIT);
  const done = page.locator('#invite-page #invite-done');
  assert.match(await done.locator('#invite-can').innerText(WAIT), /派单台/);
  await shot(page, 'invitee-accepted-phone');
  await done.locator('#invite-go').click(WAIT);
  await page.locator('#queue-page').waitFor(WAIT);
  await context.close();

  const second = await as('e2e-second', PHONE);
  await second.page.goto(link.replace(/^https?:\/\/[^/]+/, cloud.baseUrl));
  await second.page.locator('#invite-page #invite-closed .error-message[data-code="INVITE.USED"]').waitFor(WAIT);
  assert.equal(await second.page.locator('#invite-page #invite-accept').count(), 0);
  await shot(second.page, 'second-used-phone');
  await second.context.close();
}, 120_000);

test('the admin sees the grant, revokes it with a reason, and reads 授权记录', async () => {
  const { context, page } = await as('demo-admin', DESK);
  await page.goto(`${cloud.baseUrl}/#/admin/pages/people/index`);
  const person = page.locator('#people-page #person-e2e-new-dispatcher');
  assert.match(await person.innerText(WAIT), /陈静[\s\S]*派单员 · 金鼎社区（社区）/);
  await shot(page, 'admin-people-desk');
  await audit(page, 'people page');
  await person.locator('.grant-revoke').first().click(WAIT);
  await person.locator('#grant-revoke-reason textarea').fill('调离岗位');
  await person.locator('#grant-revoke-button').click(WAIT);
  await page.locator('#people-page #person-e2e-new-dispatcher').waitFor({ state: 'detached', ...WAIT });
  await page.locator('#people-page .people-tab-audit').click(WAIT);
  const record = page.locator('#people-page .audit-item');
  await record.first().waitFor(WAIT);
  const text = await page.locator('#people-page').innerText();
  for (const words of ['发出邀请', '接受邀请', '撤销权限', '调离岗位', '陈静']) assert.ok(text.includes(words), words);
  await shot(page, 'admin-audit-desk');
  await context.close();
}, 120_000);
