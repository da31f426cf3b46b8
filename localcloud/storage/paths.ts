// Cloud paths, fileIDs and where files live on disk.
//   fileID   cloud://<env>.<bucket>/<cloudPath>     bucket = hex(env[0..2]) + '-' + env + '-1000000000'
//            (the real pattern, with a fixed fake appid number), e.g. cloud://local-dev.6c6f-local-dev-1000000000/a/b.png
//   on disk  <dataDir>/storage/files/<env>/<cloudPath>; uploads are staged in <dataDir>/storage/tmp/
import path from 'node:path';

const ENV_ID = /^[a-z0-9_-]{1,40}$/;
export const MAX_CLOUD_PATH_BYTES = 1024;

export class StoragePathError extends Error {}

export function isValidEnv(env: string): boolean {
  return ENV_ID.test(env);
}

function hasControlChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

export function bucketOf(env: string): string {
  return `${Buffer.from(env.slice(0, 2), 'utf8').toString('hex')}-${env}-1000000000`;
}

/**
 * Checks a cloud path: relative, '/'-separated, no empty, '.' or '..' segments, no backslash, no control
 * characters, and none of `? # %` (they would not survive the SDK's encodeURI of download URLs).
 */
export function validateCloudPath(cloudPath: unknown): string {
  if (typeof cloudPath !== 'string' || cloudPath === '') throw new StoragePathError('cloudPath must be a non-empty string');
  if (Buffer.byteLength(cloudPath, 'utf8') > MAX_CLOUD_PATH_BYTES) throw new StoragePathError('cloudPath is too long');
  if (cloudPath.startsWith('/') || path.isAbsolute(cloudPath)) throw new StoragePathError('cloudPath must not be absolute');
  if (/[\\?#%]/u.test(cloudPath) || hasControlChar(cloudPath))
    throw new StoragePathError('cloudPath contains a forbidden character (\\ ? # % or control)');
  for (const seg of cloudPath.split('/')) {
    if (seg === '' || seg === '.' || seg === '..' || seg.trim() === '') {
      throw new StoragePathError(`cloudPath has an invalid segment: ${JSON.stringify(seg)}`);
    }
  }
  return cloudPath;
}

export function makeFileId(env: string, cloudPath: string): string {
  return `cloud://${env}.${bucketOf(env)}/${cloudPath}`;
}

/** Parses and validates a fileID; throws StoragePathError when it is not one of ours. */
export function parseFileId(fileId: unknown): { env: string; cloudPath: string } {
  const m = typeof fileId === 'string' ? /^cloud:\/\/([^./]+)\.([^/]+)\/(.+)$/s.exec(fileId) : null;
  const [, env = '', bucket, rest] = m ?? [];
  if (!m || !isValidEnv(env) || bucket !== bucketOf(env)) throw new StoragePathError(`not a fileID of this local cloud: ${String(fileId)}`);
  return { env, cloudPath: validateCloudPath(rest) };
}

export function storageRoot(dataDir: string): string {
  return path.join(dataDir, 'storage');
}

export function tmpDir(dataDir: string): string {
  return path.join(storageRoot(dataDir), 'tmp');
}

/** Absolute file path of a (validated) cloud path, with a final containment check. */
export function filePath(dataDir: string, env: string, cloudPath: string): string {
  if (!isValidEnv(env)) throw new StoragePathError(`invalid env: ${env}`);
  const base = path.resolve(storageRoot(dataDir), 'files', env);
  const full = path.resolve(base, validateCloudPath(cloudPath));
  if (!full.startsWith(base + path.sep)) throw new StoragePathError('cloudPath escapes the storage folder');
  return full;
}
