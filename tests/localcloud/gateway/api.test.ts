// Gateway /api and /__dev: identity from the signed cookie only, body limits, error envelopes, logging.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, test } from '@jest/globals';
import { signSession } from '../../../localcloud/gateway';
import { cookiePair, rawRequest, startGateway, type Harness } from './harness';

let gw: Harness;
beforeAll(async () => {
  gw = await startGateway({ dev: true });
});
afterAll(() => gw.stop());

const json = { 'content-type': 'application/json' };

async function callApi(fn: string, body: unknown, cookie?: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${gw.url}/api/${fn}`, {
    method: 'POST',
    headers: { ...json, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function login(openid: string): Promise<string> {
  const res = await fetch(`${gw.url}/__dev/login`, { method: 'POST', headers: json, body: JSON.stringify({ openid }) });
  assert.equal(res.status, 200);
  const setCookie = res.headers.get('set-cookie') ?? '';
  assert.match(setCookie, /^lc_session=[^;]+; HttpOnly; SameSite=Lax; Path=\/; Max-Age=\d+$/);
  return cookiePair(setCookie);
}

test('dev login sets a cookie; /api/whoami and /__dev/whoami see that openid', async () => {
  const cookie = await login('o_alice');
  const r = await callApi('whoami', { hello: '张三 13800138000' }, cookie);
  assert.equal(r.status, 200);
  assert.equal(r.body['OPENID'], 'o_alice');
  assert.equal(r.body['SOURCE'], 'wx_client');
  assert.equal(r.body['APPID'], 'wx0000000000000000');
  const who = await (await fetch(`${gw.url}/__dev/whoami`, { headers: { cookie } })).json();
  assert.deepEqual(who, { openid: 'o_alice' });
  const out = await fetch(`${gw.url}/__dev/logout`, { method: 'POST', headers: { cookie } });
  assert.match(out.headers.get('set-cookie') ?? '', /^lc_session=; .*Max-Age=0/);
  const line = gw.lines.find((l) => l.includes('fn=whoami') && l.includes('status=200'));
  assert.ok(line, 'one log line per API call');
  assert.match(line, /ms=\d+/);
  assert.ok(
    gw.lines.every((l) => !l.includes('13800138000') && !l.includes('张三')),
    'the event body is never logged',
  );
});

test('no cookie, forged, tampered or foreign-secret cookies mean no identity', async () => {
  const good = await login('o_bob');
  const [payload, sig] = good.slice('lc_session='.length).split('.') as [string, string];
  const forgedPayload = Buffer.from(JSON.stringify({ o: 'o_admin', e: 9999999999 })).toString('base64url');
  const cookies = [
    undefined,
    'lc_session=garbage',
    `lc_session=${forgedPayload}.${sig}`,
    `lc_session=${payload}.${sig.slice(0, -2)}AA`,
    `lc_session=${signSession('another-secret', 'o_bob')}`,
    `lc_session=${signSession(gw.cloud.secret, 'o_bob', Date.now() - 30 * 24 * 3600 * 1000)}`,
  ];
  for (const cookie of cookies) {
    const r = await callApi('whoami', {}, cookie);
    assert.equal(r.status, 200, String(cookie));
    assert.equal(r.body['OPENID'], undefined, String(cookie));
    assert.equal(r.body['SOURCE'], 'wx_client');
  }
  assert.equal((await callApi('whoami', {}, good)).body['OPENID'], 'o_bob');
});

test('a body over 100 KB answers 413 with the JSON envelope; 100 KB exactly is fine', async () => {
  const big = JSON.stringify({ pad: 'x'.repeat(100 * 1024) });
  const r = await rawRequest(gw.url, 'POST', '/api/whoami', json, big);
  assert.equal(r.status, 413);
  assert.deepEqual(JSON.parse(r.body), { ok: false, error: { code: 'CLOUD.BODY_TOO_LARGE', message: 'request body exceeds 100 KB' } });
  const fits = JSON.stringify({ pad: 'x'.repeat(100 * 1024 - 10) });
  assert.equal(Buffer.byteLength(fits), 100 * 1024);
  assert.equal((await rawRequest(gw.url, 'POST', '/api/whoami', json, fits)).status, 200);
  // Without a content-length (chunked upload) the limit is enforced while reading.
  const chunked = await rawRequest(gw.url, 'POST', '/api/whoami', { ...json, 'transfer-encoding': 'chunked' }, big);
  assert.equal(chunked.status, 413);
  assert.equal(JSON.parse(chunked.body).error.code, 'CLOUD.BODY_TOO_LARGE');
});

test('function failures map to 404/502/504 envelopes; bad requests to 400/405/415', async () => {
  const boom = await callApi('boom', {});
  assert.equal(boom.status, 502);
  assert.deepEqual(boom.body, { ok: false, error: { code: 'CLOUD.FUNCTION_FAILED', message: 'boom: kaboom' } });
  const slow = await callApi('slow', { ms: 3000 });
  assert.equal(slow.status, 504);
  assert.equal((slow.body['error'] as { code: string }).code, 'CLOUD.TIMEOUT');
  for (const fn of ['nope', '..%2fwhoami', 'a.b']) {
    const r = await rawRequest(gw.url, 'POST', `/api/${fn}`, json, '{}');
    assert.equal(r.status, 404, fn);
    assert.equal(JSON.parse(r.body).error.code, 'CLOUD.NOT_FOUND');
  }
  assert.equal((await rawRequest(gw.url, 'POST', '/api/whoami', json, '{oops')).status, 400);
  assert.equal((await rawRequest(gw.url, 'POST', '/api/whoami', json, '[1,2]')).status, 400);
  assert.equal((await rawRequest(gw.url, 'POST', '/api/whoami', { 'content-type': 'text/plain' }, '{}')).status, 415);
  assert.equal((await rawRequest(gw.url, 'GET', '/api/whoami')).status, 405);
  assert.equal((await rawRequest(gw.url, 'POST', '/api/whoami', json, '')).status, 200, 'an empty body is {}');
});

test('dev login validates the openid; GET /__dev/outbox lists the outbox', async () => {
  for (const openid of ['', 'has space', 'x'.repeat(65), 42]) {
    const res = await fetch(`${gw.url}/__dev/login`, { method: 'POST', headers: json, body: JSON.stringify({ openid }) });
    assert.equal(res.status, 400);
  }
  const form = await fetch(`${gw.url}/__dev/login`, {
    method: 'POST',
    body: 'openid=o_x',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  assert.equal(form.status, 415, 'no cross-site form logins');
  const outbox = await fetch(`${gw.url}/__dev/outbox`);
  assert.equal(outbox.status, 200);
  assert.deepEqual(await outbox.json(), [], 'an empty data folder has an empty outbox');
  assert.equal((await fetch(`${gw.url}/__dev/nothing`)).status, 404);
});

test('/__dev/* is 404 when the cloud is not in dev mode', async () => {
  const prod = await startGateway({ dev: false });
  try {
    const res = await fetch(`${prod.url}/__dev/login`, { method: 'POST', headers: json, body: JSON.stringify({ openid: 'o_x' }) });
    assert.equal(res.status, 404);
    assert.equal(res.headers.get('set-cookie'), null);
    assert.equal((await fetch(`${prod.url}/__dev/whoami`)).status, 404);
    assert.equal((await fetch(`${prod.url}/__dev/outbox`)).status, 404);
    // The API still works, without identity.
    const r = await fetch(`${prod.url}/api/whoami`, { method: 'POST', headers: json, body: '{}' });
    assert.equal(r.status, 200);
  } finally {
    await prod.stop();
  }
});
