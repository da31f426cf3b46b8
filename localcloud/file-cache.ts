// A small file a developer may edit while the local cloud runs (the msgSecCheck word list, the
// unsubscribed list), parsed once per change: one synchronous stat per use, a read only when the
// file's inode, size or modification time moved. A missing file is `empty`.
import fs from 'node:fs';

const cache = new Map<string, { stamp: string; value: unknown }>();

export function readCached<T>(file: string, parse: (text: string) => T, empty: T): T {
  const st = fs.statSync(file, { bigint: true, throwIfNoEntry: false });
  if (st === undefined) {
    cache.delete(file);
    return empty;
  }
  const stamp = `${st.ino}:${st.size}:${st.mtimeNs}`;
  const hit = cache.get(file);
  if (hit?.stamp === stamp) return hit.value as T;
  const value = parse(fs.readFileSync(file, 'utf8'));
  cache.set(file, { stamp, value });
  return value;
}
