// Outbox (subscribe messages sent), storage (files with a short-lived download URL for previews) and
// the msgSecCheck blocklist (the repo's list read-only; words of this data folder added and removed).
import fs from 'node:fs/promises';
import path from 'node:path';
import { HttpError } from '../../gateway/http-util';
import { DEFAULT_BLOCKLIST, normalizeText, parseBlocklist, type BlockWord } from '../../openapi/blocklist';
import { readOutbox } from '../../openapi/outbox';
import { downloadUrl, makeFileId } from '../../storage';
import { contentTypeOf } from '../../storage/mime';
import { isValidEnv, storageRoot } from '../../storage/paths';
import type { UiDeps } from '../deps';

export async function listOutbox({ cloud }: UiDeps, limit = 200) {
  return (await readOutbox(cloud.dataDir)).reverse().slice(0, limit);
}

export interface StoredFile {
  fileID: string;
  cloudPath: string;
  size: number;
  modified: string;
  contentType: string;
  url: string;
}

const MAX_FILES = 500;
const PREVIEW_SECONDS = 600;

async function walk(dir: string, rel: string, out: Array<{ rel: string; size: number; mtimeMs: number }>): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const r = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) await walk(path.join(dir, e.name), r, out);
    else if (e.isFile()) {
      const st = await fs.stat(path.join(dir, e.name));
      out.push({ rel: r, size: st.size, mtimeMs: st.mtimeMs });
    }
  }
}

/** Stored files, newest first (at most 500). */
export async function listStorage({ cloud }: UiDeps): Promise<StoredFile[]> {
  const root = path.join(storageRoot(cloud.dataDir), 'files');
  const envs = (await fs.readdir(root).catch(() => [] as string[])).filter(isValidEnv);
  const files: StoredFile[] = [];
  for (const env of envs) {
    const found: Array<{ rel: string; size: number; mtimeMs: number }> = [];
    await walk(path.join(root, env), '', found);
    for (const f of found) {
      files.push({
        fileID: makeFileId(env, f.rel),
        cloudPath: f.rel,
        size: f.size,
        modified: new Date(f.mtimeMs).toISOString(),
        contentType: contentTypeOf(f.rel),
        url: downloadUrl(cloud.secret, cloud.baseUrl, env, f.rel, PREVIEW_SECONDS),
      });
    }
  }
  return files.sort((a, b) => b.modified.localeCompare(a.modified)).slice(0, MAX_FILES);
}

const localList = (dataDir: string): string => path.join(dataDir, 'blocklist.txt');

async function readWords(file: string): Promise<BlockWord[]> {
  const text = await fs.readFile(file, 'utf8').catch(() => '');
  return parseBlocklist(text, file);
}

export async function listBlocklist({ cloud }: UiDeps) {
  return { repo: await readWords(DEFAULT_BLOCKLIST), local: await readWords(localList(cloud.dataDir)) };
}

/** Rewrites this data folder's list line by line, keeping comments and every other line as written. */
async function editLocal(dataDir: string, edit: (lines: string[]) => string[]): Promise<void> {
  const file = localList(dataDir);
  const text = await fs.readFile(file, 'utf8').catch(() => '');
  const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  await fs.writeFile(
    `${file}.tmp`,
    edit(lines)
      .map((l) => `${l}\n`)
      .join(''),
  );
  await fs.rename(`${file}.tmp`, file);
}

const wordOfLine = (line: string): string => normalizeText(line.replace(/#.*$/, '').trim().split(/\s+/)[0] ?? '');

/** Adds a word to this data folder's list (localcloud/blocklist.txt, the repo's, is edited in the repo). */
export async function addBlockWord(deps: UiDeps, body: Record<string, unknown>) {
  const raw = body.word;
  const suggest = body.suggest ?? 'risky';
  if (typeof raw !== 'string' || /[\s#]/u.test(raw) || normalizeText(raw) === '' || raw.length > 50) {
    throw new HttpError(400, 'UI.BAD_PARAM', 'a word is 1-50 characters without spaces or #');
  }
  if (suggest !== 'risky' && suggest !== 'review') throw new HttpError(400, 'UI.BAD_PARAM', 'suggest is risky or review');
  const word = normalizeText(raw);
  await editLocal(deps.cloud.dataDir, (lines) =>
    lines.some((l) => wordOfLine(l) === word) ? lines : [...lines, `${word} 21000 ${suggest}`],
  );
  return listBlocklist(deps);
}

export async function removeBlockWord(deps: UiDeps, body: Record<string, unknown>) {
  if (typeof body.word !== 'string') throw new HttpError(400, 'UI.BAD_PARAM', 'word is required');
  const word = normalizeText(body.word);
  let removed = 0;
  await editLocal(deps.cloud.dataDir, (lines) =>
    lines.filter((l) => {
      const hit = wordOfLine(l) === word;
      if (hit) removed++;
      return !hit;
    }),
  );
  if (removed === 0) throw new HttpError(404, 'UI.NO_WORD', 'not in this data folder’s list');
  return listBlocklist(deps);
}
