// What names a shared build: a hash of everything it is made from (built.ts, taro-build.ts). Its own
// file so the jsdom tests can use it without loading esbuild (which refuses jsdom's Buffer).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** sha256 over the paths and contents of `inputs` (files or folders, relative to the repository). */
export function fingerprint(inputs: readonly string[]): string {
  const hash = crypto.createHash('sha256');
  const visit = (rel: string): void => {
    const full = path.join(root, rel);
    if (!fs.existsSync(full)) return;
    if (fs.statSync(full).isDirectory()) for (const entry of fs.readdirSync(full).sort()) visit(path.join(rel, entry));
    else hash.update(rel).update('\0').update(fs.readFileSync(full)).update('\0');
  };
  for (const input of inputs) visit(input);
  return hash.digest('hex');
}
