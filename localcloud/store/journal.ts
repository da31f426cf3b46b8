// Durable storage: an append-only journal of committed changes plus a periodic snapshot.
// A write is acknowledged only after its journal line is fdatasync'ed, so it survives `kill -9`.
// Concurrent writers are group-committed: one write + one fdatasync for everything queued meanwhile.
import fs from 'node:fs';
import path from 'node:path';
import { parseEJSON, toEJSON, type Doc } from './ejson';

/** One committed change set; applied atomically on replay (a transaction is one record). */
export interface JournalRecord {
  puts?: Array<{ c: string; doc: Doc }>;
  dels?: Array<{ c: string; id: string }>;
  /** An operator update as the paths it changed: their new values and the paths it removed. */
  sets?: Array<{ c: string; id: string; set: Record<string, unknown>; unset?: string[] }>;
  collections?: string[];
}

export interface Snapshot {
  collections: Record<string, Doc[]>;
}

/**
 * How the journal makes an appended batch durable: `fs.fdatasync`'s signature. A seam for tests, which
 * hold it to check that no write is acknowledged before its sync completes
 * (tests/localcloud/journal-sync.test.ts); `kill -9` cannot show that, as the kernel keeps the page cache.
 */
export type Fdatasync = (fd: number, done: (err: NodeJS.ErrnoException | null) => void) => void;

export interface JournalOptions {
  /** Default: `fs.fdatasync`. */
  fdatasync?: Fdatasync;
}

const SNAPSHOT = 'snapshot.ejson';
const JOURNAL = 'journal.ejsonl';

export class Journal {
  private fd = -1;
  private queue: Array<{ line: string; done: (err?: Error) => void }> = [];
  private flushing = false;
  bytes = 0;
  private readonly fdatasync: Fdatasync;

  constructor(
    private readonly dir: string,
    options: JournalOptions = {},
  ) {
    this.fdatasync = options.fdatasync ?? fs.fdatasync;
  }

  /** Reads the snapshot and replays the journal. A torn last line (crash mid-write) is dropped. */
  open(apply: (snapshot: Snapshot | undefined, records: JournalRecord[]) => void): void {
    fs.mkdirSync(this.dir, { recursive: true });
    const snapPath = path.join(this.dir, SNAPSHOT);
    const snapshot = fs.existsSync(snapPath) ? parseEJSON<Snapshot>(fs.readFileSync(snapPath, 'utf8')) : undefined;
    const journalPath = path.join(this.dir, JOURNAL);
    const records: JournalRecord[] = [];
    let goodBytes = 0;
    if (fs.existsSync(journalPath)) {
      const text = fs.readFileSync(journalPath, 'utf8');
      let start = 0;
      for (;;) {
        const end = text.indexOf('\n', start);
        if (end < 0) break; // no newline: the line was never fully written, so never acknowledged
        try {
          records.push(parseEJSON<JournalRecord>(text.slice(start, end)));
        } catch {
          break;
        }
        start = end + 1;
      }
      goodBytes = Buffer.byteLength(text.slice(0, start));
      if (goodBytes < Buffer.byteLength(text)) fs.truncateSync(journalPath, goodBytes);
    }
    apply(snapshot, records);
    this.fd = fs.openSync(journalPath, 'a');
    this.bytes = goodBytes;
  }

  append(record: JournalRecord): Promise<void> {
    const line = toEJSON(record) + '\n';
    return new Promise((resolve, reject) => {
      this.queue.push({ line, done: (err) => (err ? reject(err) : resolve()) });
      if (!this.flushing) setImmediate(() => this.flush());
      this.flushing = true;
    });
  }

  private flush(): void {
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) {
      this.flushing = false;
      return;
    }
    const data = Buffer.from(batch.map((b) => b.line).join(''));
    try {
      for (let off = 0; off < data.length;) off += fs.writeSync(this.fd, data, off);
    } catch (err) {
      return this.finish(batch, err as Error);
    }
    this.fdatasync(this.fd, (syncErr) => {
      if (!syncErr) this.bytes += data.length;
      this.finish(batch, syncErr ?? undefined);
    });
  }

  private finish(batch: typeof this.queue, err?: Error): void {
    for (const b of batch) b.done(err);
    this.flush();
  }

  /** Writes a full snapshot (temp file, fsync, rename) and empties the journal. Call only when no append is pending. */
  compact(snapshot: Snapshot): void {
    const tmp = path.join(this.dir, SNAPSHOT + '.tmp');
    const fd = fs.openSync(tmp, 'w');
    fs.writeSync(fd, toEJSON(snapshot));
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(tmp, path.join(this.dir, SNAPSHOT));
    const dirFd = fs.openSync(this.dir, 'r');
    fs.fsyncSync(dirFd);
    fs.closeSync(dirFd);
    fs.ftruncateSync(this.fd, 0);
    fs.fsyncSync(this.fd);
    this.bytes = 0;
  }

  get idle(): boolean {
    return !this.flushing && this.queue.length === 0;
  }

  close(): void {
    if (this.fd >= 0) fs.closeSync(this.fd);
    this.fd = -1;
  }
}
