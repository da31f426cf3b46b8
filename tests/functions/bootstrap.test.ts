// `npm run bootstrap` (scripts/bootstrap.ts) on a local store, as a person would use it: it writes a
// one-time admin invitation while no local cloud runs; the local cloud started afterwards on that store
// lets the future admin accept it (and no one after); a second run refuses (an admin exists) unless
// --force; with a local cloud answering on the port it refuses to touch the store. --print-json
// prints a document to import, whose id is the hash of the printed token.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../localcloud';
import { tokenHash } from '../../cloudfunctions/_lib/collections/invitations';
import { sharedFunctions } from '../helpers/built';
import { seedDemo } from '../../scripts/demo-data';
import { startTestCloud } from '../helpers/cloud';
import { person } from '../helpers/people';

const root = path.resolve(__dirname, '../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'msb-bootstrap-'));
let functionsDir: string;
const tsx = path.join(root, 'node_modules/.bin/tsx');

/**
 * Runs the command with a port nothing listens on (unless `port` is given). Asynchronously: the local
 * cloud of this process must keep answering meanwhile.
 */
function bootstrap(args: string[], port = 1): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(tsx, ['scripts/bootstrap.ts', '--data', dataDir, ...args], {
      cwd: root,
      env: { ...process.env, PORT: String(port) },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => resolve({ code, out }));
  });
}
const tokenIn = (out: string) => /[?&]t=([0-9A-Za-z_-]{22})/.exec(out)?.[1];

let cloud: LocalCloud | undefined;
beforeAll(async () => {
  functionsDir = await sharedFunctions();
});
afterAll(async () => {
  await cloud?.stop();
});

describe('npm run bootstrap', () => {
  let token = '';
  test('on a fresh store: names the street it needs, then writes the invitation and prints the link and a QR code', async () => {
    const none = await bootstrap([]);
    assert.equal(none.code, 4, none.out);
    const r = await bootstrap(['--street', 's-ximahe', '--name', '洗马河街道']);
    assert.equal(r.code, 0, r.out);
    token = tokenIn(r.out) ?? '';
    assert.ok(token, r.out);
    assert.match(r.out, /#\/pages\/invite\/index\?t=/);
    assert.match(r.out, /▄/, 'a QR code in the terminal');
  }, 60_000);

  test('the local cloud then started on that store lets the future admin accept it, once', async () => {
    cloud = await startTestCloud({ dataDir, functionsDir });
    await seedDemo(cloud.db); // an empty store gets the demo data too (users were empty)
    const first = person(cloud, 'first-admin');
    const preview = await first('people', { action: 'preview', token });
    assert.deepEqual([preview.data.role, preview.data.scope.name, preview.data.status], ['admin', '洗马河街道', 'open']);
    const accepted = await first('people', { action: 'accept', token, name: '李主任' });
    assert.equal(accepted.ok, true, JSON.stringify(accepted.error));
    assert.ok(accepted.data.roles.includes('admin'));
    assert.equal((await first('people', { action: 'people', page: 0 })).ok, true, 'the new admin works');
    assert.equal((await person(cloud, 'someone-else')('people', { action: 'accept', token })).error?.code, 'INVITE.USED');
    const audit = await first('people', { action: 'audit', page: 0 });
    assert.deepEqual(
      audit.data.items.map((i: { what: string }) => i.what),
      ['accept', 'bootstrap'],
    );
  }, 120_000);

  test('refuses while a local cloud answers on the port, and once an admin exists unless --force', async () => {
    const url = new URL(cloud!.baseUrl);
    const running = await bootstrap(['--street', 's-ximahe'], Number(url.port));
    assert.equal(running.code, 2, running.out);
    assert.match(running.out, /请先停止 npm start/);
    await cloud!.stop();
    cloud = undefined;
    const again = await bootstrap(['--street', 's-ximahe']);
    assert.equal(again.code, 3, again.out);
    const forced = await bootstrap(['--street', 's-ximahe', '--force']);
    assert.equal(forced.code, 0, forced.out);
  }, 60_000);

  test('--print-json: one document to import, its id the hash of the printed token, dates as $date', async () => {
    const r = await bootstrap(['--print-json', '--street', 's-ximahe', '--name', '洗马河街道']);
    assert.equal(r.code, 0, r.out);
    const line = r.out.split('\n').find((l) => l.startsWith('{'))!;
    const doc = JSON.parse(line) as { _id: string; role: string; status: string; expiresAt: { $date: string } };
    assert.equal(doc._id, tokenHash(tokenIn(r.out)!));
    assert.deepEqual([doc.role, doc.status], ['admin', 'open']);
    assert.ok(!Number.isNaN(Date.parse(doc.expiresAt.$date)));
  });
});
