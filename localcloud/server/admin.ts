// POST /admin: the endpoint wx-server-sdk talks to (TCB_CONTEXT_CNFG points here).
// JSON actions are dispatched by `action`; multipart bodies are cloud.openapi calls.
// Only running invocations (by their per-invocation token) and the admin token may call it.
import crypto from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CloudError, type AdminContext, type CloudServices, type Invocation, type JsonAction } from '../types';
import { readBody } from './body';

const MAX_ADMIN_BODY = 16 * 1024 * 1024;

export interface AdminDeps {
  cloud: CloudServices;
  actions: Record<string, JsonAction>;
  /** cloud.openapi: gets the buffered multipart request and the resolved context; returns protobuf bytes. */
  openapi?: (req: IncomingMessage, ctx: AdminContext) => Promise<Buffer>;
}

// A request id is unique, not secret: a random prefix per process and a counter (no random bytes per request).
const ridPrefix = crypto.randomBytes(4).toString('hex');
let ridCount = 0;

export function requestId(): string {
  ridCount = (ridCount + 1) % 0x100000000;
  return ridPrefix + ridCount.toString(16).padStart(8, '0');
}

/** The invocation behind a token, `undefined` for the admin token; throws for anything else. */
export function resolveCaller(cloud: CloudServices, token: unknown): Invocation | undefined {
  if (typeof token === 'string' && token) {
    if (token === cloud.adminToken) return undefined;
    const inv = cloud.host.byToken(token);
    if (inv) return inv;
  }
  throw new CloudError('PERMISSION_DENIED', 'local cloud: unknown wxCloudApiToken (not a running function invocation)');
}

function send(res: ServerResponse, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export async function handleAdmin(req: IncomingMessage, res: ServerResponse, deps: AdminDeps): Promise<void> {
  const rid = requestId();
  try {
    if (String(req.headers['content-type'] ?? '').startsWith('multipart/form-data')) {
      if (!deps.openapi) throw new CloudError('INVALID_ACTION', 'local cloud: openapi is not available');
      const ctx: AdminContext = { requestId: rid, cloud: deps.cloud };
      const bytes = await deps.openapi(req, ctx);
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length });
      res.end(bytes);
      return;
    }
    const raw = await readBody(req, MAX_ADMIN_BODY);
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new CloudError('INVALID_PARAM', 'request body is not JSON');
    }
    const ctx: AdminContext = { requestId: rid, cloud: deps.cloud, invocation: resolveCaller(deps.cloud, body.wxCloudApiToken) };
    const action = deps.actions[String(body.action)];
    if (!action) throw new CloudError('INVALID_ACTION', `local cloud: action ${String(body.action)} is not emulated`);
    send(res, { requestId: rid, ...(await action(body, ctx)) });
  } catch (err) {
    if (err instanceof CloudError) return send(res, { code: err.code, message: err.message, requestId: rid });
    console.error(`[localcloud] /admin internal error ${rid}:`, (err as Error).stack ?? err);
    send(res, { code: 'SYS_ERR', message: `local cloud internal error: ${(err as Error).message}`, requestId: rid });
  }
}
