// The organisation as an import reads it: every street, community, stairwell and team (and volunteer, for a
// volunteers sheet), fresh from the database (not the one-minute reference cache), in `_id` order.
import type { DB } from 'wx-server-sdk';
import type { OrgSnapshot } from '../../../src/domain/org/import';
import type { Building, Community, Street } from '../../../src/domain/org/places';
import type { Team, Volunteer } from '../../../src/domain/team/team';
import { getAll } from '../db';
import { collection, type CollectionName } from './names';

/** An import may hold up to 10,000 rows on top of what is stored. */
const MAX_DOCS = 50_000;

const all = <T>(db: DB.Database, c: CollectionName) => getAll<T>(collection(db, c).orderBy('_id', 'asc'), MAX_DOCS);

export async function loadOrg(db: DB.Database, withVolunteers: boolean): Promise<OrgSnapshot> {
  const [streets, communities, buildings, teams, volunteers] = await Promise.all([
    all<Street>(db, 'streets'),
    all<Community>(db, 'communities'),
    all<Building>(db, 'buildings'),
    all<Team>(db, 'teams'),
    withVolunteers ? all<Volunteer>(db, 'volunteers') : [],
  ]);
  // A new community's sponsor: its street's (checkPlaces), else the street's budget (政府买单).
  const defaultSponsorId = communities[0]?.sponsorId ?? (await defaultSponsor(db));
  return {
    streets,
    communities,
    buildings,
    teams,
    volunteers,
    retiredCodes: buildings.filter((b) => b.retired).map((b) => b._id),
    ...(defaultSponsorId ? { defaultSponsorId } : {}),
  };
}

/**
 * The sponsor a first community falls to: the one government budget (政府买单, source `government`),
 * else the deployment's only sponsor; none when that is ambiguous (the import then asks for one).
 * A street has a handful of sponsors: one page of 50 (index kind_1__id_1).
 */
async function defaultSponsor(db: DB.Database): Promise<string | undefined> {
  const { data } = (await collection(db, 'accounts').where({ kind: 'sponsor' }).orderBy('_id', 'asc').limit(50).get()) as unknown as {
    data: Array<{ _id: string; source?: string }>;
  };
  const government = data.filter((a) => a.source === 'government');
  const pick = government.length === 1 ? government[0] : data.length === 1 ? data[0] : undefined;
  return pick?._id.replace(/^sponsor:/, '');
}
