// A tiny /admin server wired to the openapi and storage parts, plus a runner for wx-server-sdk in a child process.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { handleOpenApiRequest } from '../../../localcloud/openapi';
import { storageActions, storageRoute } from '../../../localcloud/storage';
import { CloudError, type CloudServices, type FunctionHostApi, type Invocation } from '../../../localcloud/types';

export const ENV_ID = 'local-dev';
export const USER_OPENID = 'o_local_user_1';

export interface TestCloud {
  cloud: CloudServices;
  /** A token that byToken() resolves to `invocation` (as if function `notify` were running). */
  fnToken: string;
  invocation: Invocation;
  /** JSON bodies received on /admin, newest last. */
  jsonRequests: Record<string, unknown>[];
  runSdk(snippet: string, opts?: { token?: string }): Promise<SdkOutcome>;
  close(): Promise<void>;
}

export type SdkOutcome =
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON printed by the child, checked field by field
  { ok: true; value: any } | { ok: false; error: { errCode?: number; errMsg?: string; message?: string } };

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function fakeHost(invocation: Invocation): FunctionHostApi {
  return {
    invoke: () => Promise.reject(new Error('no functions in this test')),
    byToken: (token) => (token === invocation.token ? invocation : undefined),
    functionNames: () => [],
    hasFunction: () => false,
  };
}

function sendJson(res: http.ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function handleAdmin(req: http.IncomingMessage, res: http.ServerResponse, t: TestCloud): Promise<void> {
  const ctx = { requestId: randomUUID(), cloud: t.cloud };
  if ((req.headers['content-type'] ?? '').startsWith('multipart/form-data')) {
    const bytes = await handleOpenApiRequest(req, ctx);
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(bytes);
    return;
  }
  const body = JSON.parse(await readBody(req)) as Record<string, unknown>;
  t.jsonRequests.push(body);
  const action = storageActions[String(body['action'])];
  if (!action) return sendJson(res, { code: 'INVALID_ACTION', message: `no action ${String(body['action'])}`, requestId: ctx.requestId });
  try {
    sendJson(res, { requestId: ctx.requestId, ...(await action(body, ctx)) });
  } catch (err) {
    if (!(err instanceof CloudError)) throw err;
    sendJson(res, { code: err.code, message: err.message, requestId: ctx.requestId });
  }
}

function reviveBuffers(_key: string, v: unknown): unknown {
  const o = v as { type?: unknown; data?: unknown };
  return o && o.type === 'Buffer' && Array.isArray(o.data) ? Buffer.from(o.data as number[]) : v;
}

export async function startTestCloud(): Promise<TestCloud> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'localcloud-test-'));
  const invocation: Invocation = {
    token: `tok-${randomUUID()}`,
    fn: 'notify',
    requestId: 'req-fn-1',
    openid: USER_OPENID,
    source: 'wx_client',
  };
  const adminToken = `admin-${randomUUID()}`;
  const cloud: CloudServices = {
    dataDir,
    baseUrl: '',
    adminToken,
    host: fakeHost(invocation),
    secret: `secret-${randomUUID()}`,
    dev: true,
  };
  const t = { cloud, fnToken: invocation.token, invocation, jsonRequests: [] } as unknown as TestCloud;
  const server = http.createServer((req, res) => {
    const run = async (): Promise<void> => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (req.method === 'POST' && url.pathname === '/admin') return handleAdmin(req, res, t);
      if (await storageRoute(req, res, cloud)) return;
      res.writeHead(404).end();
    };
    run().catch((err: unknown) => {
      console.error(err);
      if (!res.headersSent) res.writeHead(500);
      res.end(String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cloud.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  t.runSdk = (snippet, opts) => runSdk(cloud.baseUrl, snippet, opts?.token ?? adminToken);
  t.close = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await fs.rm(dataDir, { recursive: true, force: true });
  };
  return t;
}

/** The environment of docs/LOCALCLOUD-WIRE.md, plus WX_API_TOKEN (sent as wxCloudApiToken; must be listed in WX_CONTEXT_KEYS). */
function sdkEnv(baseUrl: string, token: string, snippet: string): NodeJS.ProcessEnv {
  return {
    TENCENTCLOUD_RUNENV: 'SCF',
    SCF_NAMESPACE: ENV_ID,
    TENCENTCLOUD_REGION: 'ap-shanghai',
    TENCENTCLOUD_SECRETID: 'local',
    TENCENTCLOUD_SECRETKEY: 'local',
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${baseUrl}/admin` }),
    WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID,WX_API_TOKEN',
    WX_OPENID: USER_OPENID,
    WX_APPID: 'wx0000000000000000',
    WX_UNIONID: 'u_local_1',
    WX_API_TOKEN: token,
    LOCALCLOUD_TEST_SNIPPET: snippet,
  };
}

function runSdk(baseUrl: string, snippet: string, token: string): Promise<SdkOutcome> {
  const child = spawn(process.execPath, [path.join(__dirname, 'sdk-child.cjs')], {
    env: sdkEnv(baseUrl, token, snippet),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('@@RESULT@@'));
      if (!line) return reject(new Error(`sdk child exited ${code} without a result\nstdout: ${out}\nstderr: ${err}`));
      resolve(JSON.parse(line.slice('@@RESULT@@'.length), reviveBuffers) as SdkOutcome);
    });
  });
}
