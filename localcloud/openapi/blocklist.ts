// The word list behind the local security.msgSecCheck (format documented in localcloud/blocklist.txt).
import path from 'node:path';
import { readCached } from '../file-cache';

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

/** The repo list plus `<dataDir>/blocklist.txt`. */
export function loadBlocklist(dataDir: string): BlockWord[] {
  const read = (file: string) => readCached(file, (text) => parseBlocklist(text, file), []);
  return [...read(DEFAULT_BLOCKLIST), ...read(path.join(dataDir, 'blocklist.txt'))];
}

/** Entries whose word occurs in the text. */
export function findBlocked(text: string, words: BlockWord[]): BlockWord[] {
  const t = normalizeText(text);
  return words.filter((w) => w.word !== '' && t.includes(w.word));
}
