// Local cloud safety, end to end through startLocalCloud (in this process, and as a separate process
// started with a hostile shell environment): it listens on loopback only; whatever TCB_CONTEXT_CNFG,
// credentials or proxies the developer's shell holds, functions talk only to the local /admin with dummy
// credentials; a function that breaks its own TCB_CONTEXT_CNFG (so the SDK falls back to the real cloud)
// or tries to reach a public host fails fast at the egress guard. Unit tests of the guard itself are in
// tests/localcloud/host/safety.test.ts.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../localcloud';
import { startLocalCloud } from '../../localcloud';
import { seedDemo } from '../../scripts/demo-data';
import { startTestCloud } from '../helpers/cloud';
import { api, devLogin, seededDataDir, startCloudProcess } from './fault-process';
import { functionsCopy } from '../helpers/built';

const figures: string[] = [];
const t0 = Date.now();
afterAll(() =>
  console.log(['', '=== safety.test.ts figures ===', ...figures, `total ${((Date.now() - t0) / 1000).toFixed(1)} s`, ''].join('\n')),
);

/** The real functions plus the probe (tests/security/fault-functions/safety-probe.js). */
async function functionsWithProbe(name: string): Promise<string> {
  const dir = await functionsCopy(name);
  fs.mkdirSync(path.join(dir, 'probe'), { recursive: true });
  fs.copyFileSync(path.join(__dirname, 'fault-functions/safety-probe.js'), path.join(dir, 'probe/index.js'));
  fs.writeFileSync(path.join(dir, 'probe/config.json'), JSON.stringify({ permissions: { openapi: [] }, timeout: 30 }));
  return dir;
}

/** What a function's environment may hold: harmless basics passed through, and the runtime's own set. */
const ALLOWED_ENV = [
  'PATH',
  'HOME',
  'TMPDIR',
  'TMP',
  'TEMP',
  'LANG',
  'LC_ALL',
  'TZ',
  'TENCENTCLOUD_RUNENV',
  'SCF_NAMESPACE',
  'TENCENTCLOUD_REGION',
  'TENCENTCLOUD_SECRETID',
  'TENCENTCLOUD_SECRETKEY',
  'TCB_CONTEXT_CNFG',
  'WX_CONTEXT_KEYS',
  'WX_OPENID',
  'WX_APPID',
  'WX_UNIONID',
  'WX_API_TOKEN',
  'TCB_SOURCE',
  'TRIGGER_SRC',
  'WX_TRIGGER_API_TOKEN_V0',
];

interface Attempt {
  name: string;
  ms: number;
  blocked: boolean;
  code: string;
  message: string;
}

describe('listening', () => {
  test('startLocalCloud refuses every bind address that is not loopback', async () => {
    const refused: string[] = [];
    for (const host of [
      '0.0.0.0',
      '::',
      '192.168.1.10',
      '10.0.0.1',
      '203.0.113.1',
      'example.com',
      '127.0.0.1.nip.io',
      'localhost.evil.com',
      '',
    ]) {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'msb-safety-bind-'));
      await assert.rejects(startLocalCloud({ dataDir, host, quiet: true }), /loopback only/, `host ${JSON.stringify(host)}`);
      refused.push(JSON.stringify(host));
    }
    figures.push(`bind addresses refused by startLocalCloud: ${refused.join(', ')}`);
  });

  test('the port answers on loopback and not on any other address of this machine', async () => {
    const cloud = await startTestCloud({ functionsDir: path.join(__dirname, '..', 'fixtures', 'functions') });
    try {
      const port = Number(new URL(cloud.baseUrl).port);
      const connect = (host: string) =>
        new Promise<string>((resolve) => {
          const s = net.connect({ host, port });
          s.setTimeout(2000, () => {
            s.destroy();
            resolve('timeout');
          });
          s.on('connect', () => {
            s.destroy();
            resolve('connected');
          });
          s.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
        });
      assert.equal(await connect('127.0.0.1'), 'connected');
      const others = Object.values(os.networkInterfaces())
        .flat()
        .filter((i) => i && !i.internal)
        .map((i) => i!.address);
      const results: string[] = [];
      for (const address of others) {
        const r = await connect(address);
        results.push(`${address} → ${r}`);
        assert.notEqual(r, 'connected', `${address} must not reach the local cloud`);
      }
      figures.push(`port ${port}: 127.0.0.1 → connected; ${results.join(', ') || 'no non-loopback interface on this machine'}`);
    } finally {
      await cloud.stop();
    }
  });
});

