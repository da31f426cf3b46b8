// Acknowledged writes survive `kill -9` of the local cloud process; a torn journal tail is dropped.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from '@jest/globals';
import { runSdk, withSdk } from '../helpers/sdk';

const root = path.resolve(__dirname, '../..');
const adminToken = 'durability-test-token';

function startProcess(dataDir: string): Promise<{ child: ChildProcess; adminUrl: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/serve.ts'), '--data-dir', dataDir, '--port', '0'], {
    cwd: root,
    env: { ...process.env, LOCALCLOUD_ADMIN_TOKEN: adminToken },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /LOCALCLOUD_READY (\S+)/.exec(out);
      if (m) resolve({ child, adminUrl: `${m[1]}/admin` });
    });
    child.once('exit', (code) => reject(new Error(`local cloud exited early (${code})`)));
  });
}

test('every acknowledged insert survives kill -9 while writes are in flight', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'msb-durable-'));
  const first = await startProcess(dataDir);
  // The writer prints each id only after add() resolved (acknowledged); the cloud is killed mid-stream.
  const writer = runSdk({ adminUrl: first.adminUrl, adminToken }, async ({ db }) => {
    for (let i = 0; ; i += 20) {
      const batch = await Promise.all(
        Array.from({ length: 20 }, (_x, j) => db.collection('users').add({ data: { _id: `u${i + j}`, roles: ['resident'], n: i + j } })),
      );
      process.stdout.write(batch.map((r: { _id: string }) => `ACK ${r._id}\n`).join(''));
    }
  });
  setTimeout(() => first.child.kill('SIGKILL'), 2000);
  const { stdout, ok } = await writer;
  assert.equal(ok, false, 'the writer saw the cloud die');
  const acked = [...stdout.matchAll(/ACK (\S+)/g)].map((m) => m[1]);
  const second = await startProcess(dataDir);
  try {
    const docs = await withSdk({ adminUrl: second.adminUrl, adminToken }, async ({ db }) => {
      const out: Array<{ _id: string; n: number; roles: string[] }> = [];
      for (let skip = 0; ; skip += 1000) {
        const { data } = await db.collection('users').skip(skip).limit(1000).get();
        out.push(...data);
        if (data.length < 1000) return out;
      }
    });
    assert.ok(acked.length >= 20, `writes were acknowledged before the kill (${acked.length})`);
    const present = new Set(docs.map((d) => d._id));
    const lost = acked.filter((id) => !present.has(id));
    assert.deepEqual(lost, [], 'no acknowledged write is lost');
    assert.equal(present.size, docs.length, 'no duplicates');
    for (const d of docs) assert.deepEqual(d, { _id: `u${d.n}`, roles: ['resident'], n: d.n }, 'each document is whole');
    console.log(`durability: ${acked.length} acknowledged before kill -9, ${docs.length} present after restart, 0 lost`);
  } finally {
    second.child.kill('SIGKILL');
  }
});

test('a torn last journal line (crash mid-write) is dropped on open', async () => {
  const { Database } = await import('../../localcloud/store/database');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'msb-torn-'));
  const manifest = { collections: { users: { indexes: [] } } };
  const a = new Database(dir, manifest);
  a.open();
  await a.insert('users', [{ _id: 'kept', n: 1 }]);
  a.close();
  fs.appendFileSync(path.join(dir, 'journal.ejsonl'), '{"puts":[{"c":"users","doc":{"_id":"torn"');
  const b = new Database(dir, manifest);
  b.open();
  assert.deepEqual([...b.get('users').docs.keys()], ['kept']);
  await b.insert('users', [{ _id: 'after', n: 2 }]);
  b.close();
  const c = new Database(dir, manifest);
  c.open();
  assert.deepEqual([...c.get('users').docs.keys()].sort(), ['after', 'kept']);
  c.close();
});
