// The emulator UI's JSON API (/__ui/api/…) against a running local cloud over the fixture functions:
// who may call it, collections (query, edit, delete), the request log, functions, timers, the clock,
// outbox, storage and the blocklist.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../../localcloud';
import { appendOutbox } from '../../../localcloud/openapi/outbox';
import { writeFileDurably } from '../../../localcloud/storage';
import { collectionFile, manifestPath } from '../../../localcloud/store/dump-format';
import { startTestCloud } from '../../helpers/cloud';
import { FIXTURES } from '../host/helpers';

let cloud: LocalCloud;
let prod: LocalCloud;

interface Answer {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** One request with any headers (fetch would not let a test set Host). */
function send(target: LocalCloud, method: string, p: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const url = new URL(`/__ui/${p}`, target.baseUrl);
  const text = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method,
        headers: {
          ...(text !== undefined && { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) }),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = raw;
          try {
            parsed = JSON.parse(raw);
          } catch {
            // a page, not JSON
          }
          resolve({ status: res.statusCode ?? 0, body: parsed });
        });
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}
const api = (method: string, p: string, body?: unknown, headers?: Record<string, string>) => send(cloud, method, `api/${p}`, body, headers);

async function adminCall(body: Record<string, unknown>): Promise<void> {
  await fetch(cloud.adminUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ wxCloudApiToken: cloud.adminToken, ...body }),
  });
}

beforeAll(async () => {
  const manifestPath = path.join(__dirname, '../../fixtures/manifest.json');
  cloud = await startTestCloud({ functionsDir: FIXTURES, manifestPath });
  prod = await startTestCloud({ functionsDir: FIXTURES, manifestPath, dev: false });
  await cloud.db.insert(
    'orders',
    Array.from({ length: 25 }, (_, i) => ({
      _id: `o${String(i).padStart(2, '0')}`,
      status: i % 2 ? 'open' : 'done',
      n: i,
      at: new Date(Date.UTC(2026, 0, 1 + i)),
    })),
  );
  await cloud.db.insert('people', [
    { _id: 'p1', phone: '13800000001' },
    { _id: 'p2', phone: '13800000002' },
  ]);
}, 120_000);

afterAll(async () => {
  await cloud?.stop();
  await prod?.stop();
});

describe('who may use /__ui', () => {
  test.each([
    ['not in dev mode', () => send(prod, 'GET', 'api/collections'), 404],
    ['a foreign Host (DNS rebinding)', () => api('GET', 'collections', undefined, { host: 'evil.example:80' }), 403],
    ['a write from another origin', () => api('POST', 'clock', { reset: true }, { origin: 'http://evil.example' }), 403],
    ['a write that is not JSON', () => api('POST', 'clock', undefined, { 'content-type': 'text/plain' }), 415],
    ['an unknown path', () => api('GET', 'nothing'), 404],
    ['a wrong method', () => api('DELETE', 'collections', {}), 405],
  ])('%s is refused', async (_label, run, status) => {
    assert.equal((await run()).status, status);
  });

  test('the page and its bundle are served to this machine', async () => {
    const page = await send(cloud, 'GET', '');
    assert.equal(page.status, 200);
    assert.match(String(page.body), /<div id="root">/);
    const js = await send(cloud, 'GET', 'app.js');
    assert.equal(js.status, 200);
    assert.ok(String(js.body).length > 10_000);
    assert.equal((await send(cloud, 'GET', 'app.css')).status, 200);
  }, 60_000);
});

