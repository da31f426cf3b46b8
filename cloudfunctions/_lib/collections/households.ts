// `households/{buildingId:room}`: a household's tier as community staff recorded it, and
// `householdsLog/{householdId}:{version}`: every change, with who, when and the note.
import type { DB } from 'wx-server-sdk';
import { householdId, normaliseRoom, type Household, type HouseholdChange, type HouseholdTier } from '../../../src/domain/money/household';
import { getDoc, getPage } from '../db';
import { inTransaction, one } from '../transaction';
import { collection } from './names';

/** The household of a room behind a stairwell code, or null (an ordinary household). One read. */
export const householdOf = (db: DB.Database, buildingId: string, room: string) =>
  getDoc<Household>(db, 'households', householdId(buildingId, room));

/** A community's recorded households, the latest changed first (index communityId_1_at_-1). */
export const householdsPage = (db: DB.Database, communityId: string, page: number, size: number) =>
  getPage<Household>(collection(db, 'households').where({ communityId }).orderBy('at', 'desc'), page, size);

/** Records a tier and its change in one transaction (a concurrent change retries on the version). */
export async function recordTier(
  db: DB.Database,
  h: { buildingId: string; communityId: string; room: string; tier: HouseholdTier; note: string; by: string },
  now: Date,
): Promise<Household> {
  const _id = householdId(h.buildingId, h.room);
  const r = await inTransaction<Household, never>(db, async (t) => {
    const ref = t.collection('households').doc(_id);
    const current = (await ref.get()).data as Household | null;
    const version = (current?.version ?? 0) + 1;
    const doc: Household = {
      _id,
      buildingId: h.buildingId,
      communityId: h.communityId,
      room: normaliseRoom(h.room),
      tier: h.tier,
      note: h.note,
      by: h.by,
      at: now,
      version,
    };
    const { _id: _omit, ...data } = doc;
    if (current) one(await ref.update({ data: { ...data, version } }));
    else await ref.set({ data });
    const change: HouseholdChange = {
      _id: `${_id}:${version}`,
      householdId: _id,
      communityId: h.communityId,
      from: current?.tier ?? 'ordinary',
      to: h.tier,
      note: h.note,
      by: h.by,
      at: now,
    };
    await t.collection('householdsLog').add({ data: change });
    return doc;
  });
  if ('done' in r) return r.done;
  throw new Error('recordTier: unexpected rollback');
}
