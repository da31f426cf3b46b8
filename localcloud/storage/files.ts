// Durable file operations: staged write → fsync → rename → fsync(dir); unlink → fsync(dir).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { filePath, tmpDir } from './paths';
import { fsyncDir } from '../fsync';

/** Largest accepted upload (bytes). */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

export class TooLargeError extends Error {}

/** Streams `body` into place; resolves with the byte count once the file and its directory entry are on disk. */
export async function writeFileDurably(
  dataDir: string,
  env: string,
  cloudPath: string,
  body: AsyncIterable<Buffer | string>,
  maxBytes = MAX_UPLOAD_BYTES,
): Promise<number> {
  const final = filePath(dataDir, env, cloudPath);
  await fs.mkdir(tmpDir(dataDir), { recursive: true });
  const tmp = path.join(tmpDir(dataDir), `${randomUUID()}.part`);
  const handle = await fs.open(tmp, 'wx');
  let size = 0;
  try {
    for await (const chunk of body) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buf.length;
      if (size > maxBytes) throw new TooLargeError(`upload exceeds ${maxBytes} bytes`);
      await handle.write(buf);
    }
    await handle.sync();
    await handle.close();
    await fs.mkdir(path.dirname(final), { recursive: true });
    await fs.rename(tmp, final);
    await fsyncDir(path.dirname(final));
    return size;
  } catch (err) {
    await handle.close().catch(() => undefined);
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

/** Size of a stored file, or undefined when there is no regular file there. */
export async function statFile(dataDir: string, env: string, cloudPath: string): Promise<number | undefined> {
  try {
    const st = await fs.stat(filePath(dataDir, env, cloudPath));
    return st.isFile() ? st.size : undefined;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw err;
  }
}

/** Deletes durably; resolves false when there was no such file. */
export async function deleteFileDurably(dataDir: string, env: string, cloudPath: string): Promise<boolean> {
  if ((await statFile(dataDir, env, cloudPath)) === undefined) return false;
  const full = filePath(dataDir, env, cloudPath);
  await fs.unlink(full);
  await fsyncDir(path.dirname(full));
  return true;
}

/** Removes uploads left staged by a crash (never acknowledged). Call once at startup, before serving. */
export async function cleanStagedUploads(dataDir: string): Promise<number> {
  let names: string[];
  try {
    names = await fs.readdir(tmpDir(dataDir));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw err;
  }
  const parts = names.filter((n) => n.endsWith('.part'));
  await Promise.all(parts.map((n) => fs.rm(path.join(tmpDir(dataDir), n), { force: true })));
  return parts.length;
}
