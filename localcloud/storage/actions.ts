// The storage.* JSON actions of /admin, in the shapes @cloudbase/node-sdk 3.17.2 (dist/storage/index.js) reads.
import { CloudError, type AdminContext, type JsonAction } from '../types';
import { deleteFileDurably, statFile } from './files';
import { StoragePathError, isValidEnv, makeFileId, parseFileId, validateCloudPath } from './paths';
import { downloadUrl, uploadUrl } from './sign';

/** Most fileIDs per batch call (CloudBase's documented limit). */
export const MAX_BATCH = 50;

function envOf(body: Record<string, unknown>): string {
  const env = body['envName'];
  if (typeof env !== 'string' || !isValidEnv(env))
    throw new CloudError('INVALID_ENV', `local cloud: invalid envName ${JSON.stringify(env)}`);
  return env;
}

function batch(body: Record<string, unknown>, key: string): unknown[] {
  const list = body[key];
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_BATCH) {
    throw new CloudError('INVALID_PARAM', `local cloud: ${key} must be an array of 1-${MAX_BATCH} items`);
  }
  return list;
}

type Located = { ok: true; env: string; cloudPath: string } | { ok: false; code: string };

/** Per-file failure. `message` is an extra: node-sdk's downloadFile puts it into the thrown error. */
const MESSAGES: Record<string, string> = {
  STORAGE_EXCEED_AUTHORITY: 'local cloud: the fileID belongs to another env',
  INVALID_PARAM: 'local cloud: not a valid fileID of this local cloud',
  STORAGE_FILE_NONEXIST: 'storage file not exists',
};

function failure(fileID: unknown, code: string): { fileID: unknown; code: string; message: string } {
  return { fileID, code, message: MESSAGES[code] ?? code };
}

/** Resolves a fileID of the calling env; per-file failures are codes, as CloudBase reports them. */
function locate(fileId: unknown, env: string): Located {
  try {
    const parsed = parseFileId(fileId);
    return parsed.env === env ? { ok: true, ...parsed } : { ok: false, code: 'STORAGE_EXCEED_AUTHORITY' };
  } catch (err) {
    if (err instanceof StoragePathError) return { ok: false, code: 'INVALID_PARAM' };
    throw err;
  }
}

/** `uploadFile` step 1: where to PUT the bytes. */
const getUploadMetadata: JsonAction = async (body, ctx: AdminContext) => {
  const env = envOf(body);
  let cloudPath: string;
  try {
    cloudPath = validateCloudPath(body['path']);
  } catch (err) {
    if (err instanceof StoragePathError) throw new CloudError('INVALID_PARAM', `local cloud: ${err.message}`);
    throw err;
  }
  const { url, sign } = uploadUrl(ctx.cloud.secret, ctx.cloud.baseUrl, env, cloudPath);
  const fileId = makeFileId(env, cloudPath);
  return {
    data: {
      url,
      token: sign,
      authorization: sign,
      fileId,
      cosFileId: `local-${sign.slice(0, 16)}`,
      download_url: downloadUrl(ctx.cloud.secret, ctx.cloud.baseUrl, env, cloudPath),
    },
  };
};

/** `getTempFileURL` / `downloadFile`: `file_list: [{ fileid, max_age? }]`. */
const batchGetDownloadUrl: JsonAction = async (body, ctx) => {
  const env = envOf(body);
  const list = batch(body, 'file_list');
  const download_list = await Promise.all(
    list.map(async (item) => {
      const o = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
      const fileID = o['fileid'];
      const maxAge = typeof o['max_age'] === 'number' ? o['max_age'] : undefined;
      const where = locate(fileID, env);
      if (!where.ok) return { ...failure(fileID, where.code), tempFileURL: '' };
      if ((await statFile(ctx.cloud.dataDir, env, where.cloudPath)) === undefined) {
        return { ...failure(fileID, 'STORAGE_FILE_NONEXIST'), tempFileURL: '' };
      }
      const tempFileURL = downloadUrl(ctx.cloud.secret, ctx.cloud.baseUrl, env, where.cloudPath, maxAge);
      return { fileID, tempFileURL, code: 'SUCCESS', ...(maxAge !== undefined ? { maxAge } : {}) };
    }),
  );
  return { data: { download_list } };
};

/** `deleteFile`: `fileid_list: string[]`. Deletes run one after another, each durable before the answer. */
const batchDeleteFile: JsonAction = async (body, ctx) => {
  const env = envOf(body);
  const delete_list: Array<{ fileID: unknown; code: string; message?: string }> = [];
  for (const fileID of batch(body, 'fileid_list')) {
    const where = locate(fileID, env);
    if (!where.ok) {
      delete_list.push(failure(fileID, where.code));
      continue;
    }
    const deleted = await deleteFileDurably(ctx.cloud.dataDir, env, where.cloudPath);
    delete_list.push(deleted ? { fileID, code: 'SUCCESS' } : failure(fileID, 'STORAGE_FILE_NONEXIST'));
  }
  return { data: { delete_list } };
};

export const storageActions: Record<string, JsonAction> = {
  'storage.getUploadMetadata': getUploadMetadata,
  'storage.batchGetDownloadUrl': batchGetDownloadUrl,
  'storage.batchDeleteFile': batchDeleteFile,
};
