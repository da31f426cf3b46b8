// HTTP-triggered functions through the gateway (http-routes.ts): the API-gateway-style event the
// function gets, its integration response as the HTTP answer, no identity even with a session, the
// route's methods, and what a broken function answers.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { signSession } from '../../../localcloud/gateway';
import { startGateway, type Harness } from './harness';

let gw: Harness;
beforeAll(async () => {
  gw = await startGateway({ dev: true, httpRoutes: [{ prefix: '/hook/', fn: 'httpecho', methods: ['GET'] }] });
});
afterAll(() => gw.stop());

describe('an HTTP route', () => {
  it('passes path, method, headers (no cookie) and the query (first value), answers the integration response', async () => {
    const res = await fetch(`${gw.url}/hook/v2/x.json?a=1&b=%E4%BD%A0&a=2`, {
      headers: { cookie: `lc_session=${signSession(gw.cloud.secret, 'o_bob')}`, 'x-test': 't' },
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('x-fixture'), 'yes');
    assert.ok(res.headers.get('x-request-id'));
    const { event, openid } = (await res.json()) as { event: Record<string, unknown>; openid: string | null };
    assert.equal(openid, null, 'a session cookie is no identity here');
    assert.deepEqual(
      { path: event.path, httpMethod: event.httpMethod, query: event.queryStringParameters, body: event.body, b64: event.isBase64Encoded },
      { path: '/hook/v2/x.json', httpMethod: 'GET', query: { a: '1', b: '你' }, body: '', b64: false },
    );
    const headers = event.headers as Record<string, string>;
    assert.equal(headers['x-test'], 't');
    assert.equal(headers.cookie, undefined);
    assert.match(gw.lines.at(-1) ?? '', /^\[gateway\] http fn=httpecho status=200 /);
  });

  it('a base64 body is decoded; the status is the function’s', async () => {
    const res = await fetch(`${gw.url}/hook/base64`);
    assert.equal(res.status, 201);
    assert.equal(await res.text(), '二进制');
  });

  it.each([
    ['POST', '/hook/x', 405],
    ['GET', '/hook/not-integration', 502],
    ['GET', '/hook/throws', 502],
  ])('%s %s → %d', async (method, path, status) => {
    const res = await fetch(`${gw.url}${path}`, { method });
    assert.equal(res.status, status);
    const body = (await res.json()) as { ok: boolean; error: { code: string } };
    assert.equal(body.ok, false);
  });

  it('other paths are not routed to it', async () => {
    const res = await fetch(`${gw.url}/hookx/v2`);
    assert.notEqual(res.headers.get('x-fixture'), 'yes');
  });
});
