// The emulator UI's export button: the whole store to a folder (store/dump.ts), as `POST /__admin/export`
// does for scripts. The UI's guard (loopback, same origin, JSON body) stands in for the admin token.
import path from 'node:path';
import { HttpError } from '../../gateway/http-util';
import { exportStore } from '../../store/dump';
import type { UiDeps } from '../deps';

/** `base`: what a relative `dir` is relative to (where the local cloud was started). */
export async function exportData(deps: UiDeps, body: Record<string, unknown>, base = process.cwd()) {
  if (typeof body.dir !== 'string' || body.dir.trim() === '') throw new HttpError(400, 'UI.BAD_PARAM', 'dir must be a folder path');
  try {
    return await exportStore(deps.db, deps.cloud.dataDir, path.resolve(base, body.dir.trim()), { force: body.force === true });
  } catch (err) {
    throw new HttpError(409, 'EXPORT_FAILED', (err as Error).message);
  }
}