describe('a hostile shell environment', () => {
  for (const [label, cnfg] of [
    [
      'TCB_CONTEXT_CNFG pointing at the real cloud',
      JSON.stringify({ URL: 'https://prod-1a2b3c.ap-shanghai.tcb-api.tencentcloudapi.com/admin' }),
    ],
    ['a malformed TCB_CONTEXT_CNFG', "{'URL':'http://127.0.0.1:1/admin'}"],
  ] as const) {
    test(`the local cloud process started with ${label}, cloud credentials and proxies in its environment: functions see none of it and read the local store`, async () => {
      const functionsDir = await functionsWithProbe('security-safety-process');
      const dataDir = await seededDataDir('msb-safety-env-');
      const hostile: Record<string, string> = {
        TCB_CONTEXT_CNFG: cnfg,
        TENCENTCLOUD_SECRETID: 'AKIDfake-developer-secret-id',
        TENCENTCLOUD_SECRETKEY: 'fake-developer-secret-key',
        TENCENTCLOUD_SESSIONTOKEN: 'fake-session-token',
        TCB_ENV: 'prod-1a2b3c',
        SCF_NAMESPACE: 'prod-1a2b3c',
        HTTPS_PROXY: 'http://203.0.113.9:3128',
        HTTP_PROXY: 'http://203.0.113.9:3128',
        WX_OPENID: 'o-someone-else',
        WX_API_TOKEN: 'stolen-token',
      };
      const saved = { ...process.env };
      Object.assign(process.env, hostile); // startCloudProcess passes process.env on to the child
      let proc;
      try {
        proc = await startCloudProcess({ dataDir, functionsDir, poolSize: 1 });
      } finally {
        for (const k of Object.keys(hostile)) {
          if (saved[k] === undefined) delete process.env[k];
          else process.env[k] = saved[k];
        }
      }
      try {
        const cookie = await devLogin(proc.baseUrl, 'safety-user');
        const r = await api(proc.baseUrl, cookie, 'probe', { mode: 'env' });
        assert.equal(r.status, 200, JSON.stringify(r.body));
        const env = r.body as unknown as {
          cnfg: string;
          secretId: string;
          secretKey: string;
          sessionToken: string | null;
          proxies: string[];
          keys: string[];
          context: { OPENID: string; ENV: string };
          token: string;
          read: { ok: boolean; total?: number; ms: number };
        };
        assert.deepEqual(JSON.parse(env.cnfg), { URL: proc.adminUrl }, 'the SDK target is this local cloud');
        assert.deepEqual([env.secretId, env.secretKey, env.sessionToken], ['local', 'local', null], 'dummy credentials only');
        assert.deepEqual(env.proxies, []);
        assert.equal(env.context.OPENID, 'safety-user', 'the OPENID is the caller, not the shell');
        assert.equal(env.context.ENV, 'local-dev');
        assert.notEqual(env.token, hostile.WX_API_TOKEN);
        assert.deepEqual(
          { ok: env.read.ok, total: env.read.total },
          { ok: true, total: 3 },
          'a database read reached the local store (3 demo teams)',
        );
        const extra = env.keys.filter((k) => !ALLOWED_ENV.includes(k));
        assert.deepEqual(extra, [], 'nothing from the shell but harmless basics reaches the function');
        // The invocation's own token is useless once the invocation has ended.
        const late = await fetch(proc.adminUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            action: 'database.calculateDocument',
            collectionName: 'users',
            query: '{}',
            queryType: 'WHERE',
            envName: 'local-dev',
            wxCloudApiToken: env.token,
          }),
        });
        const lateBody = (await late.json()) as { code?: string };
        assert.equal(lateBody.code, 'PERMISSION_DENIED', 'a leaked invocation token is refused after the invocation');
        figures.push(
          `hostile shell (${label}): function env has ${env.keys.length} variables (${env.keys.join(' ')}); target ${JSON.parse(env.cnfg).URL}; credentials local/local; db read ok; leaked token → ${lateBody.code}`,
        );
      } finally {
        await proc.stop();
      }
    });
  }
});

