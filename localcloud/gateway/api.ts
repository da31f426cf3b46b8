// POST /api/<fn>: the browser's cloud.callFunction. Identity comes only from the signed session cookie.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { CloudServices, InvokeResult } from '../types';
import { API_BODY_LIMIT, HttpError, isJsonContentType, readJsonObject, sendError, sendHttpError, sendJson } from './http-util';
import { sessionOpenid } from './session';

/** Same rule as SCF function names. */
const FN_RE = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/;

export type GatewayLog = (line: string) => void;

type Failure = Extract<InvokeResult, { ok: false }>;

const FAILURES: Record<Failure['code'], { status: number; code: string }> = {
  FUNCTION_NOT_FOUND: { status: 404, code: 'CLOUD.NOT_FOUND' },
  FUNCTION_TIMEOUT: { status: 504, code: 'CLOUD.TIMEOUT' },
  FUNCTION_ERROR: { status: 502, code: 'CLOUD.FUNCTION_FAILED' },
};

export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  cloud: CloudServices,
  fn: string,
  log: GatewayLog,
): Promise<void> {
  const t0 = performance.now();
  let status = 500;
  let requestId = '-';
  try {
    if (req.method !== 'POST') throw new HttpError(405, 'CLOUD.METHOD_NOT_ALLOWED', 'use POST');
    if (!FN_RE.test(fn)) throw new HttpError(404, 'CLOUD.NOT_FOUND', 'no such function');
    if (!isJsonContentType(req)) throw new HttpError(415, 'CLOUD.BAD_REQUEST', 'content-type must be application/json');
    const event = await readJsonObject(req, API_BODY_LIMIT);
    const openid = sessionOpenid(req, cloud.secret);
    // No cookie (or a forged one) means no OPENID: the function itself answers as to a stranger.
    const r = await cloud.host.invoke(fn, event, openid === undefined ? { source: 'wx_client' } : { openid, source: 'wx_client' });
    requestId = r.requestId;
    if (r.ok) {
      status = 200;
      sendJson(res, 200, r.result, { 'x-request-id': r.requestId });
    } else {
      const f = FAILURES[r.code];
      status = f.status;
      sendError(res, f.status, f.code, r.message, { 'x-request-id': r.requestId });
    }
  } catch (err) {
    if (!(err instanceof HttpError)) throw err;
    status = err.status;
    sendHttpError(req, res, err);
  } finally {
    // Never the event body: it carries names and phone numbers.
    // Nor an unknown name from the URL: it is whatever the caller typed (it could be a phone number).
    const name = cloud.host.hasFunction(fn) ? fn : '(unknown)';
    log(`[gateway] fn=${name} status=${status} ms=${Math.round(performance.now() - t0)} req=${requestId}`);
  }
}
