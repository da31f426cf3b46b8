// cloud.callFunction between functions: the real SDK -> a tiny /admin server -> functionActions -> the host.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, test } from '@jest/globals';
import { FunctionHost, functionActions } from '../../../localcloud/host';
import { CloudError, type AdminContext, type CloudServices } from '../../../localcloud/types';
import { FIXTURES, okResult } from './helpers';

let server: http.Server;
let host: FunctionHost;
let cloud: CloudServices;
const seenTokens: Array<{ action: string; known: boolean }> = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const requestId = `rid-${Math.random().toString(16).slice(2)}`;
        const reply = (body: unknown): void => {
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
        };
        try {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
          const invocation = host.byToken(String(body['wxCloudApiToken'] ?? ''));
          seenTokens.push({ action: String(body['action']), known: invocation !== undefined });
          const action = functionActions[String(body['action'])];
          if (req.url?.startsWith('/admin') !== true || action === undefined) throw new CloudError('INVALID_ACTION', 'not here');
          const ctx: AdminContext = { requestId, cloud, ...(invocation ? { invocation } : {}) };
          reply({ requestId, ...(await action(body, ctx)) });
        } catch (err) {
          const code = err instanceof CloudError ? err.code : 'SYS_ERR';
          reply({ code, message: (err as Error).message, requestId });
        }
      })();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const adminUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/admin`;
  host = new FunctionHost({ functionsDir: FIXTURES, adminUrl, onLog: () => {} });
  cloud = { dataDir: '', baseUrl: '', adminToken: 'admin', host, secret: 's', dev: true };
});
afterAll(async () => {
  await host.stop();
  await new Promise<void>((r) => server.close(() => r()));
});

interface CallerResult {
  me: Record<string, unknown>;
  callee: Record<string, unknown>;
}

test('caller -> whoami: the callee runs as the calling user with SOURCE scf', async () => {
  const r = okResult<CallerResult>(await host.invoke('caller', {}, { openid: 'o_caller', unionid: 'u_c', source: 'wx_client' }));
  assert.equal(r.me['OPENID'], 'o_caller');
  assert.equal(r.me['SOURCE'], 'wx_client');
  assert.equal(r.callee['OPENID'], 'o_caller');
  assert.equal(r.callee['UNIONID'], 'u_c');
  assert.equal(r.callee['APPID'], 'wx0000000000000000');
  assert.equal(r.callee['SOURCE'], 'scf');
  assert.ok(
    seenTokens.some((t) => t.action === 'functions.invokeFunction' && t.known),
    'the SDK sent the invocation token',
  );
});

// wx-server-sdk 4.0.2 would map FUNCTIONS_EXECUTE_FAIL to -504002, but @cloudbase/node-sdk throws first
// (processReturn), so the caller sees errCode -1 with the code kept on `err.code` (observed).
test('a failing callee makes cloud.callFunction reject in the caller (errCode -1, code FUNCTIONS_EXECUTE_FAIL)', async () => {
  const r = await host.invoke('caller', { target: 'boom' }, { openid: 'o_caller', source: 'wx_client' });
  assert.equal(r.ok, false);
  assert.match(!r.ok ? r.message : '', /callFunction:fail FUNCTION_ERROR: boom: kaboom/);
  const caught = okResult<{ errCode: number; errMsg: string; code: string }>(
    await host.invoke('caller', { target: 'boom', catch: true }, { source: 'wx_client' }),
  );
  assert.equal(caught.errCode, -1);
  assert.equal(caught.code, 'FUNCTIONS_EXECUTE_FAIL');
  assert.match(caught.errMsg, /^callFunction:fail FUNCTION_ERROR: boom: kaboom/);
  const missing = await host.invoke('caller', { target: 'nope' }, { source: 'wx_client' });
  assert.match(!missing.ok ? missing.message : '', /FUNCTION_NOT_FOUND/);
});

test('functions.invokeFunction without a calling invocation runs with no user', async () => {
  const action = functionActions['functions.invokeFunction'];
  assert.ok(action);
  const out = await action({ function_name: 'whoami', request_data: '{"a":1}' }, { requestId: 'x', cloud });
  const result = JSON.parse((out['data'] as { response_data: string }).response_data) as Record<string, unknown>;
  assert.equal(result['OPENID'], undefined);
  assert.equal(result['SOURCE'], 'scf');
  await assert.rejects(action({ function_name: 'whoami', request_data: '{bad' }, { requestId: 'x', cloud }), /not valid JSON/);
  await assert.rejects(
    action({ request_data: '{}' }, { requestId: 'x', cloud }),
    (e: unknown) => e instanceof CloudError && e.code === 'INVALID_PARAM',
  );
  await assert.rejects(
    action({ function_name: 'boom', request_data: '{}' }, { requestId: 'x', cloud }),
    (e: unknown) => e instanceof CloudError && e.code === 'FUNCTIONS_EXECUTE_FAIL' && /kaboom/.test(e.message),
  );
});
