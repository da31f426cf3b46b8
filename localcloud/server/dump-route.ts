// POST /__admin/export {"dir": "...", "force"?: true}: writes the whole store to a folder (store/dump.ts),
// for the emulator UI's button and scripts. Only with the admin token in the x-localcloud-admin-token
// header: a custom header cannot be sent cross-origin without a preflight, which is never answered.
import crypto from 'node:crypto';
import path from 'node:path';
import { readJsonObject, sendError, sendJson } from '../gateway/http-util';
import type { Database } from '../store/database';
import { exportStore } from '../store/dump';
import type { Route } from '../types';

export const EXPORT_PATH = '/__admin/export';
export const ADMIN_TOKEN_HEADER = 'x-localcloud-admin-token';

function tokenOk(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** `base`: what a relative `dir` is relative to (the directory `npm start` runs in). */
export function createDumpRoute(db: Database, base = process.cwd()): Route {
  return async (req, res, cloud) => {
    if ((req.url ?? '').split('?')[0] !== EXPORT_PATH) return false;
    if (req.method !== 'POST') return (sendError(res, 405, 'METHOD_NOT_ALLOWED', 'POST only'), true);
    if (!tokenOk(req.headers[ADMIN_TOKEN_HEADER], cloud.adminToken)) {
      return (sendError(res, 403, 'PERMISSION_DENIED', `${ADMIN_TOKEN_HEADER} must be the admin token`), true);
    }
    const body = await readJsonObject(req, 64 * 1024);
    if (typeof body.dir !== 'string' || body.dir.trim() === '')
      return (sendError(res, 400, 'INVALID_PARAM', 'dir must be a folder path'), true);
    try {
      const summary = await exportStore(db, cloud.dataDir, path.resolve(base, body.dir), { force: body.force === true });
      sendJson(res, 200, { ok: true, data: summary });
    } catch (err) {
      sendError(res, 409, 'EXPORT_FAILED', (err as Error).message);
    }
    return true;
  };
}
