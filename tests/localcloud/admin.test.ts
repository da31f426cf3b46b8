// The /admin endpoint: who may call it, its error envelope, and the loopback-only rule.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, test } from '@jest/globals';
import type { LocalCloud } from '../../localcloud';
import { startTestCloud } from '../helpers/cloud';
import { withSdk } from '../helpers/sdk';

let cloud: LocalCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.stop());

test('a token that is neither a running invocation nor the admin token is refused', async () => {
  const bad = { adminUrl: cloud.adminUrl, adminToken: 'guessed-token' };
  await assert.rejects(
    withSdk(bad, async ({ db }) => db.collection('users').get()),
    /unknown wxCloudApiToken/,
  );
  const seq = cloud.log.last;
  assert.equal(cloud.log.since(seq).length, 0, 'nothing was answered');
});

const envelopes: Array<{ name: string; body: string; code: string }> = [
  { name: 'not JSON', body: '{nope', code: 'INVALID_PARAM' },
  { name: 'unknown action', body: JSON.stringify({ action: 'database.dropDatabase', wxCloudApiToken: 'ADMIN' }), code: 'INVALID_ACTION' },
  {
    name: 'missing collection name',
    body: JSON.stringify({ action: 'database.getDocument', wxCloudApiToken: 'ADMIN', query: '{}' }),
    code: 'DATABASE_REQUEST_FAILED',
  },
  {
    name: 'a collection that does not exist',
    body: JSON.stringify({ action: 'database.getDocument', wxCloudApiToken: 'ADMIN', collectionName: 'nope', query: '{"_id":{"$gt":""}}' }),
    code: 'DATABASE_COLLECTION_NOT_EXIST',
  },
];

for (const e of envelopes) {
  test(`error envelope: ${e.name} → HTTP 200 {code: ${e.code}, message, requestId}`, async () => {
    const res = await fetch(cloud.adminUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: e.body.replace('ADMIN', cloud.adminToken),
    });
    assert.equal(res.status, 200);
    const json = (await res.json()) as { code: string; message: string; requestId: string };
    assert.equal(json.code, e.code);
    assert.equal(typeof json.message, 'string');
    assert.match(json.requestId, /^[0-9a-f]{16}$/);
  });
}

test('the local cloud refuses to listen on a non-loopback address', async () => {
  await assert.rejects(startTestCloud({ host: '0.0.0.0' }), /loopback only/);
});
