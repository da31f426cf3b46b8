// Import: checks a folder written by exportStore (dump-format.ts) completely, and only then loads it into
// a data folder whose store is empty (or, with force, replaces it). Nothing is written when any check fails.
// The documents become the database's snapshot (one durable write); the files are written as uploads are.
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { writeFileDurably } from '../storage/files';
import { isValidEnv, storageRoot, validateCloudPath } from '../storage/paths';
import { Collection } from './collection';
import { dateShifter, DUMP_FORMAT, collectionFile, collectionsDir, manifestPath, storageFile, type DumpManifest } from './dump-format';
import { sha256 } from './dump';
import { parseEJSON, type Doc } from './ejson';
import { Journal } from './journal';
import type { Manifest } from './manifest';

export interface ImportOptions {
  /** The index manifest the documents must satisfy (collections known, unique indexes held). */
  manifest: Manifest;
  /** Replace a store that is not empty. */
  force?: boolean;
  /** Where relative dates move to (default: now). */
  now?: Date;
  onProgress?: (line: string) => void;
}

export interface ImportSummary {
  collections: number;
  documents: number;
  files: number;
}

/** Every problem of a folder that cannot be imported, one per line in `message`. */
export class ImportRefused extends Error {
  constructor(readonly problems: string[]) {
    super(`import refused, nothing was written:\n  ${problems.join('\n  ')}`);
  }
}

const MAX_PROBLEMS = 20;
const PROGRESS_EVERY = 10_000;

/** True when the data folder holds no documents and no files (a fresh or reset local cloud). */
export function storeIsEmpty(dataDir: string): boolean {
  const db = path.join(dataDir, 'db');
  const size = (f: string) => (fs.existsSync(f) ? fs.statSync(f).size : 0);
  if (size(path.join(db, 'journal.ejsonl')) > 0) return false;
  const snap = path.join(db, 'snapshot.ejson');
  if (size(snap) > 0) {
    const { collections } = parseEJSON<{ collections: Record<string, unknown[]> }>(fs.readFileSync(snap, 'utf8'));
    if (Object.values(collections).some((docs) => docs.length > 0)) return false;
  }
  const files = path.join(storageRoot(dataDir), 'files');
  return !fs.existsSync(files) || fs.readdirSync(files).length === 0;
}

function readManifest(dir: string): DumpManifest {
  const file = manifestPath(dir);
  if (!fs.existsSync(file)) throw new ImportRefused([`${file} is missing: not an export folder`]);
  let m: DumpManifest;
  try {
    m = JSON.parse(fs.readFileSync(file, 'utf8')) as DumpManifest;
  } catch (err) {
    throw new ImportRefused([`manifest.json does not parse: ${(err as Error).message}`]);
  }
  if (m.format !== DUMP_FORMAT) throw new ImportRefused([`manifest.json: format ${String(m.format)} is not ${DUMP_FORMAT}`]);
  return m;
}

