// One function turns any decided change (src/domain/lifecycle.ts) into its compare-and-set update:
// matched on (_id, status, version), checked on `stats.updated`, so two people acting at once cannot
// both win.
import type { DB } from 'wx-server-sdk';
import type { Change } from '../../../src/domain/lifecycle';
import { collection, type CollectionName, type Updated } from './names';

type AnyChange = Change<string, string, string>;

/** The update document of a change: its fields, the status, the next version and the history entry. */
export function updateOf(_: DB.DatabaseCommand, change: AnyChange): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(change.set)) if (value !== undefined) data[field] = value;
  for (const field of change.unset) data[field] = _.remove();
  for (const [field, items] of Object.entries(change.push)) data[field] = _.push(items);
  data.status = change.to;
  if (change.version !== undefined) data.version = change.version + 1;
  data.history = _.push([change.entry]);
  return data;
}

/** Applies a change to `collection/id` if nobody changed the document since it was read. */
export async function commitChange(db: DB.Database, name: CollectionName, id: string, change: AnyChange): Promise<boolean> {
  const where = { _id: id, status: change.from, ...(change.version !== undefined ? { version: change.version } : {}) };
  const res = (await collection(db, name)
    .where(where)
    .update({ data: updateOf(db.command, change) })) as Updated;
  return res.stats.updated === 1;
}
