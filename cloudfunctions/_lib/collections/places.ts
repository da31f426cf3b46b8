// The admin's reads and writes of `buildings` (stairwells) and `teams`: a community's stairwells paged
// and searched on declared indexes, retiring a stairwell and switching a team, each a compare-and-set.
import type { DB } from 'wx-server-sdk';
import type { Building } from '../../../src/domain/org/places';
import type { Team } from '../../../src/domain/team/team';
import { getAll, getPage } from '../db';
import { collection, type Updated } from './names';

/**
 * One page of a community's stairwells. No search: in code order, an ordered scan of index
 * communityId_1__id_1 (examines one page). A code's start: a range on the same index. A name's start:
 * the stairwell's name (communityId_1_name_1) or its estate's (communityId_1_estateName_1). A search
 * examines only the matches, shown by estate, then code.
 */
export function stairwellsPage(
  db: DB.Database,
  communityId: string,
  search: { kind: 'code' | 'name'; prefix: string } | undefined,
  page: number,
  size: number,
) {
  const _ = db.command;
  const starts = (p: string) => _.gte(p).and(_.lt(`${p}\uffff`));
  const where = !search
    ? { communityId }
    : search.kind === 'code'
      ? { communityId, _id: starts(search.prefix) }
      : _.or([
          { communityId, name: starts(search.prefix) },
          { communityId, estateName: starts(search.prefix) },
        ]);
  // A search sorts its few matches by estate, then code (two keys: the matches are narrowed by the range,
  // not scanned in order); the whole list is scanned in code order, stopping after the page.
  const query = collection(db, 'buildings').where(where);
  return getPage<Building>(search ? query.orderBy('estateName', 'asc').orderBy('_id', 'asc') : query.orderBy('_id', 'asc'), page, size);
}

/** Marks a stairwell retired if it is not already (its code stays taken); false when someone did first. */
export async function retireBuilding(db: DB.Database, code: string, by: string, now: Date): Promise<boolean> {
  const res = (await collection(db, 'buildings')
    .where({ _id: code, retired: db.command.neq(true) })
    .update({ data: { retired: true, retiredAt: now, retiredBy: by } })) as Updated;
  return res.stats.updated === 1;
}

/** Every team, active or not (the reference cache holds active ones only), in `_id` order. */
export const allTeams = (db: DB.Database) => getAll<Team>(collection(db, 'teams').orderBy('_id', 'asc'));

/** Switches a team from `from` to `!from`; false when it no longer holds `from`. */
export async function setTeamActive(db: DB.Database, teamId: string, from: boolean, now: Date): Promise<boolean> {
  const res = (await collection(db, 'teams')
    .where({ _id: teamId, active: from })
    .update({ data: { active: !from, updatedAt: now } })) as Updated;
  return res.stats.updated === 1;
}
