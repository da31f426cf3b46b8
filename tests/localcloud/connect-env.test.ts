// Connecting a script of one's own: `npm start` writes .localcloud/env (writeEnvFile); README's five-line
// example, run with that file sourced and the unmodified wx-server-sdk, reads the local cloud's data.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, test } from '@jest/globals';
import type { LocalCloud } from '../../localcloud';
import { writeEnvFile } from '../../localcloud/connect-env';
import { startTestCloud } from '../helpers/cloud';

const root = path.resolve(__dirname, '../..');
let cloud: LocalCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
  await cloud.db.insert('users', [
    { _id: 'demo-resident', roles: ['resident'] },
    { _id: 'demo-admin', roles: ['admin'] },
  ]);
});
afterAll(() => cloud.stop());

/** The js block after the README's "connect-example" marker. */
function readmeExample(): string {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const m = /<!-- connect-example -->\s*```js\n([\s\S]*?)```/.exec(readme);
  assert.ok(m, 'README.md has the connect-example block');
  return m[1]!;
}

test('the README example is five lines', () => {
  assert.equal(readmeExample().trim().split('\n').length, 5);
});

test('the env file is private and, sourced, lets the README example read the data with the unmodified SDK', async () => {
  const file = writeEnvFile(cloud);
  assert.equal(fs.statSync(file).mode & 0o777, 0o600);
  const text = fs.readFileSync(file, 'utf8');
  assert.match(text, /^export TCB_CONTEXT_CNFG='\{"URL":"http:\/\/127\.0\.0\.1:\d+\/admin"\}'$/m);
  assert.match(text, new RegExp(`^export LOCALCLOUD_ADMIN_TOKEN='${cloud.adminToken}'$`, 'm'));
  // A clean environment: nothing but PATH and what the file exports.
  const script = path.join(cloud.dataDir, 'read.js');
  fs.writeFileSync(script, readmeExample());
  const out = await new Promise<string>((resolve, reject) =>
    execFile(
      'bash',
      ['-c', `source "$1" && node "$2"`, 'connect', file, script],
      { cwd: root, env: { PATH: process.env.PATH, NODE_PATH: path.join(root, 'node_modules') }, timeout: 60_000 },
      (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout)),
    ),
  );
  assert.match(out, /demo-resident/);
  assert.match(out, /demo-admin/);
});

test('the admin token is stable for a data folder: a restarted local cloud keeps it', async () => {
  const again = await startTestCloud();
  const dataDir = again.dataDir;
  const token = again.adminToken;
  await again.stop();
  const restarted = await startTestCloud({ dataDir });
  assert.equal(restarted.adminToken, token);
  await restarted.stop();
  assert.equal(fs.statSync(path.join(dataDir, 'admin-token')).mode & 0o777, 0o600);
});
