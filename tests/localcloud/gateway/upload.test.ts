// POST /__dev/upload: the H5 build's stand-in for Taro.cloud.uploadFile (an import sheet to storage).
// Dev mode only, signed-in callers only, .xlsx/.csv only, into imports/<random>; answers the fileID.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, test } from '@jest/globals';
import { sessionCookieHeader, signSession } from '../../../localcloud/gateway';
import { parseFileId } from '../../../localcloud/storage';
import { startGateway, type Harness } from './harness';

let dev: Harness;
let prod: Harness;
beforeAll(async () => {
  dev = await startGateway({ dev: true, withH5: false });
  prod = await startGateway({ dev: false, withH5: false });
});
afterAll(async () => {
  await dev.stop();
  await prod.stop();
});

const cookie = (h: Harness) => sessionCookieHeader(signSession(h.cloud.secret, 'demo-admin')).split(';')[0]!;
const post = (h: Harness, query: string, body: string, withCookie = true) =>
  fetch(`${h.url}/__dev/upload${query}`, { method: 'POST', body, headers: withCookie ? { cookie: cookie(h) } : {} });

test('a signed-in caller uploads a CSV: stored under imports/, the fileID answered', async () => {
  const res = await post(dev, '?ext=csv', '队伍名称\n乐修匠\n');
  assert.equal(res.status, 200);
  const { fileID } = (await res.json()) as { fileID: string };
  const { env, cloudPath } = parseFileId(fileID);
  assert.match(cloudPath, /^imports\/[0-9a-f]{24}\.csv$/);
  assert.equal(fs.readFileSync(path.join(dev.cloud.dataDir, 'storage', 'files', env, cloudPath), 'utf8'), '队伍名称\n乐修匠\n');
});

test('refused: no session, another extension, and everything outside dev mode', async () => {
  assert.equal((await post(dev, '?ext=csv', 'x', false)).status, 401);
  assert.equal((await post(dev, '?ext=exe', 'x')).status, 400);
  assert.equal((await post(dev, '', 'x')).status, 400);
  assert.equal((await post(prod, '?ext=csv', 'x')).status, 404);
});
