// Reference data every function reads: buildings, communities, teams with their active members, dispatchers.
// Cached per instance for a minute (see cache.ts); all reads are paginated and index-served.
import type { DB } from 'wx-server-sdk';
import type { Building, Community, Street } from '../../src/domain/org/places';
import type { PlaceNames } from '../../src/domain/wish/view';
import type { Team as TeamDoc } from '../../src/domain/team/team';
import { TtlCache } from './cache';
import { membersOf } from './collections/memberships';
import { holdersOf } from './collections/users';
import { settingsOf } from './collections/settings';
import { collection, type CollectionName } from './collections/names';
import { getAll } from './db';

export type { Building, Community, Street };
export interface Team extends TeamDoc {
  /** Active members and leaders (from `memberships`), for notifications. */
  members: string[];
}

const MINUTE = 60_000;

export function referenceData(db: DB.Database) {
  // Whole small collections, read in `_id` order (an index scan, not an unindexed query).
  const byId =
    <T extends { _id: string }>(c: CollectionName) =>
    async () =>
      new Map((await getAll<T>(collection(db, c).orderBy('_id', 'asc'))).map((d) => [d._id, d]));
  const buildings = new TtlCache(MINUTE, byId<Building>('buildings'));
  const communities = new TtlCache(MINUTE, byId<Community>('communities'));
  const streets = new TtlCache(MINUTE, byId<Street>('streets'));
  const teams = new TtlCache(MINUTE, async () => {
    const list = await getAll<TeamDoc>(collection(db, 'teams').where({ active: true }));
    const members = await membersOf(
      db,
      list.map((t) => t._id),
      ['active'],
    );
    return new Map(list.map((t) => [t._id, { ...t, members: members.filter((m) => m.teamId === t._id).map((m) => m.openid) }]));
  });
  // Every dispatcher with their grants, to tell the centre of a wish's community about it.
  const dispatchers = new TtlCache(MINUTE, () => holdersOf(db, 'dispatcher'));
  // What filing a wish reads from settings: the SLA rules, the working calendar and the prices (sla,
  // calendar, prices), one read a minute. A change reaches every instance within that minute and applies
  // to wishes filed after it; a household is still never charged more than its form showed (fileWish.ts).
  const filing = new TtlCache(MINUTE, () => settingsOf(db, ['sla', 'calendar', 'prices'] as const));
  return {
    dispatchers: () => dispatchers.get(),
    /** `{ sla, calendar }` in force (cached a minute). */
    deadlines: async () => {
      const { sla, calendar } = await filing.get();
      return { sla, calendar };
    },
    /** The prices of repairs at cost (cached a minute; `bank.quote` reads them fresh). */
    prices: async () => (await filing.get()).prices,
    building: async (id: string) => (await buildings.get()).get(id),
    /** 社区 / 小区 / 楼栋 of a stairwell, as staff read a wish's place (no request when cached). */
    place: async (buildingId: string): Promise<PlaceNames | undefined> => {
      const b = (await buildings.get()).get(buildingId);
      return b && { communityName: b.communityName, estateName: b.estateName, buildingName: b.name };
    },
    community: async (id: string) => (await communities.get()).get(id),
    buildings: async () => [...(await buildings.get()).values()],
    communities: async () => [...(await communities.get()).values()],
    streets: async () => [...(await streets.get()).values()],
    team: async (id: string) => (await teams.get()).get(id),
    teams: async () => [...(await teams.get()).values()],
    /** After a change an instance itself made (approve), so it reads fresh data next time. */
    forgetTeams: () => teams.clear(),
  };
}
export type ReferenceData = ReturnType<typeof referenceData>;