describe('collections', () => {
  test('listed with counts and declared indexes', async () => {
    const { body } = await api('GET', 'collections');
    const orders = body.find((c: { name: string }) => c.name === 'orders');
    assert.equal(orders.count, 25);
    assert.deepEqual(orders.indexes[0], { name: 'status_n', keys: { status: 1, n: -1 }, unique: false, sparse: false });
  });

  test('a query with operators, order and paging; dates keep their type', async () => {
    const q = (b: object) => api('POST', 'collections/orders/query', b);
    const first = await q({ where: '{"status": "open", "n": {"$gte": 5}}', orderBy: 'n', direction: 'desc', limit: 3 });
    assert.equal(first.status, 200);
    assert.equal(first.body.total, 10);
    assert.deepEqual(
      first.body.docs.map((d: { n: number }) => d.n),
      [23, 21, 19],
    );
    assert.equal(first.body.plan.served, true);
    const second = await q({ where: '{"status": "open", "n": {"$gte": 5}}', orderBy: 'n', direction: 'desc', skip: 3, limit: 3 });
    assert.deepEqual(
      second.body.docs.map((d: { n: number }) => d.n),
      [17, 15, 13],
    );
    assert.deepEqual(first.body.docs[0].at, { $date: '2026-01-24T00:00:00Z' });
    const byDate = await q({ where: '{"at": {"$lt": {"$date": "2026-01-03T00:00:00Z"}}}' });
    assert.equal(byDate.body.total, 2);
    assert.equal(byDate.body.plan.served, false);
  });

  test.each([
    ['not JSON', '{"status": ', 'UI.BAD_JSON'],
    ['not an object', '[1]', 'UI.BAD_JSON'],
    ['an unknown operator', '{"n": {"$nope": 1}}', 'UI.BAD_QUERY'],
  ])('a query that is %s is refused with its reason', async (_label, where, code) => {
    const r = await api('POST', 'collections/orders/query', { where });
    assert.equal(r.status, 400);
    assert.equal(r.body.error.code, code);
  });

  test('editing a document: saved; a parse error, a changed _id and a unique-index violation are refused', async () => {
    const put = (id: string, json: string) => api('PUT', `collections/people/docs/${id}`, { json });
    const ok = await put('p1', '{"_id": "p1", "phone": "13800000009", "since": {"$date": "2026-02-01T00:00:00Z"}}');
    assert.equal(ok.status, 200);
    assert.ok(cloud.db.get('people').docs.get('p1')?.since instanceof Date);
    const cases: Array<[string, string, number, string]> = [
      ['p1', '{"phone": ', 400, 'UI.BAD_JSON'],
      ['p1', '{"_id": "p9"}', 400, 'UI.BAD_JSON'],
      ['p1', '{"phone": "13800000002"}', 409, 'UI.UNIQUE_VIOLATION'],
      ['nobody', '{}', 404, 'UI.NO_DOCUMENT'],
    ];
    for (const [id, json, status, code] of cases) {
      const r = await put(id, json);
      assert.equal(r.status, status, json);
      assert.equal(r.body.error.code, code);
    }
    assert.equal(cloud.db.get('people').docs.get('p1')?.phone, '13800000009', 'nothing half-written');
  });

  test('deleting a document, then it is gone', async () => {
    assert.equal((await api('DELETE', 'collections/orders/docs/o00', {})).status, 200);
    assert.equal((await api('GET', 'collections/orders/docs/o00')).status, 404);
    assert.equal((await api('DELETE', 'collections/orders/docs/o00', {})).status, 404);
    assert.equal((await api('GET', 'collections/nothing/docs/x')).status, 404);
  });
});

test('the request log shows an unindexed query highlighted, filters, and the slow view', async () => {
  await adminCall({ action: 'database.getDocument', collectionName: 'orders', query: '{"at": {"$exists": true}}' });
  await adminCall({ action: 'database.getDocument', collectionName: 'people', query: '{"_id": "p2"}' });
  const all = await api('GET', 'requests');
  assert.ok(all.body.unindexed >= 1);
  const [row] = (await api('GET', 'requests?unindexed=1&collection=orders')).body.rows;
  assert.deepEqual([row.collection, row.served, row.index, row.fields, row.examined], ['orders', false, null, ['at'], 24]);
  const people = (await api('GET', 'requests?collection=people')).body.rows;
  assert.deepEqual(
    people.map((r: { index: string }) => r.index),
    ['_id_'],
  );
  const slow = (await api('GET', 'requests/slow?limit=1')).body.rows;
  assert.equal(slow[0].examined, 24);
});

test('functions: invoke by hand as an openid, then it is listed with its logs', async () => {
  const r = await api('POST', 'invoke', { fn: 'whoami', event: { action: 'hello' }, openid: 'o-ui-test' });
  assert.equal(r.status, 200);
  assert.equal(r.body.ok, true);
  assert.equal(r.body.result.OPENID, 'o-ui-test');
  assert.ok(r.body.logs.some((l: { text: string }) => l.text.startsWith('END ok')));
  const { body } = await api('GET', 'functions');
  assert.ok(body.functions.includes('whoami'));
  const inv = body.invocations.find((i: { requestId: string }) => i.requestId === r.body.requestId);
  assert.deepEqual([inv.fn, inv.action, inv.openid, inv.ok, inv.cold], ['whoami', 'hello', 'o-ui-test', true, true]);
  const logs = await api('GET', `functions/whoami/logs/${r.body.requestId}`);
  assert.ok(logs.body.length >= 1);
  for (const bad of [
    { fn: '../x', event: {} },
    { fn: 'whoami', event: [] },
    { fn: 'whoami', event: {}, openid: 'a b' },
  ]) {
    assert.equal((await api('POST', 'invoke', bad)).status, 400, JSON.stringify(bad));
  }
});

