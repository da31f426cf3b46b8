// `elders/{id}`: the registry of residents aged 60+ (src/domain/visit/elder.ts). A save writes only the
// registry's fields with compare-and-set on `version`, so the board's fields that the scheduler and
// recorded outcomes maintain (lastContactAt, nextDueAt, …) are never overwritten by an edit.
import type { DB } from 'wx-server-sdk';
import type { Elder, ElderTag } from '../../../src/domain/visit/elder';
import { REGISTRY_FIELDS } from '../../../src/domain/visit/registry';
import { getAll, getDoc, getPage } from '../db';
import { collection, type Updated } from './names';

export const getElder = (db: DB.Database, id: string) => getDoc<Elder>(db, 'elders', id);

export interface BoardFilter {
  tag?: ElderTag;
  volunteerId?: string;
}

/**
 * One page of a community's active elders, overdue first (nextDueAt ascending). Each filter has its
 * index (communityId_1_active_1[_tags_1 | _volunteerOpenid_1]_nextDueAt_1), so the ordered index scan
 * stops after the page and its one extra: documents examined ≤ (page + 1) × size + 1.
 */
export function boardPage(db: DB.Database, communityId: string, filter: BoardFilter, page: number, size: number) {
  const where: Record<string, unknown> = { communityId, active: true };
  if (filter.tag) where.tags = filter.tag;
  if (filter.volunteerId) where.volunteerOpenid = filter.volunteerId;
  return getPage<Elder>(collection(db, 'elders').where(where).orderBy('nextDueAt', 'asc'), page, size);
}

/** Every elder of a community, active or not (the import matches against them; index communityId_1_…). */
export const eldersOf = (db: DB.Database, communityId: string) =>
  getAll<Elder>(collection(db, 'elders').where({ communityId }).orderBy('_id', 'asc'), 20_000);

/** Adds a new elder; false when its id is taken already (a retried save: the first one stands). */
export async function addElder(db: DB.Database, elder: Elder): Promise<boolean> {
  try {
    await collection(db, 'elders').add({ data: elder as unknown as Record<string, unknown> });
    return true;
  } catch {
    return false;
  }
}

/** Writes the registry's fields of `next` over the stored elder still at `prevVersion`; false when it moved on. */
export async function saveElder(db: DB.Database, next: Elder, prevVersion: number): Promise<boolean> {
  const _ = db.command;
  const data: Record<string, unknown> = {};
  for (const k of REGISTRY_FIELDS) {
    const v = next[k];
    // An object is set whole (an update would merge it into the stored one, keeping a dropped relation).
    data[k] = v === undefined ? _.remove() : typeof v === 'object' && !(v instanceof Date) && !Array.isArray(v) ? _.set(v) : v;
  }
  const res = (await collection(db, 'elders').where({ _id: next._id, version: prevVersion }).update({ data })) as Updated;
  return res.stats.updated === 1;
}
