// The emulator UI (/__ui) in Chromium against a local cloud over the real functions with the demo data:
// collections (list, query, edit, delete), the request log with an unindexed query highlighted, a
// function invoked by hand, a timer fired, the clock moved (the timers catch up), outbox, storage and
// the blocklist. Screenshots at 1366×768 (and the collections at phone width):
// tests/out/screenshots/emulator-ui-<panel>.png.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, test } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import QRCode from 'qrcode';
import type { LocalCloud } from '../../localcloud';
import { appendOutbox } from '../../localcloud/openapi/outbox';
import { writeFileDurably } from '../../localcloud/storage';
import { launchChromium, untilText } from '../helpers/browser';
import { startFunctionsCloud } from '../helpers/functions';

const shots = path.resolve(__dirname, '../out/screenshots');
const WAIT = { timeout: 30_000 };
let cloud: LocalCloud;
let browser: Browser;
let page: Page;

async function shot(name: string): Promise<void> {
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(shots, `emulator-ui-${name}.png`), fullPage: true });
}

async function tab(name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  cloud = await startFunctionsCloud({ timers: true });
  await cloud.db.insert('volunteers', [
    { _id: 'ui-scratch', name: '临时', phone: '13900000000', communityId: 'c-jinding', createdAt: new Date() },
  ]);
  // An unindexed query, as a careless function would send it (by the admin token: "admin" in the log).
  await fetch(cloud.adminUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      wxCloudApiToken: cloud.adminToken,
      action: 'database.getDocument',
      collectionName: 'volunteers',
      query: '{"skills": "repair"}',
    }),
  });
  await appendOutbox(cloud.dataDir, {
    msgid: 42,
    at: new Date().toISOString(),
    env: 'local-dev',
    touser: 'demo-resident',
    templateId: 'TPL_WISH_ACCEPTED',
    page: 'pages/wish/detail?id=w_1',
    data: { thing1: { value: '心愿已受理' }, time2: { value: '2026-12-01 10:00' } },
    miniprogramState: 'developer',
    lang: 'zh_CN',
    fromFunction: 'dispatch',
    requestId: 'r-ui',
  });
  const png = await QRCode.toBuffer('https://example.invalid/B-0012', { width: 200 });
  await writeFileDurably(cloud.dataDir, 'local-dev', 'posters/c-jinding/B-0012.png', Readable.from([png]));
  await writeFileDurably(cloud.dataDir, 'local-dev', 'certs/demo.pdf', Readable.from([Buffer.from('%PDF-1.4\n%%EOF\n')]));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.on('dialog', (d) => void d.accept());
  await page.goto(`${cloud.baseUrl}/__ui`);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await cloud?.stop();
});

