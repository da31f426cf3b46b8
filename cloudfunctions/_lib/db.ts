import type { DB } from 'wx-server-sdk';
import type { CollectionName } from './collections/names';

/**
 * `doc(id).get()` typed: the document, or null when it does not exist. The database must be
 * created with `cloud.database({ throwOnNotFound: false })` (see `databaseOf`).
 */
export async function getDoc<T extends object>(db: DB.Database, collection: CollectionName, id: string): Promise<T | null> {
  const res = (await db.collection(collection).doc(id).get()) as { data?: T | null } | undefined;
  return res?.data ?? null;
}

/** Options for `cloud.database()`: the SDK reads `throwOnNotFound` but does not declare it. */
export const DATABASE_OPTIONS = { throwOnNotFound: false } as DB.IDatabaseConfig;

/** Every document of a query, 1000 a page (the server's cap); for bounded reference data only. */
export async function getAll<T>(query: DB.Query, max = 10_000): Promise<T[]> {
  const out: T[] = [];
  for (let skip = 0; skip < max; skip += 1000) {
    const { data } = (await query.skip(skip).limit(1000).get()) as unknown as { data: T[] };
    out.push(...data);
    if (data.length < 1000) break;
  }
  return out;
}

/** One page of `size` plus one more, to tell whether another page exists. */
export async function getPage<T>(query: DB.Query, page: number, size: number): Promise<{ items: T[]; page: number; hasMore: boolean }> {
  const { data } = (await query
    .skip(page * size)
    .limit(size + 1)
    .get()) as unknown as { data: T[] };
  return { items: data.slice(0, size), page, hasMore: data.length > size };
}