/** Parses and checks every collection; answers the documents, or the problems found. */
function readCollections(dir: string, dump: DumpManifest, opts: ImportOptions, problems: string[]): Map<string, Doc[]> {
  const out = new Map<string, Doc[]>();
  const onDisk = fs.existsSync(collectionsDir(dir)) ? fs.readdirSync(collectionsDir(dir)).filter((f) => f.endsWith('.jsonl')) : [];
  const names = [...new Set([...Object.keys(dump.collections ?? {}), ...onDisk.map((f) => f.slice(0, -'.jsonl'.length))])].sort();
  const shifter = dateShifter(dump.relative, opts.now ?? new Date());
  let read = 0;
  for (const name of names) {
    if (problems.length >= MAX_PROBLEMS) break;
    const spec = opts.manifest.collections[name];
    if (!spec) problems.push(`collections/${name}.jsonl: unknown collection (not in database/indexes.json)`);
    const file = collectionFile(dir, name);
    if (!fs.existsSync(file)) {
      problems.push(`collections/${name}.jsonl is missing (listed in manifest.json)`);
      continue;
    }
    const check = new Collection(name, spec?.indexes ?? []);
    const docs: Doc[] = [];
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    for (let i = 0; i < lines.length && problems.length < MAX_PROBLEMS; i++) {
      const where = `collections/${name}.jsonl:${i + 1}`;
      if (lines[i]!.trim() === '') continue;
      let doc: Doc;
      try {
        doc = parseEJSON<Doc>(lines[i]!);
      } catch (err) {
        problems.push(`${where}: not a JSON document (${(err as Error).message})`);
        continue;
      }
      if (!doc || typeof doc !== 'object' || Array.isArray(doc) || typeof doc._id !== 'string' || doc._id === '') {
        problems.push(`${where}: a document needs a string _id`);
        continue;
      }
      if (check.docs.has(doc._id)) {
        problems.push(`${where}: duplicate _id ${doc._id}`);
        continue;
      }
      try {
        check.checkUnique(doc);
      } catch (err) {
        problems.push(`${where}: ${(err as Error).message}`);
        continue;
      }
      check.put(doc, i + 1);
      docs.push(shifter ? shifter(name, doc) : doc);
      if (++read % PROGRESS_EVERY === 0) opts.onProgress?.(`checked ${read} documents…`);
    }
    const expected = dump.collections?.[name]?.count;
    if (expected !== undefined && expected !== docs.length)
      problems.push(`collections/${name}.jsonl: ${docs.length} documents, manifest says ${expected}`);
    out.set(name, docs);
  }
  return out;
}

function checkFiles(dir: string, dump: DumpManifest, problems: string[]): void {
  for (const f of dump.files ?? []) {
    if (problems.length >= MAX_PROBLEMS) return;
    const where = `storage/${f.env}/${f.cloudPath}`;
    try {
      if (!isValidEnv(f.env)) throw new Error(`invalid env ${JSON.stringify(f.env)}`);
      validateCloudPath(f.cloudPath);
    } catch (err) {
      problems.push(`${where}: ${(err as Error).message}`);
      continue;
    }
    const file = storageFile(dir, f.env, f.cloudPath);
    if (!fs.existsSync(file)) problems.push(`${where} is missing (listed in manifest.json)`);
    else if (sha256(fs.readFileSync(file)) !== f.sha256) problems.push(`${where}: content differs from manifest.json (sha256)`);
  }
}

export async function importStore(dataDir: string, dir: string, opts: ImportOptions): Promise<ImportSummary> {
  const source = path.resolve(dir);
  const dump = readManifest(source);
  const problems: string[] = [];
  const collections = readCollections(source, dump, opts, problems);
  checkFiles(source, dump, problems);
  if (!storeIsEmpty(dataDir) && !opts.force)
    problems.push(`the data folder ${dataDir} is not empty (reset it, or import with --force to replace it)`);
  if (problems.length) throw new ImportRefused(problems);

  const dbDir = path.join(dataDir, 'db');
  if (opts.force) {
    fs.rmSync(dbDir, { recursive: true, force: true });
    fs.rmSync(path.join(storageRoot(dataDir), 'files'), { recursive: true, force: true });
  }
  const journal = new Journal(dbDir);
  journal.open(() => undefined);
  journal.compact({ collections: Object.fromEntries(collections) });
  journal.close();
  let documents = 0;
  for (const docs of collections.values()) documents += docs.length;
  opts.onProgress?.(`loaded ${documents} documents in ${collections.size} collections`);
  let n = 0;
  for (const f of dump.files ?? []) {
    await writeFileDurably(dataDir, f.env, f.cloudPath, Readable.from([fs.readFileSync(storageFile(source, f.env, f.cloudPath))]));
    if (++n % 100 === 0) opts.onProgress?.(`copied ${n} of ${dump.files.length} files…`);
  }
  return { collections: collections.size, documents, files: n };
}
