// The SDK's transaction, typed for what our code uses (its declarations say little): documents read,
// set and updated by id, documents added. The local cloud commits optimistically and answers a
// conflict with DATABASE_TRANSACTION_CONFLICT, so `runTransaction` retries the whole callback.
import type { DB } from 'wx-server-sdk';
import type { CollectionName } from './collections/names';

export type TxDoc = {
  get(): Promise<{ data: unknown }>;
  update(o: { data: unknown }): Promise<unknown>;
  set(o: { data: unknown }): Promise<unknown>;
  remove(): Promise<unknown>;
};
export type Tx = {
  collection(name: CollectionName): { doc(id: string): TxDoc; add(o: { data: unknown }): Promise<unknown> };
  rollback(reason: unknown): Promise<void>;
};

const TX_TRIES = 15;

/** Runs `work` in one transaction; `t.rollback(value)` ends it, and `{ rolledBack: value }` comes back. */
export async function inTransaction<T, F>(db: DB.Database, work: (t: Tx) => Promise<T>): Promise<{ done: T } | { rolledBack: F }> {
  let reason: F | undefined;
  try {
    const done = await (db as unknown as { runTransaction<U>(cb: (t: Tx) => Promise<U>, times?: number): Promise<U> }).runTransaction(
      async (t) => {
        reason = undefined;
        const out = await work({
          collection: (name) => t.collection(name),
          rollback: async (r) => {
            reason = r as F;
            await t.rollback(r);
          },
        });
        return out;
      },
      TX_TRIES,
    );
    // The SDK either rejects with the rollback's reason or resolves: either way it was rolled back.
    return reason !== undefined ? { rolledBack: reason } : { done };
  } catch (err) {
    if (reason !== undefined) return { rolledBack: reason };
    throw err;
  }
}

/** A transactional update must change exactly one document. */
export function one(res: unknown): void {
  if ((res as { stats?: { updated?: number } }).stats?.updated !== 1) throw new Error('transaction step changed nothing');
}

const STALE_TRIES = 5;

/** A refusal or the work's value; `refuse(code)` rolls the transaction back with that code. */
export type Outcome<T, C> = { ok: true; value: T } | { ok: false; code: C };

/**
 * One transaction; a refusal rolls it back. The local cloud's reads inside a transaction may see a
 * commit made after it began: an update then changes nothing (`one` throws), or adding a document
 * meets the one just committed (the SDK reports it as a system error, not as a conflict it would
 * retry). The commit could not have succeeded anyway, so the whole transaction runs again on fresh
 * reads, a few times at most; an error that persists is thrown.
 */
export async function rerunTransaction<T, C>(
  db: DB.Database,
  work: (t: Tx, refuse: (c: C) => Promise<never>) => Promise<T>,
): Promise<Outcome<T, C>> {
  for (let tries = 1; ; tries++) {
    try {
      const r = await inTransaction<T, C>(db, (t) =>
        work(t, async (c) => {
          await t.rollback(c);
          // inTransaction reports the rollback's reason; what the callback returns then is not read.
          return undefined as never;
        }),
      );
      return 'done' in r ? { ok: true, value: r.done } : { ok: false, code: r.rolledBack };
    } catch (err) {
      if (tries >= STALE_TRIES) throw err;
    }
  }
}
