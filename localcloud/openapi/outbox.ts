// The durable outbox of subscribe messages: JSON lines in <dataDir>/outbox.jsonl.
// An append is acknowledged only after its line is fsync'ed (and, for a new file, its directory).
import fs, { type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { fsyncDir } from '../fsync';

export const OUTBOX_FILE = 'outbox.jsonl';

/** One message that `subscribeMessage.send` accepted. */
export interface OutboxEntry {
  /** WeChat answers `msgid`; this is the same value. */
  msgid: number;
  /** ISO time the local cloud accepted it. */
  at: string;
  env: string;
  touser: string;
  templateId: string;
  page?: string;
  data: Record<string, { value: string }>;
  miniprogramState: 'developer' | 'trial' | 'formal';
  lang: string;
  /** The cloud function that sent it (undefined for the admin token). */
  fromFunction?: string;
  requestId: string;
}

const chains = new Map<string, Promise<void>>();

async function exists(file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
}

/** True when the file ends in the middle of a line (a crash during an earlier append). */
async function endsTorn(handle: FileHandle): Promise<boolean> {
  const { size } = await handle.stat();
  if (size === 0) return false;
  const last = Buffer.alloc(1);
  await handle.read(last, 0, 1, size - 1);
  return last[0] !== 0x0a;
}

async function appendLine(file: string, line: string): Promise<void> {
  const isNew = !(await exists(file));
  if (isNew) await fs.mkdir(path.dirname(file), { recursive: true });
  const handle = await fs.open(file, isNew ? 'a' : 'a+');
  try {
    await handle.write((await endsTorn(handle)) ? `\n${line}` : line);
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (isNew) await fsyncDir(path.dirname(file));
}

/** Appends one entry durably; appends to the same folder are serialised so lines never interleave. */
export function appendOutbox(dataDir: string, entry: OutboxEntry): Promise<void> {
  const file = path.join(dataDir, OUTBOX_FILE);
  const prev = chains.get(file) ?? Promise.resolve();
  const next = prev.catch(() => undefined).then(() => appendLine(file, `${JSON.stringify(entry)}\n`));
  chains.set(file, next);
  void next
    .finally(() => {
      if (chains.get(file) === next) chains.delete(file);
    })
    .catch(() => undefined);
  return next;
}

/** All accepted messages, oldest first. Torn lines (a crash mid-append, never acknowledged) are skipped. */
export async function readOutbox(dataDir: string): Promise<OutboxEntry[]> {
  let text: string;
  try {
    text = await fs.readFile(path.join(dataDir, OUTBOX_FILE), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const entries: OutboxEntry[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    try {
      entries.push(JSON.parse(line) as OutboxEntry);
    } catch {
      // an unfinished append: never acknowledged, so dropping it loses nothing
    }
  }
  return entries;
}
