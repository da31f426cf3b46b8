// The durable outbox of subscribe messages: JSON lines in <dataDir>/outbox.jsonl.
// An append is acknowledged only after its line is fsync'ed (and, for a new file, its directory).
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { fsyncDir } from '../fsync';
import { GroupCommit } from '../group-commit';

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

/**
 * One outbox file's appender, group-committed as the database journal is (GroupCommit: one write and one
 * fdatasync per batch). The file stays open between batches and is closed after a second without
 * appends. Before each batch the file's size is
 * compared with what this appender wrote: when another process (or a crash before it) left a torn line,
 * the batch starts on a new line, so every acknowledged line parses.
 */
class OutboxAppender {
  private fd: number | undefined;
  private size = -1;
  private idleTimer: NodeJS.Timeout | undefined;
  private readonly commits = new GroupCommit(
    (text) => this.write(text),
    () => (this.idleTimer = setTimeout(() => this.close(), 1000).unref()),
  );

  constructor(private readonly file: string) {}

  append(line: string): Promise<void> {
    clearTimeout(this.idleTimer);
    return this.commits.append(line);
  }

  /** One batch: a single write and a single fdatasync, on a new line if the file ends torn. */
  private async write(lines: string): Promise<void> {
    try {
      await this.writeOpen(lines);
    } catch (err) {
      this.close(); // the next batch opens the file again and looks at its end
      throw err;
    }
  }

  private async writeOpen(lines: string): Promise<void> {
    const fd = await this.open();
    let text = lines;
    const { size } = fs.fstatSync(fd);
    if (size !== this.size && size > 0) {
      const last = Buffer.alloc(1);
      fs.readSync(fd, last, 0, 1, size - 1);
      if (last[0] !== 0x0a) text = `\n${text}`;
    }
    const data = Buffer.from(text);
    for (let off = 0; off < data.length;) off += fs.writeSync(fd, data, off);
    await new Promise<void>((resolve, reject) => fs.fdatasync(fd, (e) => (e ? reject(e) : resolve())));
    this.size = size + data.length;
  }

  /** Opens the file for appending; a new file's directory entry is made durable first. */
  private async open(): Promise<number> {
    if (this.fd !== undefined) return this.fd;
    const isNew = !fs.existsSync(this.file);
    if (isNew) fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const fd = fs.openSync(this.file, 'a+');
    if (isNew) await fsyncDir(path.dirname(this.file));
    this.size = -1; // unknown: the first batch looks at the file's last byte
    return (this.fd = fd);
  }

  private close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
    if (this.commits.idle) appenders.delete(this.file);
  }
}

const appenders = new Map<string, OutboxAppender>();

/** Appends one entry durably; lines of concurrent appends never interleave. */
export function appendOutbox(dataDir: string, entry: OutboxEntry): Promise<void> {
  const file = path.join(dataDir, OUTBOX_FILE);
  let appender = appenders.get(file);
  if (!appender) appenders.set(file, (appender = new OutboxAppender(file)));
  return appender.append(`${JSON.stringify(entry)}\n`);
}

/** All accepted messages, oldest first. Torn lines (a crash mid-append, never acknowledged) are skipped. */
export async function readOutbox(dataDir: string): Promise<OutboxEntry[]> {
  let text: string;
  try {
    text = await fsp.readFile(path.join(dataDir, OUTBOX_FILE), 'utf8');
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
