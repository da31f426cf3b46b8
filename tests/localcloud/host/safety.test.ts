// assertLoopbackTarget and blockEgress (patched in this test process: each test file runs in its own process).
import assert from 'node:assert/strict';
import dns from 'node:dns';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { afterAll, beforeAll, test } from '@jest/globals';
import { assertLoopbackTarget, blockEgress, isLoopbackHost } from '../../../localcloud/safety';
import { makeHost, okResult } from './helpers';

const cnfg = (url: string): string => JSON.stringify({ URL: url });

test('assertLoopbackTarget accepts 127.0.0.1, 127.x, localhost and [::1]', () => {
  assert.equal(assertLoopbackTarget(cnfg('http://127.0.0.1:18082/admin')).port, '18082');
  assertLoopbackTarget(cnfg('http://127.8.9.10/admin'));
  assertLoopbackTarget(cnfg('http://localhost:1/admin'));
  assertLoopbackTarget(cnfg('https://[::1]:443/admin'));
});

test('assertLoopbackTarget refuses malformed JSON, missing URL, public hosts, private ranges and other schemes', () => {
  assert.throws(() => assertLoopbackTarget("{'URL':'http://127.0.0.1/admin'}"), /not valid JSON/);
  assert.throws(() => assertLoopbackTarget(''), /not valid JSON/);
  assert.throws(() => assertLoopbackTarget('{}'), /"URL"/);
  assert.throws(() => assertLoopbackTarget('null'), /"URL"/);
  assert.throws(() => assertLoopbackTarget(cnfg('not a url')), /not a valid URL/);
  assert.throws(() => assertLoopbackTarget(cnfg('https://local-dev.tcb-api.tencentcloudapi.com/admin')), /this machine/);
  assert.throws(() => assertLoopbackTarget(cnfg('http://10.0.0.5/admin')), /this machine/);
  assert.throws(() => assertLoopbackTarget(cnfg('http://192.168.1.2/admin')), /this machine/);
  assert.throws(() => assertLoopbackTarget(cnfg('http://[::2]/admin')), /this machine/);
  assert.throws(() => assertLoopbackTarget(cnfg('http://127.0.0.1.nip.io/admin')), /this machine/);
  assert.throws(() => assertLoopbackTarget(cnfg('ftp://127.0.0.1/admin')), /http\(s\)/);
});

test('isLoopbackHost', () => {
  for (const h of ['127.0.0.1', '127.255.0.1', 'localhost', 'LOCALHOST', '::1', '[::1]', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.1']) {
    assert.equal(isLoopbackHost(h), true, h);
  }
  for (const h of ['203.0.113.1', '10.1.2.3', '0.0.0.0', '::', '::ffff:10.0.0.1', 'example.com', 'localhost.evil.com', '']) {
    assert.equal(isLoopbackHost(h), false, h);
  }
});

let local: http.Server;
let localPort = 0;
beforeAll(async () => {
  local = http.createServer((_req, res) => res.end('local ok'));
  await new Promise<void>((r) => local.listen(0, '127.0.0.1', r));
  localPort = (local.address() as AddressInfo).port;
  blockEgress();
});
afterAll(() => new Promise<void>((r) => local.close(() => r())));

// The error's code is the block's own: the connect never reached the network (no timeout to wait for).
// Not timed: how soon it fails depends on how busy the machine is.
test('blockEgress: a TCP connect to 203.0.113.1 fails with a clear error, not a network timeout', async () => {
  const err = await new Promise<Error & { code?: string }>((resolve) => {
    const s = net.connect(80, '203.0.113.1');
    s.on('connect', () => resolve(new Error('connected?!')));
    s.on('error', resolve);
  });
  assert.equal(err.code, 'EGRESS_BLOCKED');
  assert.match(err.message, /local cloud blocks egress/);
});

test('blockEgress: http, fetch and dns lookups of the outside fail; loopback still works', async () => {
  const httpErr = await new Promise<Error>((resolve) => {
    http.get('http://203.0.113.1:8080/x', () => resolve(new Error('answered?!'))).on('error', resolve);
  });
  assert.match(httpErr.message, /blocks egress/);
  const fetchErr = await fetch('http://203.0.113.1/').then(
    () => new Error('answered?!'),
    (e: Error) => e,
  );
  assert.match(String((fetchErr as Error & { cause?: unknown }).cause ?? fetchErr), /blocks egress/);
  await assert.rejects(dns.promises.lookup('example.com'), /blocks egress/);
  const cbErr = await new Promise<Error | null>((resolve) => dns.lookup('example.com', (e) => resolve(e)));
  assert.match(String(cbErr), /blocks egress/);
  await assert.rejects(dns.promises.resolve4('example.com'), /blocks egress/);
  await assert.rejects(new dns.promises.Resolver().resolveTxt('example.com'), /blocks egress/);
  const resolveErr = await new Promise<Error | null>((resolve) => dns.resolve('example.com', (e) => resolve(e)));
  assert.match(String(resolveErr), /blocks egress/);
  const body = await (await fetch(`http://127.0.0.1:${localPort}/`)).text();
  assert.equal(body, 'local ok');
  const viaName = await new Promise<number | undefined>((resolve, reject) => {
    http
      .get({ host: 'localhost', port: localPort, family: 4 }, (res) => {
        res.resume();
        resolve(res.statusCode);
      })
      .on('error', reject);
  });
  assert.equal(viaName, 200, 'localhost passes the dns.lookup guard');
});

test('function code runs with egress blocked (inside its worker)', async () => {
  const { host } = makeHost();
  try {
    const r = okResult<{
      ip: { ok: boolean; message: string; ms: number };
      name: { ok: boolean; message: string };
      lookup: { ok: boolean };
    }>(await host.invoke('egress', {}, { source: 'wx_client' }));
    assert.equal(r.ip.ok, false);
    assert.match(r.ip.message, /blocks egress/);
    assert.ok(r.ip.ms < 200);
    assert.equal(r.name.ok, false);
    assert.match(r.name.message, /blocks egress/);
    assert.equal(r.lookup.ok, false);
  } finally {
    await host.stop();
  }
});
