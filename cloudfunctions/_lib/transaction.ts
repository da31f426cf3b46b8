// The SDK's transaction, typed for what our code uses (its declarations say little): documents read,
// set and updated by id, documents added. The local cloud commits optimistically and answers a
// conflict with DATABASE_TRANSACTION_CONFLICT, so `runTransaction` retries the whole callback.
import type { DB } from 'wx-server-sdk';
import type { CollectionName } from './collections/names';

export type TxDoc = {
  get(): Promise<{ data: unknown }>;
  update(o: { data: unknown }): Promise<unknown>;
  set(o: { data: unknown }): Promise<unknown>;
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