test('collections: list, query, edit a document as JSON, delete one', async () => {
  const side = page.getByRole('navigation', { name: 'Collections' });
  await side.getByRole('button', { name: /^volunteers/ }).click();
  await page.getByLabel('where').fill('{"communityId": "c-jinding", "partyMember": {"$ne": true}}');
  await page.getByLabel('orderBy').fill('_id');
  await page.getByRole('button', { name: 'Query' }).click();
  assert.match(await untilText(page.getByTestId('query-total'), /^\d+ match/), /^\d+ match/);
  await page.getByRole('button', { name: /^demo-volunteer / }).click();
  const editor = page.getByLabel('Document JSON');
  const doc = JSON.parse(await editor.inputValue()) as Record<string, unknown>;
  assert.equal(doc.name, '李明');
  await editor.fill(JSON.stringify({ ...doc, name: '李明明' }, null, 2));
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor(WAIT);
  assert.equal(cloud.db.get('volunteers').docs.get('demo-volunteer')?.name, '李明明');
  assert.ok(cloud.db.get('volunteers').docs.get('demo-volunteer')?.createdAt instanceof Date, 'a date stays a date');
  await editor.fill('{"name": ');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('alert').filter({ hasText: 'Not valid JSON' }).waitFor(WAIT);
  await shot('collections');

  await page.getByLabel('where').fill('{"_id": "ui-scratch"}');
  await page.getByRole('button', { name: 'Query' }).click();
  await page.getByRole('button', { name: /^ui-scratch / }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await untilText(page.getByTestId('query-total'), /^0 match/);
  assert.equal(cloud.db.get('volunteers').docs.has('ui-scratch'), false);
  assert.equal(await page.getByLabel('Document JSON').count(), 0, 'the deleted document is closed');

  // the whole store to a folder with the button, as npm start -- --import reads it
  const exportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ui-export-'));
  await page.getByLabel('Export to folder').fill(exportDir);
  await page.getByRole('button', { name: 'Export data' }).click();
  assert.match(await untilText(page.getByTestId('export-result'), /^Exported/), /^Exported \d+ collections, \d+ documents/);
  assert.ok(fs.existsSync(path.join(exportDir, 'collections', 'volunteers.jsonl')), 'volunteers exported');

  await page.setViewportSize({ width: 375, height: 740 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 375, `at phone width nothing makes the page scroll sideways (${width} px wide)`);
  await shot('collections-phone');
  await page.setViewportSize({ width: 1366, height: 768 });
});

test('requests: the unindexed query is highlighted', async () => {
  await tab('Requests');
  await page.getByLabel('collection filter').fill('volunteers');
  await page.getByLabel('unindexed only').check();
  const row = page.locator('tr.unindexed').filter({ hasText: 'volunteers' }).first();
  await row.waitFor(WAIT);
  assert.match(await row.innerText(), /skills[\s\S]*unindexed/);
  assert.match(await page.getByTestId('requests-summary').innerText(), /[1-9]\d* unindexed/);
  await shot('requests');
});

test('functions: invoke an action by hand as a demo person, fire a timer', async () => {
  await tab('Functions');
  await page.getByLabel('function', { exact: true }).selectOption('user');
  await page.getByLabel('openid').fill('demo-resident');
  await page.getByLabel('event JSON').fill('{"action": "whoami"}');
  await page.getByRole('button', { name: 'Invoke' }).click();
  const answer = page.getByTestId('invoke-answer');
  assert.match(await untilText(answer, /demo-resident/), /ok[\s\S]*demo-resident/);
  const wishTimer = page.locator('tr').filter({ hasText: 'hourly-close' });
  await wishTimer.getByRole('button', { name: 'Fire now' }).click();
  assert.match(await untilText(page.getByTestId('timer-answer'), /source=wx_trigger/), /^ok[\s\S]*END ok/);
  const runs = cloud.host.recentInvocations().filter((i) => i.fn === 'wish' && i.source === 'wx_trigger');
  assert.equal(runs.length, 1);
  assert.ok(runs[0]?.ok, JSON.stringify(runs[0]));
  // The invocation list shows both, with their costs.
  await page.locator('tr').filter({ hasText: 'whoami' }).first().waitFor(WAIT);
  await shot('functions');
});

test('the clock moves forward an hour and the timers catch up', async () => {
  await page.getByRole('button', { name: '+1 h' }).click();
  assert.match(await untilText(page.getByTestId('clock-offset'), /\+1 h/), /\+1 h/);
  // An hour holds one run of each hourly timer (wish, visit, activity), four of the 15-minute dispatch
  // sweep and six of each 10-minute one (reservations, imports): 19, each due time once.
  assert.match(await untilText(page.locator('.clock .note'), /caught up/), /^19 timer run\(s\) caught up/);
  assert.equal(cloud.clock.offsetMs, 3_600_000);
  await shot('clock');
});

test('outbox, storage and blocklist', async () => {
  await tab('Outbox');
  await page.getByText('心愿已受理').waitFor(WAIT);
  await shot('outbox');
  await tab('Storage');
  const img = page.getByRole('img', { name: 'posters/c-jinding/B-0012.png' });
  await img.waitFor(WAIT);
  // The element is in the page before its bytes are: wait until it has loaded or failed (`complete`), then judge.
  await page.waitForFunction((el) => (el as HTMLImageElement).complete, await img.elementHandle(), WAIT);
  const loaded = await img.evaluate((el: HTMLImageElement) => el.naturalWidth > 0);
  assert.ok(loaded, 'the preview loads');
  await page.getByRole('link', { name: 'certs/demo.pdf' }).waitFor(WAIT);
  await shot('storage');
  await tab('Blocklist');
  await page.getByLabel('word', { exact: true }).fill('界面词');
  await page.getByRole('button', { name: 'Add' }).click();
  await page.getByTestId('local-words').getByText('界面词').waitFor(WAIT);
  await shot('blocklist');
  await page.getByRole('button', { name: 'Remove 界面词' }).click();
  await untilText(page.getByTestId('local-words'), /^$/);
});