describe('functions cannot reach the real cloud or any public host', () => {
  let cloud: LocalCloud;
  const call = async (event: Record<string, unknown>) => {
    const r = await cloud.host.invoke('probe', event, { source: 'wx_client', openid: 'safety-probe' });
    if (!r.ok) throw new Error(`probe failed: ${r.code} ${r.message}`);
    return r.result;
  };
  beforeAll(async () => {
    cloud = await startTestCloud({ functionsDir: await functionsWithProbe('security-safety-inproc'), poolSize: 1 });
    await seedDemo(cloud.db);
  });
  afterAll(() => cloud.stop());

  test('a function that breaks its own TCB_CONTEXT_CNFG (so the SDK falls back to the real CloudBase host) fails fast at the egress guard', async () => {
    const rows: string[] = [];
    for (const [label, event] of [
      ['malformed JSON', { cnfg: '{URL:http://127.0.0.1/admin' }],
      ['a public URL', { cnfg: JSON.stringify({ URL: 'https://prod-1a2b3c.tcb-api.tencentcloudapi.com/admin' }) }],
      ['removed', { cnfg: null }],
      ['removed, and not in SCF mode (metadata probe first)', { cnfg: null, dropRunenv: true }],
    ] as const) {
      const r = (await call({ mode: 'tamper', ...event })) as { ok: boolean; ms: number; blocked?: boolean; errMsg?: string };
      rows.push(`${label} → ${r.ok ? 'READ OK?!' : `${r.blocked ? 'EGRESS_BLOCKED' : 'failed'} in ${r.ms} ms`}`);
      assert.equal(r.ok, false, `${label}: the read must not succeed anywhere`);
      assert.ok(r.blocked, `${label}: stopped by the egress guard (${r.errMsg})`);
      assert.ok(r.ms < 2000, `${label}: fails fast, without a network timeout (${r.ms} ms)`);
    }
    // Another env id still goes to the local cloud (the target is the URL, not the env).
    const other = (await call({ mode: 'tamper', initEnv: 'prod-1a2b3c' })) as { ok: boolean; total?: number };
    assert.deepEqual({ ok: other.ok, total: other.total }, { ok: true, total: 3 });
    // …and the next invocation on the same warm instance works normally again.
    const again = (await call({ mode: 'tamper' })) as { ok: boolean; total?: number };
    assert.equal(again.ok, true);
    figures.push(`SDK fallback attempts from a function: ${rows.join('; ')}; cloud.init({env:'prod-…'}) → still the local store`);
  });

  test('every ordinary way of reaching a public host fails at once with EGRESS_BLOCKED', async () => {
    const results = (await call({ mode: 'egress', set: 'egress' })) as Attempt[];
    figures.push(
      `egress attempts (${results.length}):\n${results.map((a) => `  ${a.blocked ? 'blocked' : 'NOT BLOCKED'} ${String(a.ms).padStart(4)} ms  ${a.name}${a.blocked ? '' : ` → ${a.code} ${a.message}`}`).join('\n')}`,
    );
    for (const a of results) {
      assert.ok(a.blocked, `${a.name}: ${a.code} ${a.message}`);
      assert.ok(a.ms < 1000, `${a.name}: fails fast, without a network timeout (${a.ms} ms)`);
    }
  });

  test('a connection to "localhost" whose custom lookup returns a public address is blocked too', async () => {
    const results = (await call({ mode: 'egress', set: 'bypasses' })) as Attempt[];
    figures.push(
      `egress through a custom lookup:\n${results.map((a) => `  ${a.blocked ? 'blocked' : 'NOT BLOCKED'} ${String(a.ms).padStart(4)} ms  ${a.name} → ${a.code}`).join('\n')}`,
    );
    for (const a of results) assert.ok(a.blocked, `${a.name}: ${a.code} ${a.message}`);
  });

  test('known gap (README: isolation is per thread): a worker thread started by function code has no egress guard', async () => {
    const results = (await call({ mode: 'egress', set: 'gaps' })) as Attempt[];
    figures.push(
      `known gap, not asserted: ${results.map((a) => `${a.name} → ${a.blocked ? 'blocked' : `not blocked (${a.code})`}`).join('; ')}`,
    );
  });
});
