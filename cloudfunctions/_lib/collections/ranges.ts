// Reading a collection over a time range in pages that survive between calls (an export's chunks):
// documents with `field` in [from, to) and the filter, in `field` order. The cursor is the last instant
// read and how many documents at that instant were already read, so the next page starts there
// (`field >= at`, skipping those), never re-reading the range from its start. The sort is on `field`
// alone, right after the filter's equality (or `in`) fields in a declared index, so the database walks
// the index in order and stops after skip + limit documents (a second sort key would make it sort the
// whole rest of the range); documents at one instant come in the index's own order, the same on every
// call while they do not change. Each collection's named readers (wishes.ts wishesFiled, …) pick the
// field and filter that such an index serves.
import type { DB } from 'wx-server-sdk';
import { collection, type CollectionName } from './names';

export interface RangeCursor {
  /** ISO instant of the last document read; absent before the first page. */
  at?: string;
  /** Documents at exactly `at` already read. */
  tie: number;
}

export interface RangeQuery {
  name: CollectionName;
  field: string;
  filter: Record<string, unknown>;
  from: Date;
  to: Date;
}

const whereOf = (db: DB.Database, q: RangeQuery, from: Date) => ({ ...q.filter, [q.field]: db.command.gte(from).and(db.command.lt(q.to)) });

/** How many documents the range holds (one count request). */
export async function countRange(db: DB.Database, q: RangeQuery): Promise<number> {
  const { total } = (await collection(db, q.name)
    .where(whereOf(db, q, q.from))
    .count()) as { total: number };
  return total;
}

/** The next `size` documents after `cursor`, and the cursor after them. */
export async function readRange<T extends { _id: string }>(
  db: DB.Database,
  q: RangeQuery,
  cursor: RangeCursor,
  size: number,
): Promise<{ docs: T[]; cursor: RangeCursor }> {
  const from = cursor.at ? new Date(cursor.at) : q.from;
  const { data } = (await collection(db, q.name)
    .where(whereOf(db, q, from))
    .orderBy(q.field, 'asc')
    .skip(cursor.at ? cursor.tie : 0)
    .limit(size)
    .get()) as unknown as { data: T[] };
  const last = data[data.length - 1];
  if (!last) return { docs: data, cursor };
  const lastAt = new Date((last as unknown as Record<string, Date | string>)[q.field]!).toISOString();
  const atLast = data.filter((d) => new Date((d as unknown as Record<string, Date | string>)[q.field]!).toISOString() === lastAt).length;
  return { docs: data, cursor: { at: lastAt, tie: lastAt === cursor.at ? cursor.tie + atLast : atLast } };
}
