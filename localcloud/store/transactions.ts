// Optimistic transactions: reads and writes go to a private overlay; commit checks that no document
// it touched changed since first touched, else answers DATABASE_TRANSACTION_CONFLICT (the SDK's
// runTransaction then retries the whole callback). Commit is one journal record: all or nothing.
import { matcher } from './matcher';
import { CloudError } from '../types';
import type { Database, Filter } from './database';
import { newId } from './database';
import { clone, type Doc } from './ejson';
import { applyUpdate } from './updates';

const TX_IDLE_MS = 30_000;

interface Tx {
  id: string;
  touchedAt: number;
  /** The store's write sequence when the transaction started. */
  startSeq: number;
  /**
   * Document version when the transaction first touched it, by `collection\0id`: everything it read
   * (also as missing) as well as everything it wrote, so a commit after a change to a document it only
   * read conflicts too (no write skew; tests/localcloud/transaction-reads.test.ts).
   */
  versions: Map<string, number>;
  /** Pending writes: a document, or null for a removal. */
  writes: Map<string, { c: string; doc: Doc | null }>;
}

const keyOf = (c: string, id: string) => `${c}\u0000${id}`;

export class Transactions {
  private readonly open = new Map<string, Tx>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly db: Database) {
    this.sweeper = setInterval(() => this.sweep(), 5_000);
    this.sweeper.unref();
  }

  start(): string {
    const id = `tx-${newId()}`;
    this.open.set(id, { id, touchedAt: Date.now(), startSeq: this.db.seq, versions: new Map(), writes: new Map() });
    return id;
  }

  private tx(id: string): Tx {
    const tx = this.open.get(id);
    if (!tx) throw new CloudError('DATABASE_TRANSACTION_FAIL', `transaction ${id} is not open (committed, aborted or expired)`);
    tx.touchedAt = Date.now();
    return tx;
  }

  /** The document as this transaction sees it. */
  private read(tx: Tx, c: string, id: string): Doc | undefined {
    const coll = this.db.get(c);
    const key = keyOf(c, id);
    if (!tx.versions.has(key)) tx.versions.set(key, coll.version(id));
    const pending = tx.writes.get(key);
    if (pending) return pending.doc ?? undefined;
    return coll.docs.get(id);
  }

  getDoc(txId: string, c: string, id: string): Doc | undefined {
    const d = this.read(this.tx(txId), c, id);
    return d && clone(d);
  }

  /** where().get() inside a transaction: committed matches merged with this transaction's writes. */
  find(txId: string, c: string, filter: Filter, limit: number): Doc[] {
    const tx = this.tx(txId);
    const q = matcher(filter);
    const ids = new Set(this.db.matching(c, filter, true).docs.map((d) => d._id));
    for (const w of tx.writes.values()) if (w.c === c && w.doc) ids.add(w.doc._id);
    const out: Doc[] = [];
    for (const id of ids) {
      const d = this.read(tx, c, id);
      if (d && q.test(d)) out.push(clone(d));
      if (out.length >= limit) break;
    }
    return out;
  }

  insert(txId: string, c: string, data: Record<string, unknown>): string {
    const tx = this.tx(txId);
    const id = typeof data._id === 'string' ? data._id : newId();
    if (this.read(tx, c, id)) {
      // Committed by someone else after this transaction began: in its snapshot the id was free,
      // so this is a write conflict (the SDK retries), not a duplicate.
      if (!tx.writes.has(keyOf(c, id)) && this.db.get(c).version(id) > tx.startSeq) {
        this.open.delete(txId);
        throw new CloudError('DATABASE_TRANSACTION_CONFLICT', 'database transaction conflict');
      }
      throw new CloudError('DATABASE_REQUEST_FAILED', `E11000 duplicate key error collection: ${c} index: _id_`);
    }
    tx.writes.set(keyOf(c, id), { c, doc: { ...clone(data), _id: id } as Doc });
    return id;
  }

  update(
    txId: string,
    c: string,
    id: string,
    data: Record<string, unknown>,
    opts: { replace: boolean; upsert: boolean },
  ): { updated: number; created: boolean } {
    const tx = this.tx(txId);
    const current = this.read(tx, c, id);
    if (!current && !opts.upsert) return { updated: 0, created: false };
    const { doc, changed } = applyUpdate(current ?? { _id: id }, data, opts.replace);
    tx.writes.set(keyOf(c, id), { c, doc });
    return { updated: current && changed ? 1 : 0, created: !current };
  }

  remove(txId: string, c: string, id: string): number {
    const tx = this.tx(txId);
    if (!this.read(tx, c, id)) return 0;
    tx.writes.set(keyOf(c, id), { c, doc: null });
    return 1;
  }

  async commit(txId: string): Promise<void> {
    const tx = this.tx(txId);
    this.open.delete(txId);
    for (const [key, version] of tx.versions) {
      const [c, id] = key.split('\u0000');
      if (this.db.get(c).version(id) !== version) {
        throw new CloudError('DATABASE_TRANSACTION_CONFLICT', 'database transaction conflict');
      }
    }
    const puts: Array<{ c: string; doc: Doc }> = [];
    const dels: Array<{ c: string; id: string }> = [];
    for (const [key, w] of tx.writes) {
      if (w.doc) {
        this.db.get(w.c).checkUnique(w.doc);
        puts.push({ c: w.c, doc: w.doc });
      } else dels.push({ c: w.c, id: key.split('\u0000')[1] });
    }
    if (puts.length || dels.length) await this.db.commit({ puts, dels });
  }

  abort(txId: string): void {
    this.tx(txId);
    this.open.delete(txId);
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, tx] of this.open) if (now - tx.touchedAt > TX_IDLE_MS) this.open.delete(id);
  }

  close(): void {
    clearInterval(this.sweeper);
  }
}
