// /__dev/*: development-only helpers (log in as any openid, see the subscribe-message outbox, upload a
// spreadsheet for an import from the H5 build, which has no Taro.cloud.uploadFile).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { DEFAULT_ENV_ID } from '../host/function-host';
import { readOutbox } from '../openapi/outbox';
import { makeFileId, TooLargeError, writeFileDurably } from '../storage';
import type { CloudServices } from '../types';
import { sendLoginPage } from './dev-login-page';
import { HttpError, isJsonContentType, readJsonObject, sendError, sendHttpError, sendJson } from './http-util';
import { OPENID_RE, sessionCookieHeader, sessionOpenid, signSession } from './session';

const LOGIN_BODY_LIMIT = 4 * 1024;
/** An import sheet: 10,000 rows of XLSX or CSV fit well within this. */
export const UPLOAD_BODY_LIMIT = 20 * 1024 * 1024;

/** Answers every /__dev/ path: 404 unless the cloud runs in dev mode. */
export async function handleDev(req: IncomingMessage, res: ServerResponse, cloud: CloudServices, route: string): Promise<void> {
  if (!cloud.dev) return sendError(res, 404, 'CLOUD.NOT_FOUND', 'not found');
  try {
    const key = `${req.method ?? ''} ${route}`;
    switch (key) {
      case 'POST login': {
        if (!isJsonContentType(req)) throw new HttpError(415, 'CLOUD.BAD_REQUEST', 'content-type must be application/json');
        const body = await readJsonObject(req, LOGIN_BODY_LIMIT);
        const openid = body['openid'];
        if (typeof openid !== 'string' || !OPENID_RE.test(openid)) {
          throw new HttpError(400, 'CLOUD.BAD_REQUEST', 'openid must be 1-64 characters of A-Z a-z 0-9 _ -');
        }
        return sendJson(res, 200, { ok: true, openid }, { 'set-cookie': sessionCookieHeader(signSession(cloud.secret, openid)) });
      }
      case 'GET login':
        return sendLoginPage(res, new URL(req.url ?? '/', 'http://localhost').searchParams.get('openid'));
      case 'POST logout':
        return sendJson(res, 200, { ok: true }, { 'set-cookie': sessionCookieHeader(undefined) });
      case 'GET whoami':
        return sendJson(res, 200, { openid: sessionOpenid(req, cloud.secret) ?? null });
      case 'GET outbox':
        return sendJson(res, 200, await readOutbox(cloud.dataDir));
      case 'POST upload':
        return await upload(req, res, cloud);
      default:
        throw new HttpError(404, 'CLOUD.NOT_FOUND', 'not found');
    }
  } catch (err) {
    if (!(err instanceof HttpError)) throw err;
    sendHttpError(req, res, err);
  }
}

/**
 * POST /__dev/upload?ext=xlsx|csv with the file as the body: what Taro.cloud.uploadFile does in the
 * mini-program, for the H5 build (signed-in callers only). Stored at imports/<random>.<ext>; answers the fileID.
 */
async function upload(req: IncomingMessage, res: ServerResponse, cloud: CloudServices): Promise<void> {
  if (sessionOpenid(req, cloud.secret) === undefined) throw new HttpError(401, 'AUTH.NO_IDENTITY', 'log in first');
  const ext = new URL(req.url ?? '/', 'http://localhost').searchParams.get('ext');
  if (ext !== 'xlsx' && ext !== 'csv') throw new HttpError(400, 'CLOUD.BAD_REQUEST', 'ext must be xlsx or csv');
  const cloudPath = `imports/${randomBytes(12).toString('hex')}.${ext}`;
  try {
    await writeFileDurably(cloud.dataDir, DEFAULT_ENV_ID, cloudPath, req, UPLOAD_BODY_LIMIT);
  } catch (err) {
    if (err instanceof TooLargeError) throw new HttpError(413, 'CLOUD.BODY_TOO_LARGE', 'the file is too large');
    throw err;
  }
  sendJson(res, 200, { fileID: makeFileId(DEFAULT_ENV_ID, cloudPath) });
}
