import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { createClient } from '../../src/services/client';
import { httpTransport } from '../../src/services/httpTransport';

type Reply = (req: IncomingMessage, body: string, res: ServerResponse) => void;

/** A tiny stand-in for the local cloud's gateway: one reply per function name. */
const replies: Record<string, Reply> = {
  user: (req, body, res) => {
    const seen = { method: req.method, type: req.headers['content-type'], event: JSON.parse(body) };
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ ok: true, data: { openid: 'o_abcdefgh1234', roles: ['volunteer'], seen } }));
  },
  forbidden: (_req, _body, res) => {
    res.statusCode = 403;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ ok: false, error: { code: 'AUTH.FORBIDDEN', message: 'not an admin' } }));
  },
  newcode: (_req, _body, res) => {
    res.end(JSON.stringify({ ok: false, error: { code: 'WISH.SOMETHING_NEW', message: 'x' } }));
  },
  html500: (_req, _body, res) => {
    res.statusCode = 500;
    res.end('<html>oops</html>');
  },
  badgateway: (_req, _body, res) => {
    res.statusCode = 502;
    res.end('Bad Gateway');
  },
  lying: (_req, _body, res) => {
    res.statusCode = 500;
    res.end(JSON.stringify({ ok: true, data: 1 }));
  },
  noenvelope: (_req, _body, res) => {
    res.end(JSON.stringify({ openid: 'x' }));
  },
  slow: () => {
    // never answers
  },
};

let server: Server;
let baseUrl = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const name = decodeURIComponent((req.url ?? '').replace(/^\/api\//, ''));
      const reply = replies[name];
      if (reply) return reply(req, body, res);
      res.statusCode = 404;
      res.end(JSON.stringify({ ok: false, error: { code: 'ACTION.UNKNOWN', message: 'no such function' } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('httpTransport (H5)', () => {
  it('POSTs the event as JSON to /api/<fn> and returns the Result', async () => {
    const { call } = createClient(httpTransport({ baseUrl }));
    const result = await call('user', { action: 'whoami' });
    assert.equal(result.ok, true);
    if (!result.ok) return;
    assert.equal(result.data.openid, 'o_abcdefgh1234');
    assert.deepEqual(result.data.roles, ['volunteer']);
    assert.deepEqual((result.data as unknown as { seen: unknown }).seen, {
      method: 'POST',
      type: 'application/json',
      event: { action: 'whoami' },
    });
  });

  const failures: Array<{ fn: string; code: string }> = [
    { fn: 'forbidden', code: 'AUTH.FORBIDDEN' },
    { fn: 'missing', code: 'ACTION.UNKNOWN' },
    { fn: 'newcode', code: 'INTERNAL.ERROR' },
    { fn: 'html500', code: 'INTERNAL.ERROR' },
    { fn: 'badgateway', code: 'NETWORK.UNAVAILABLE' },
    { fn: 'lying', code: 'INTERNAL.ERROR' },
    { fn: 'noenvelope', code: 'INTERNAL.ERROR' },
  ];
  for (const { fn, code } of failures) {
    it(`${fn} → ${code}`, async () => {
      const result = await httpTransport({ baseUrl })(fn, { action: 'x' });
      assert.equal(result.ok, false);
      if (!result.ok) assert.equal(result.error.code, code);
    });
  }

  it('a refused connection is NETWORK.UNAVAILABLE', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const result = await httpTransport({ baseUrl: `http://127.0.0.1:${port}` })('user', { action: 'whoami' });
    assert.equal(result.ok, false);
    if (!result.ok) assert.equal(result.error.code, 'NETWORK.UNAVAILABLE');
  });

  it('a timeout is NETWORK.UNAVAILABLE', async () => {
    const result = await httpTransport({ baseUrl, timeoutMs: 100 })('slow', { action: 'x' });
    assert.equal(result.ok, false);
    if (!result.ok) assert.equal(result.error.code, 'NETWORK.UNAVAILABLE');
  });

  it('sends same-origin credentials (the local cloud session cookie)', async () => {
    let init: RequestInit | undefined;
    const fakeFetch: typeof fetch = async (_url, options) => {
      init = options;
      return new Response(JSON.stringify({ ok: true, data: null }), { status: 200 });
    };
    await httpTransport({ fetch: fakeFetch })('user', { action: 'whoami' });
    assert.equal(init?.credentials, 'same-origin');
  });
});
