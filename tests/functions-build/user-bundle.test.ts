import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { sharedFunctions } from '../helpers/built';
import { sdkEnv } from './helpers';

/**
 * The BUILT `user` function run by Node with the real wx-server-sdk, whose database calls go to
 * a tiny fake of the CloudBase /admin endpoint (wire format: docs/LOCALCLOUD-WIRE.md).
 */
const USERS: Record<string, unknown> = {
  o_admin_0001: {
    _id: 'o_admin_0001',
    roles: ['admin', 'volunteer', 'not-a-role'],
    // a good grant, then ones to drop: a role that takes no such scope, an unknown kind, no id
    grants: [
      { role: 'admin', scope: { kind: 'street', id: 's-1' } },
      { role: 'admin', scope: { kind: 'team', id: 't-1' } },
      { role: 'dispatcher', scope: { kind: 'planet', id: 'x' } },
      { role: 'helper', scope: { kind: 'community' } },
    ],
  },
  o_broken_001: { _id: 'o_broken_001', roles: 'admin' },
};

const FAILING = 'o_secret_9999';
// The run's shared build (tests/helpers/built.ts), only read here.
let outDir = '';
let server: Server;
let adminUrl = '';
const requests: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  outDir = await sharedFunctions();
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const request = JSON.parse(body) as Record<string, unknown>;
      requests.push(request);
      const query = JSON.parse(String(request.query ?? '{}')) as { _id?: string };
      const doc = query._id === undefined ? undefined : USERS[query._id];
      const list = request.collectionName === 'users' && doc ? [JSON.stringify(doc)] : [];
      res.setHeader('content-type', 'application/json');
      if (query._id === FAILING) {
        // CloudBase's error envelope; the message carries the id, as real SDK errors can.
        res.end(JSON.stringify({ code: 'DATABASE_REQUEST_FAILED', message: `failed on ${FAILING}`, requestId: 'x' }));
        return;
      }
      res.end(JSON.stringify({ requestId: 'test', data: { list, limit: 100, offset: 0 } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  adminUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/admin`;
});

afterAll(() => {
  server.close();
});

/** Invoke main(event) in a fresh Node process, as one SCF invocation with this OPENID. */
function invoke(openid: string | undefined, event: unknown): Promise<{ result: unknown; stderr: string }> {
  const file = join(outDir, 'user', 'index.js');
  const script = `require(${JSON.stringify(file)}).main(${JSON.stringify(event)}, {})
    .then((r) => { process.stdout.write(JSON.stringify(r)); });`;
  const env = { ...sdkEnv(adminUrl), ...(openid === undefined ? {} : { WX_OPENID: openid }) };
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', script], { env, timeout: 20_000 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`${err.message}\n${stderr}`));
      resolve({ result: JSON.parse(stdout) as unknown, stderr });
    });
  });
}

describe('user function (bundled, real wx-server-sdk)', () => {
  const cases: Array<{ name: string; openid?: string; event: unknown; expected: unknown }> = [
    {
      name: 'no OPENID → AUTH.NO_IDENTITY',
      event: { action: 'whoami' },
      expected: { ok: false, error: { code: 'AUTH.NO_IDENTITY', message: 'no OPENID in the WeChat context' } },
    },
    {
      name: 'no users doc → roles []',
      openid: 'o_newcomer_01',
      event: { action: 'whoami' },
      expected: { ok: true, data: { openid: 'o_newcomer_01', roles: [], scopes: [] } },
    },
    {
      name: 'roles and scopes come from users/{openid}, unknown roles and malformed grants dropped',
      openid: 'o_admin_0001',
      event: { action: 'whoami' },
      expected: {
        ok: true,
        data: { openid: 'o_admin_0001', roles: ['admin', 'volunteer'], scopes: [{ role: 'admin', kind: 'street', id: 's-1' }] },
      },
    },
    {
      name: 'malformed roles field → roles []',
      openid: 'o_broken_001',
      event: { action: 'whoami' },
      expected: { ok: true, data: { openid: 'o_broken_001', roles: [], scopes: [] } },
    },
    {
      name: 'WeChat-injected userInfo is ignored, never trusted',
      openid: 'o_newcomer_01',
      event: { action: 'whoami', userInfo: { appId: 'wx1', openId: 'o_admin_0001' } },
      expected: { ok: true, data: { openid: 'o_newcomer_01', roles: [], scopes: [] } },
    },
  ];
  for (const { name, openid, event, expected } of cases) {
    it(name, async () => {
      const { result } = await invoke(openid, event);
      assert.deepEqual(result, expected);
    });
  }

  const failures: Array<{ name: string; event: unknown; code: string }> = [
    { name: 'unknown action', event: { action: 'grantAdmin' }, code: 'ACTION.UNKNOWN' },
    { name: 'extra field', event: { action: 'whoami', openid: 'o_admin_0001' }, code: 'INPUT.INVALID' },
    { name: 'no action', event: {}, code: 'INPUT.INVALID' },
    { name: 'null event', event: null, code: 'INPUT.INVALID' },
  ];
  for (const { name, event, code } of failures) {
    it(`${name} → ${code}`, async () => {
      const { result } = await invoke('o_newcomer_01', event);
      assert.equal((result as { error: { code: string } }).error.code, code);
    });
  }

  it('a failing database → INTERNAL.ERROR, logged without the openid', async () => {
    const { result, stderr } = await invoke(FAILING, { action: 'whoami' });
    assert.deepEqual(result, { ok: false, error: { code: 'INTERNAL.ERROR', message: 'internal error' } });
    assert.match(stderr, /"fn":"user"/);
    assert.doesNotMatch(stderr, new RegExp(FAILING));
  });

  it('reads users/{openid} by _id only, and reference data only to name a scope', () => {
    const reads = requests.filter((r) => r.action === 'database.getDocument');
    const users = reads.filter((r) => r.collectionName === 'users');
    assert.ok(users.length > 0);
    for (const read of users) assert.equal(read.queryType, 'DOC');
    // the admin's street grant is named from the cached streets (one read per cold start)
    assert.deepEqual([...new Set(reads.filter((r) => r.collectionName !== 'users').map((r) => r.collectionName))], ['streets']);
  });
});
