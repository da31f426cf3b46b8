// 导出: where each kind reads (a range query a declared index serves) and how one chunk of documents
// becomes rows: the names a chunk needs are looked up once for the chunk (reference data from the
// one-minute cache, people in one or two `_id in` reads), so a chunk costs a bounded number of requests.
import type { Activity } from '../../src/domain/activity/activity';
import type { JournalEntry } from '../../src/domain/bank/ledger';
import type { ExportKind, ExportRow } from '../../src/domain/insight/exports';
import {
  activityRow,
  hoursRows,
  ledgerRow,
  tallyHours,
  visitRow,
  wishRow,
  type HoursTally,
  type Names,
} from '../../src/domain/insight/exportRows';
import type { VisitOrder } from '../../src/domain/visit/order';
import type { Wish } from '../../src/domain/wish/wish';
import { activitiesStarting, turnoutCounts } from '../_lib/collections/activities';
import { entriesBetween } from '../_lib/collections/bank';
import type { RangeQuery } from '../_lib/collections/ranges';
import { eldersByIds, visitsDue } from '../_lib/collections/visits';
import { volunteersByIds } from '../_lib/collections/volunteers';
import { wishesFiled } from '../_lib/collections/wishes';
import type { Deps } from '../_lib/context';
import { peopleNamer } from '../_lib/names';

export type Scope = 'all' | string[];

/** The range query of a kind. */
export function sourceOf(deps: Deps, kind: ExportKind, scope: Scope, from: Date, to: Date): RangeQuery {
  const { db } = deps;
  switch (kind) {
    case 'wishes':
      return wishesFiled(db, scope, from, to);
    case 'activities':
      return activitiesStarting(db, scope, from, to);
    case 'visits':
      return visitsDue(db, scope, from, to);
    case 'ledger':
      return entriesBetween(from, to);
    case 'hours':
      return entriesBetween(from, to, 'service');
  }
}

/** Names for a chunk: the people among `openids` are read once. */
async function namesFor(deps: Deps, openids: readonly (string | undefined)[]): Promise<Names> {
  const { ref } = deps;
  const [communities, buildings, teams, people] = await Promise.all([
    ref.communities(),
    ref.buildings(),
    ref.teams(),
    peopleNamer(
      deps,
      openids.filter((o): o is string => !!o),
    ),
  ]);
  const community = new Map(communities.map((c) => [c._id, c.name]));
  const building = new Map(buildings.map((b) => [b._id, `${b.estateName}${b.name}`]));
  const team = new Map(teams.map((t) => [t._id, t.name]));
  return {
    community: (id) => community.get(id) ?? id,
    place: (id) => building.get(id) ?? id,
    team: (id) => (id ? (team.get(id) ?? id) : ''),
    person: (openid) => (openid ? people.name(openid) : ''),
  };
}

const passbooks = (entries: readonly JournalEntry[]) =>
  entries.flatMap((e) => e.accounts.filter((a) => a.startsWith('passbook:')).map((a) => a.slice('passbook:'.length)));

/** One chunk of documents as rows (hours: none; the tally grows instead). */
export async function rowsOf(deps: Deps, kind: ExportKind, docs: readonly unknown[], tally: HoursTally): Promise<ExportRow[]> {
  if (!docs.length) return [];
  switch (kind) {
    case 'wishes': {
      const wishes = docs as Wish[];
      const n = await namesFor(
        deps,
        wishes.map((w) => w.claimant),
      );
      return wishes.map((w) => wishRow(w, n));
    }
    case 'activities': {
      const list = docs as Activity[];
      const [n, came] = await Promise.all([
        namesFor(deps, []),
        turnoutCounts(
          deps.db,
          list.map((a) => a._id),
        ),
      ]);
      return list.map((a) => activityRow(a, came.get(a._id) ?? 0, n));
    }
    case 'visits': {
      const visits = docs as VisitOrder[];
      const [n, elders] = await Promise.all([
        namesFor(
          deps,
          visits.flatMap((v) => [v.doneBy, v.volunteerOpenid]),
        ),
        eldersByIds(deps.db, [...new Set(visits.map((v) => v.elderId))]),
      ]);
      const byId = new Map(elders.map((e) => [e._id, e]));
      return visits.map((v) => visitRow(v, byId.get(v.elderId), n));
    }
    case 'ledger': {
      const entries = docs as JournalEntry[];
      const n = await namesFor(deps, passbooks(entries));
      return entries.map((e) => ledgerRow(e, n));
    }
    case 'hours':
      for (const e of docs as JournalEntry[]) tallyHours(tally, e);
      return [];
  }
}

/** Volunteers read per request when the hours are written. */
const VOLUNTEERS_PER_READ = 100;

/** The hours' rows once every entry is tallied: each volunteer's registration, teams and community (a dispatcher's only). */
export async function hoursOf(deps: Deps, tally: HoursTally, scope: Scope): Promise<ExportRow[]> {
  const ids = Object.keys(tally);
  const [n, teams] = await Promise.all([namesFor(deps, ids), deps.ref.teams()]);
  const volunteers = new Map<string, { name: string; phone: string; communityId: string }>();
  for (let i = 0; i < ids.length; i += VOLUNTEERS_PER_READ)
    for (const v of await volunteersByIds(deps.db, ids.slice(i, i + VOLUNTEERS_PER_READ))) volunteers.set(v._id, v);
  const inScope: HoursTally = {};
  for (const [openid, t] of Object.entries(tally)) {
    const v = volunteers.get(openid);
    if (scope === 'all' || (v && scope.includes(v.communityId))) inScope[openid] = t;
  }
  const teamsOf = (openid: string) =>
    teams
      .filter((t) => t.members.includes(openid))
      .map((t) => t.name)
      .join('、');
  return hoursRows(
    inScope,
    (openid) => {
      const v = volunteers.get(openid);
      return v && { name: v.name, phone: v.phone, communityId: v.communityId, teams: teamsOf(openid) };
    },
    n,
  );
}
