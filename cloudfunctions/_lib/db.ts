import type { DB } from 'wx-server-sdk';

/**
 * `doc(id).get()` typed: the document, or null when it does not exist. The database must be
 * created with `cloud.database({ throwOnNotFound: false })` (see `databaseOf`).
 */
export async function getDoc<T extends object>(db: DB.Database, collection: string, id: string): Promise<T | null> {
  const res = (await db.collection(collection).doc(id).get()) as { data?: T | null } | undefined;
  return res?.data ?? null;
}

/** Options for `cloud.database()`: the SDK reads `throwOnNotFound` but does not declare it. */
export const DATABASE_OPTIONS = { throwOnNotFound: false } as DB.IDatabaseConfig;
