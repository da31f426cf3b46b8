// Durable storage: an append-only journal of committed changes plus a periodic snapshot.
// A write is acknowledged only after its journal line is fdatasync'ed, so it survives `kill -9`.
// Concurrent writers are group-committed: one write + one fdatasync for everything queued meanwhile.
import fs from 'node:fs';
import path from 'node:path';
import { GroupCommit } from '../group-commit';
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
  private readonly commits = new GroupCommit((text) => this.writeBatch(text));
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
    return this.commits.append(toEJSON(record) + '\n');
  }

  /** One batch of lines: one write, then one fdatasync; the bytes count once the sync succeeded. */
  private async writeBatch(text: string): Promise<void> {
    const data = Buffer.from(text);
    for (let off = 0; off < data.length;) off += fs.writeSync(this.fd, data, off);
    await new Promise<void>((resolve, reject) => this.fdatasync(this.fd, (err) => (err ? reject(err) : resolve())));
    this.bytes += data.length;
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
    return this.commits.idle;
  }

  close(): void {
    if (this.fd >= 0) fs.closeSync(this.fd);
    this.fd = -1;
  }
}
