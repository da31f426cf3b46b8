// Reference data every function reads: buildings, communities, teams with their active members.
// Cached per instance for a minute (see cache.ts); all reads are paginated and index-served.
import type { DB } from 'wx-server-sdk';
import type { Specialty } from '../../src/domain/menu';
import { TtlCache } from './cache';
import { getAll } from './db';

export interface Building {
  _id: string;
  name: string;
  estateName: string;
  communityId: string;
  communityName: string;
}
export interface Community {
  _id: string;
  name: string;
  sponsorId: string;
}
export interface Team {
  _id: string;
  name: string;
  specialties: Specialty[];
  communities: string[];
  active: boolean;
  /** Active members and leaders (from `memberships`), for notifications. */
  members: string[];
}

const MINUTE = 60_000;

export function referenceData(db: DB.Database) {
  const _ = db.command;
  // Whole small collections, read in `_id` order (an index scan, not an unindexed query).
  const byId = <T extends { _id: string }>(c: string) => async () => new Map((await getAll<T>(db.collection(c).orderBy('_id', 'asc'))).map((d) => [d._id, d]));
  const buildings = new TtlCache(MINUTE, byId<Building>('buildings'));
  const communities = new TtlCache(MINUTE, byId<Community>('communities'));
  const teams = new TtlCache(MINUTE, async () => {
    const list = await getAll<Omit<Team, 'members'>>(db.collection('teams').where({ active: true }));
    const members = await getAll<{ teamId: string; openid: string }>(db.collection('memberships').where({ teamId: _.in(list.map((t) => t._id)), status: 'active' }));
    return new Map(list.map((t) => [t._id, { ...t, members: members.filter((m) => m.teamId === t._id).map((m) => m.openid) }]));
  });
  return {
    building: async (id: string) => (await buildings.get()).get(id),
    community: async (id: string) => (await communities.get()).get(id),
    team: async (id: string) => (await teams.get()).get(id),
    teams: async () => [...(await teams.get()).values()],
    /** After a change an instance itself made (approve), so it reads fresh data next time. */
    forgetTeams: () => teams.clear(),
  };
}
export type ReferenceData = ReturnType<typeof referenceData>;
