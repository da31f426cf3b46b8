// The word list behind the local security.msgSecCheck (format documented in localcloud/blocklist.txt).
import fs from 'node:fs/promises';
import path from 'node:path';

export type Suggest = 'pass' | 'review' | 'risky';

export interface BlockWord {
  word: string;
  label: number;
  suggest: Exclude<Suggest, 'pass'>;
}

/** The list shipped with the repo. */
export const DEFAULT_BLOCKLIST = path.join(__dirname, '..', 'blocklist.txt');
const DEFAULT_LABEL = 21000;

export function normalizeText(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

export function parseBlocklist(text: string, source: string): BlockWord[] {
  const words: BlockWord[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    const [word = '', label, suggest, ...rest] = line.split(/\s+/);
    const labelNum = label === undefined ? DEFAULT_LABEL : Number(label);
    if (rest.length > 0 || !Number.isInteger(labelNum) || (suggest !== undefined && suggest !== 'risky' && suggest !== 'review')) {
      throw new Error(`${source}:${i + 1}: expected "<word> [label] [risky|review]", got ${JSON.stringify(raw)}`);
    }
    words.push({ word: normalizeText(word), label: labelNum, suggest: suggest ?? 'risky' });
  });
  return words;
}

const cache = new Map<string, { mtimeMs: number; words: BlockWord[] }>();

/** Reads a list file, cached until its mtime changes; a missing file is an empty list. */
async function readList(file: string): Promise<BlockWord[]> {
  let mtimeMs: number;
  try {
    mtimeMs = (await fs.stat(file)).mtimeMs;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === mtimeMs) return hit.words;
  const words = parseBlocklist(await fs.readFile(file, 'utf8'), file);
  cache.set(file, { mtimeMs, words });
  return words;
}

/** The repo list plus `<dataDir>/blocklist.txt`. */
export async function loadBlocklist(dataDir: string): Promise<BlockWord[]> {
  const [base, extra] = await Promise.all([readList(DEFAULT_BLOCKLIST), readList(path.join(dataDir, 'blocklist.txt'))]);
  return [...base, ...extra];
}

/** Entries whose word occurs in the text. */
export function findBlocked(text: string, words: BlockWord[]): BlockWord[] {
  const t = normalizeText(text);
  return words.filter((w) => w.word !== '' && t.includes(w.word));
}
