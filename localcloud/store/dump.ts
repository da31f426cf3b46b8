// Export: the whole store of a local cloud (database and storage files) as a readable folder
// (format in dump-format.ts). The documents are taken in one synchronous step, so the export is one
// consistent state even while the cloud serves requests; the folder is written beside and swapped in.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { EJSON } from 'bson';
import { storageRoot } from '../storage/paths';
import type { Database } from './database';
import { clone, type Doc } from './ejson';
import {
  DUMP_FORMAT,
  collectionFile,
  collectionsDir,
  manifestPath,
  storageFile,
  type DumpFile,
  type DumpManifest,
  type RelativeDates,
} from './dump-format';

export interface ExportOptions {
  /** Written as exportedAt (default: now); the demo passes its anchor so the folder is reproducible. */
  at?: Date;
  relative?: RelativeDates;
  /** Replace a folder that is not empty and not an earlier export. */
  force?: boolean;
}

export interface ExportSummary {
  dir: string;
  collections: number;
  documents: number;
  files: number;
}

/** One document per line in relaxed EJSON: numbers as numbers, dates as {"$date":"ISO"}. */
export const docLine = (doc: Doc) => EJSON.stringify(doc as never, { relaxed: true }) + '\n';

/** Every stored file under <dataDir>/storage/files/<env>/…, in a stable order. */
export function listStoredFiles(dataDir: string): Array<{ env: string; cloudPath: string; full: string }> {
  const base = path.join(storageRoot(dataDir), 'files');
  const out: Array<{ env: string; cloudPath: string; full: string }> = [];
  const walk = (env: string, dir: string, prefix: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(env, full, `${prefix}${e.name}/`);
      else if (e.isFile()) out.push({ env, cloudPath: prefix + e.name, full });
    }
  };
  if (fs.existsSync(base)) for (const env of fs.readdirSync(base).sort()) walk(env, path.join(base, env), '');
  return out;
}

/** Throws when an export could not be written to `dir` (callers check early, e.g. before serving). */
export function checkExportTarget(dir: string, force = false): void {
  if (!fs.existsSync(dir)) return;
  const entries = fs.readdirSync(dir);
  if (entries.length && !entries.includes('manifest.json') && !force) {
    throw new Error(`export: ${dir} is not empty and holds no earlier export (use force to replace it)`);
  }
}

export async function exportStore(db: Database, dataDir: string, dir: string, opts: ExportOptions = {}): Promise<ExportSummary> {
  const target = path.resolve(dir);
  checkExportTarget(target, !!opts.force);
  // One synchronous step: the documents as they are now.
  const names = db.collectionNames().sort();
  const docs = new Map(names.map((n) => [n, clone([...db.get(n).docs.values()])]));
  const files = listStoredFiles(dataDir);

  const tmp = `${target}.tmp-${crypto.randomBytes(4).toString('hex')}`;
  fs.mkdirSync(collectionsDir(tmp), { recursive: true });
  try {
    const manifest: DumpManifest = {
      format: DUMP_FORMAT,
      exportedAt: (opts.at ?? new Date()).toISOString(),
      collections: {},
      files: [],
      ...(opts.relative ? { relative: opts.relative } : {}),
    };
    let documents = 0;
    for (const name of names) {
      const list = docs.get(name) ?? [];
      fs.writeFileSync(collectionFile(tmp, name), list.map(docLine).join(''));
      manifest.collections[name] = { count: list.length };
      documents += list.length;
    }
    for (const f of files) {
      const bytes = fs.readFileSync(f.full);
      const to = storageFile(tmp, f.env, f.cloudPath);
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.writeFileSync(to, bytes);
      const entry: DumpFile = { env: f.env, cloudPath: f.cloudPath, bytes: bytes.length, sha256: sha256(bytes) };
      manifest.files.push(entry);
    }
    fs.writeFileSync(manifestPath(tmp), JSON.stringify(manifest, null, 2) + '\n');
    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(tmp, target);
    return { dir: target, collections: names.length, documents, files: files.length };
  } catch (err) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

export const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');