test('timers are listed with their next run and fire by hand', async () => {
  const { body } = await api('GET', 'functions');
  const ticker = body.timers.find((t: { fn: string }) => t.fn === 'ticker');
  assert.deepEqual([ticker.name, ticker.armed, typeof ticker.next], ['everySecond', false, 'string']);
  const fired = await api('POST', 'timers/ticker/fire', {});
  assert.equal(fired.body.ok, true);
  assert.equal(fired.body.result.event.Type, 'Timer');
  assert.equal(fired.body.result.ctx.SOURCE, 'wx_trigger');
  assert.equal((await api('POST', 'timers/whoami/fire', {})).status, 404);
});

test('the clock moves forward only, and resets', async () => {
  const moved = await api('POST', 'clock', { advanceMs: 7_200_000 });
  assert.equal(moved.body.offsetMs, 7_200_000);
  assert.equal((await api('GET', 'clock')).body.offsetMs, 7_200_000);
  for (const advanceMs of [-1000, 0, 1.5, '3600000']) assert.equal((await api('POST', 'clock', { advanceMs })).status, 400);
  assert.equal((await api('POST', 'clock', { reset: true })).body.offsetMs, 0);
});

test('outbox, storage with a preview URL, and the blocklist', async () => {
  await appendOutbox(cloud.dataDir, {
    msgid: 1,
    at: new Date().toISOString(),
    env: 'local-dev',
    touser: 'o-ui-test',
    templateId: 'TPL',
    data: { thing1: { value: '心愿已受理' } },
    miniprogramState: 'developer',
    lang: 'zh_CN',
    requestId: 'r1',
  });
  assert.equal((await api('GET', 'outbox')).body[0].data.thing1.value, '心愿已受理');

  await writeFileDurably(cloud.dataDir, 'local-dev', 'posters/a.png', Readable.from([Buffer.from('png-bytes')]));
  const [file] = (await api('GET', 'storage')).body;
  assert.deepEqual([file.cloudPath, file.size, file.contentType], ['posters/a.png', 9, 'image/png']);
  assert.equal(await (await fetch(file.url)).text(), 'png-bytes');

  const added = await api('POST', 'blocklist', { word: '界面测试词', suggest: 'review' });
  assert.deepEqual(added.body.local, [{ word: '界面测试词', label: 21000, suggest: 'review' }]);
  assert.ok(added.body.repo.length > 0);
  assert.equal((await api('POST', 'blocklist', { word: 'two words' })).status, 400);
  assert.deepEqual((await api('DELETE', 'blocklist', { word: '界面测试词' })).body.local, []);
  assert.equal((await api('DELETE', 'blocklist', { word: '界面测试词' })).status, 404);
});

test('export: the whole store to a folder, refused without a dir or over a folder that is not an export', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ui-export-'));
  const target = path.join(dir, 'dump');
  const r = await api('POST', 'export', { dir: target });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  assert.equal(r.body.dir, target);
  const manifest = JSON.parse(fs.readFileSync(manifestPath(target), 'utf8')) as { collections: Record<string, { count: number }> };
  assert.equal(manifest.collections.orders?.count, cloud.db.get('orders').docs.size);
  const counted = Object.values(manifest.collections).reduce((n, c) => n + c.count, 0);
  assert.equal(r.body.documents, counted);
  const lines = fs.readFileSync(collectionFile(target, 'people'), 'utf8').trim().split('\n');
  assert.deepEqual(lines.map((l) => (JSON.parse(l) as { _id: string })._id).sort(), [...cloud.db.get('people').docs.keys()].sort());

  const noDir = await api('POST', 'export', {});
  assert.deepEqual([noDir.status, noDir.body.error?.code], [400, 'UI.BAD_PARAM']);
  const other = path.join(dir, 'other');
  fs.mkdirSync(other);
  fs.writeFileSync(path.join(other, 'notes.txt'), 'mine');
  const refused = await api('POST', 'export', { dir: other });
  assert.deepEqual([refused.status, refused.body.error?.code], [409, 'EXPORT_FAILED']);
  assert.equal(fs.readFileSync(path.join(other, 'notes.txt'), 'utf8'), 'mine', 'nothing of the folder is lost');
  assert.equal((await send(prod, 'POST', 'api/export', { dir: target })).status, 404, 'not outside dev mode');
});
