// POST /__admin/export: the emulator UI's "export" button. Only with the admin token header; writes the
// running store to the folder and answers what it wrote.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, test } from '@jest/globals';
import type { LocalCloud } from '../../localcloud';
import { ADMIN_TOKEN_HEADER, EXPORT_PATH } from '../../localcloud/server/dump-route';
import { collectionFile } from '../../localcloud/store/dump-format';
import { startTestCloud } from '../helpers/cloud';

let cloud: LocalCloud;
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'msb-export-route-'));
beforeAll(async () => {
  cloud = await startTestCloud();
  await cloud.db.insert('users', [{ _id: 'u1', roles: ['resident'], createdAt: new Date('2026-01-01T00:00:00Z') }]);
});
afterAll(async () => {
  await cloud.stop();
  fs.rmSync(out, { recursive: true, force: true });
});

const post = (body: unknown, headers: Record<string, string> = {}, method = 'POST') =>
  fetch(cloud.baseUrl + EXPORT_PATH, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: method === 'POST' ? JSON.stringify(body) : undefined,
  });

const REFUSED: Array<{ name: string; headers: Record<string, string>; body: unknown; method?: string; status: number; code: string }> = [
  { name: 'no token', headers: {}, body: { dir: 'x' }, status: 403, code: 'PERMISSION_DENIED' },
  { name: 'a wrong token', headers: { [ADMIN_TOKEN_HEADER]: 'guess' }, body: { dir: 'x' }, status: 403, code: 'PERMISSION_DENIED' },
  { name: 'GET', headers: {}, body: null, method: 'GET', status: 405, code: 'METHOD_NOT_ALLOWED' },
  { name: 'no dir', headers: { [ADMIN_TOKEN_HEADER]: 'ADMIN' }, body: {}, status: 400, code: 'INVALID_PARAM' },
];
for (const r of REFUSED) {
  test(`refused: ${r.name} → ${r.status} ${r.code}`, async () => {
    const headers = Object.fromEntries(Object.entries(r.headers).map(([k, v]) => [k, v === 'ADMIN' ? cloud.adminToken : v]));
    const res = await post(r.body, headers, r.method);
    assert.equal(res.status, r.status);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, r.code);
  });
}

test('with the admin token, the store is exported to the folder', async () => {
  const dir = path.join(out, 'snap');
  const res = await post({ dir }, { [ADMIN_TOKEN_HEADER]: cloud.adminToken });
  assert.equal(res.status, 200);
  const body = (await res.json()) as { ok: boolean; data: { dir: string; documents: number } };
  assert.deepEqual({ ok: body.ok, dir: body.data.dir, documents: body.data.documents }, { ok: true, dir, documents: 1 });
  assert.equal(
    fs.readFileSync(collectionFile(dir, 'users'), 'utf8'),
    '{"_id":"u1","roles":["resident"],"createdAt":{"$date":"2026-01-01T00:00:00Z"}}\n',
  );
});

test('a folder holding something else is not overwritten (409)', async () => {
  fs.writeFileSync(path.join(out, 'keep.txt'), 'mine');
  const res = await post({ dir: out }, { [ADMIN_TOKEN_HEADER]: cloud.adminToken });
  assert.equal(res.status, 409);
  assert.equal(fs.readFileSync(path.join(out, 'keep.txt'), 'utf8'), 'mine');
});
