// The whole local cloud (startLocalCloud): browser login -> /api/caller -> real /admin -> whoami.
import assert from 'node:assert/strict';
import path from 'node:path';
import { afterAll, beforeAll, test } from '@jest/globals';
import type { LocalCloud } from '../../../localcloud';
import { startTestCloud } from '../../helpers/cloud';
import { cookiePair } from './harness';

let cloud: LocalCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ functionsDir: path.join(__dirname, '..', '..', 'fixtures', 'functions') });
});
afterAll(() => cloud.stop());

test('a logged-in browser call reaches a function that calls another through /admin', async () => {
  const login = await fetch(`${cloud.baseUrl}/__dev/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ openid: 'o_e2e' }),
  });
  const cookie = cookiePair(login.headers.get('set-cookie') ?? '');
  const res = await fetch(`${cloud.baseUrl}/api/caller`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: '{}',
  });
  assert.equal(res.status, 200);
  const body = (await res.json()) as { me: Record<string, unknown>; callee: Record<string, unknown> };
  assert.equal(body.me['OPENID'], 'o_e2e');
  assert.equal(body.callee['OPENID'], 'o_e2e');
  assert.equal(body.callee['SOURCE'], 'scf');
  const outbox = await fetch(`${cloud.baseUrl}/__dev/outbox`);
  assert.deepEqual(await outbox.json(), []);
});
