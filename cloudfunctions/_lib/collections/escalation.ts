// The dispatch timer's queries (催办, 升级, 自动释放) and the weekly digest's (周报): each a bounded page
// on a declared index (database/indexes.json), and `noticesSent`, the at-most-once marks of notices.
import type { DB } from 'wx-server-sdk';
import { addHours } from '../../../src/domain/time';
import { AT_CENTRE, statusesIn, type Status } from '../../../src/domain/wish/states';
import type { Wish } from '../../../src/domain/wish/wish';
import { getDoc } from '../db';
import { collection } from './names';

/** At most this many entries are read for one count (as the workbench's COUNT_CAP): 「99+」 beyond. */
export const DIGEST_CAP = 100;

const page = async <T>(query: DB.Query, skip: number, size: number): Promise<T[]> =>
  ((await query.skip(skip).limit(size).get()) as unknown as { data: T[] }).data;

/** The timer's three kinds of candidates, each in its index's order. */
export type SweepKind = 'centre' | 'overdue' | 'claimed';
/** The field each kind is read in the order of (and continued after). */
export const SWEEP_KEY = { centre: 'dueAt', overdue: 'dueAt', claimed: 'claimedAt' } as const;

/**
 * One page of candidates after `after` (a key of the kind's order; none: from the start): waiting at
 * the centre (status_1_dueAt_1), dispatched past due (status_1_dueAt_1) or claimed before the release
 * threshold (status_1_claimedAt_1). Keyset paging: a page examines its own entries, not those before
 * it. The domain (dueSteps) then says which of them need a step now.
 */
export function sweepPage(db: DB.Database, kind: SweepKind, now: Date, releaseAfterHours: number, after: Date | undefined, size: number) {
  const _ = db.command;
  const wishes = collection(db, 'wishes');
  const upTo = (until: Date) => (after ? _.and(_.gt(after), _.lte(until)) : _.lte(until));
  const query =
    kind === 'centre'
      ? wishes.where({ status: _.in([...AT_CENTRE]), ...(after ? { dueAt: _.gt(after) } : {}) }).orderBy('dueAt', 'asc')
      : kind === 'overdue'
        ? wishes.where({ status: 'dispatched', dueAt: upTo(now) }).orderBy('dueAt', 'asc')
        : wishes.where({ status: 'claimed', claimedAt: upTo(addHours(now, -releaseAfterHours)) }).orderBy('claimedAt', 'asc');
  return page<Wish>(query, 0, size);
}

/** Where each kind's reading stopped (`timerState/dispatch-sweep`): the next run continues after it. */
export type SweepCursor = Partial<Record<SweepKind, Date>>;
const CURSOR_ID = 'dispatch-sweep';

export async function sweepCursor(db: DB.Database): Promise<SweepCursor> {
  const doc = await getDoc<Record<string, unknown>>(db, 'timerState', CURSOR_ID);
  const out: SweepCursor = {};
  for (const kind of Object.keys(SWEEP_KEY) as SweepKind[]) {
    const at = doc?.[kind];
    if (at instanceof Date || typeof at === 'string') out[kind] = new Date(at);
  }
  return out;
}

export async function saveSweepCursor(db: DB.Database, cursor: SweepCursor, now: Date): Promise<void> {
  await collection(db, 'timerState')
    .doc(CURSOR_ID)
    .set({ data: { ...cursor, savedAt: now } });
}

/** Where a digest looks: a dispatcher's communities (or the whole street), or one team (its own and escalated to it). */
export type DigestScope = { kind: 'centre'; communities: 'all' | readonly string[] } | { kind: 'team'; teamId: string };

type Where = Record<string, unknown>;

/** The scope's filters for wishes in `statuses` (one query each, on communityId/teamId/escalatedTo + status indexes). */
function scoped(db: DB.Database, scope: DigestScope, statuses: readonly Status[]): Where[] {
  const _ = db.command;
  const status = statuses.length === 1 ? statuses[0] : _.in([...statuses]);
  if (scope.kind === 'team')
    return [
      { teamId: scope.teamId, status },
      { escalatedTo: scope.teamId, status },
    ];
  return scope.communities === 'all' ? [{ status }] : [{ communityId: _.in([...scope.communities]), status }];
}

/** Wishes of the scope in `statuses` (due before `dueBefore`, when given), most overdue first, up to DIGEST_CAP. */
export async function digestWishes(db: DB.Database, scope: DigestScope, statuses: readonly Status[], dueBefore?: Date): Promise<Wish[]> {
  const _ = db.command;
  const lists = await Promise.all(
    scoped(db, scope, statuses).map((where) =>
      page<Wish>(
        collection(db, 'wishes')
          .where(dueBefore ? { ...where, dueAt: _.lt(dueBefore) } : where)
          .orderBy('dueAt', 'asc'),
        0,
        DIGEST_CAP,
      ),
    ),
  );
  const byId = new Map(lists.flat().map((w) => [w._id, w]));
  return [...byId.values()].sort((a, b) => new Date(a.dueAt).getTime() - new Date(b.dueAt).getTime()).slice(0, DIGEST_CAP);
}

/** Wishes a team once had that are back at the centre after a ≤2★ rating (index excludedTeamIds_1_status_1). */
export const reopenedFrom = (db: DB.Database, teamId: string) =>
  page<Wish>(collection(db, 'wishes').where({ excludedTeamIds: teamId, status: 'reopened' }), 0, DIGEST_CAP);

/** Who served since `since` (index status_1_completedAt_1), at most `max` services: the servers' OPENIDs. */
export async function serversSince(db: DB.Database, since: Date, max: number): Promise<{ servers: Set<string>; partial: boolean }> {
  const _ = db.command;
  const done = [...statusesIn('done'), 'closed' as const];
  const served = await page<Pick<Wish, 'servers' | 'claimant'>>(
    collection(db, 'wishes')
      .where({ status: _.in(done), completedAt: _.gte(since) })
      .orderBy('completedAt', 'desc')
      .field({ servers: true, claimant: true }),
    0,
    max,
  );
  return { servers: new Set(served.flatMap((w) => w.servers ?? (w.claimant ? [w.claimant] : []))), partial: served.length >= max };
}

/** Visits missed (巡访未完成) due in [from, to), in the scope (index communityId_1_status_1_dueAt_1 / teamId_1_status_1_dueAt_1). */
export async function missedVisits(db: DB.Database, scope: DigestScope, from: Date, to: Date): Promise<number> {
  const _ = db.command;
  const where =
    scope.kind === 'team' ? { teamId: scope.teamId } : scope.communities === 'all' ? {} : { communityId: _.in([...scope.communities]) };
  const ids = await page<{ _id: string }>(
    collection(db, 'visits')
      .where({ ...where, status: 'missed', dueAt: _.and(_.gte(from), _.lt(to)) })
      .orderBy('dueAt', 'asc')
      .field({ _id: true }),
    0,
    DIGEST_CAP,
  );
  return ids.length;
}

/**
 * Marks a notice as sent, once: `noticesSent/{id}` (e.g. `digest:2024-W18:<openid>`). True for the one
 * call that created it; a rerun, or a second instance at the same time, gets false and sends nothing.
 */
export async function markNotice(db: DB.Database, id: string, now: Date): Promise<boolean> {
  try {
    await collection(db, 'noticesSent').add({ data: { _id: id, at: now } });
    return true;
  } catch {
    return false;
  }
}
