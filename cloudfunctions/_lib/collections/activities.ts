// `activities`, `signups` (signUpIdOf), `turnouts` (turnoutIdOf): the queries of activities (活动),
// each served by an index in database/indexes.json.
import type { DB } from 'wx-server-sdk';
import type { Activity, SignUp, SignUpStatus, Turnout } from '../../../src/domain/activity/activity';
import type { Category } from '../../../src/domain/menu';
import { getAll, getDoc } from '../db';
import { collection, type Updated } from './names';
import type { RangeQuery } from './ranges';

export const getActivity = (db: DB.Database, id: string) => getDoc<Activity>(db, 'activities', id);
export const getSignUp = (db: DB.Database, id: string) => getDoc<SignUp>(db, 'signups', id);

/** A wish folded into the activity joins its list (a set: a repeat adds nothing). */
export const addWishToActivity = (db: DB.Database, activityId: string, wishId: string) =>
  collection(db, 'activities')
    .doc(activityId)
    .update({ data: { wishIds: db.command.addToSet(wishId) } });

const page = async <T>(q: DB.Query, limit: number) => ((await q.limit(limit).get()) as unknown as { data: T[] }).data;

/** Published activities of a community not yet ended, soonest to end first (index communityId_1_status_1_endAt_1). */
export const upcomingIn = (db: DB.Database, communityId: string, now: Date, skip: number, limit: number) =>
  page<Activity>(
    collection(db, 'activities')
      .where({ communityId, status: 'published', endAt: db.command.gt(now) })
      .orderBy('endAt', 'asc')
      .skip(skip),
    limit,
  );

/** Activities in these communities, newest first (index communityId_1_startAt_-1). */
export const ofCommunities = (db: DB.Database, communityIds: readonly string[], limit: number) =>
  page<Activity>(
    collection(db, 'activities')
      .where({ communityId: db.command.in([...communityIds]) })
      .orderBy('startAt', 'desc'),
    limit,
  );

/** Activities of these teams, newest first (index teamId_1_startAt_-1). */
export const ofTeams = (db: DB.Database, teamIds: readonly string[], limit: number) =>
  page<Activity>(
    collection(db, 'activities')
      .where({ teamId: db.command.in([...teamIds]) })
      .orderBy('startAt', 'desc'),
    limit,
  );

/** Activities this person published, newest first (index organiser_1_startAt_-1). */
export const publishedBy = (db: DB.Database, openid: string, limit: number) =>
  page<Activity>(collection(db, 'activities').where({ organiser: openid }).orderBy('startAt', 'desc'), limit);

/** Every activity, newest first (a street's dispatcher; index startAt_-1). */
export const allActivities = (db: DB.Database, limit: number) =>
  page<Activity>(collection(db, 'activities').orderBy('startAt', 'desc'), limit);

export const activitiesByIds = (db: DB.Database, ids: readonly string[]) =>
  ids.length ? getAll<Activity>(collection(db, 'activities').where({ _id: db.command.in([...ids]) })) : Promise.resolve([]);

/** The caller's sign-ups, newest first (index openid_1_signedUpAt_-1). */
export const signUpsOf = (db: DB.Database, openid: string, skip: number, limit: number) =>
  page<SignUp>(collection(db, 'signups').where({ openid }).orderBy('signedUpAt', 'desc').skip(skip), limit);

/** One activity's sign-ups in these statuses (index activityId_1_status_1_seq_1). */
export const signUpsIn = (db: DB.Database, activityId: string, statuses: readonly SignUpStatus[]) =>
  getAll<SignUp>(collection(db, 'signups').where({ activityId, status: db.command.in([...statuses]) }));

/** The next on the waiting list (lowest seq), if anyone waits (index activityId_1_status_1_seq_1). */
export const nextWaiting = async (db: DB.Database, activityId: string) =>
  (await page<SignUp>(collection(db, 'signups').where({ activityId, status: 'waiting' }).orderBy('seq', 'asc'), 1))[0];

/** How many wait ahead of `seq` (index activityId_1_status_1_seq_1). */
export const waitingAhead = async (db: DB.Database, activityId: string, seq: number) =>
  (
    (await collection(db, 'signups')
      .where({ activityId, status: 'waiting', seq: db.command.lt(seq) })
      .count()) as { total: number }
  ).total;

export const turnoutsByIds = (db: DB.Database, ids: readonly string[]) =>
  ids.length ? getAll<Turnout>(collection(db, 'turnouts').where({ _id: db.command.in([...ids]) })) : Promise.resolve([]);

/** For the timer: published activities starting in (from, to] (index status_1_startAt_1). */
export const startingBetween = (db: DB.Database, from: Date, to: Date, limit: number) =>
  page<Activity>(
    collection(db, 'activities')
      .where({ status: 'published', startAt: db.command.gt(from).and(db.command.lte(to)) })
      .orderBy('startAt', 'asc'),
    limit,
  );

/** For the timer: published activities with someone waiting (index status_1_waiting_1). */
export const withWaiting = (db: DB.Database, limit: number) =>
  page<Activity>(collection(db, 'activities').where({ status: 'published', waiting: db.command.gt(0) }), limit);

/** For the timer: closings a crash left half done (index status_1_startAt_1). */
export const closingOnes = (db: DB.Database, limit: number) =>
  page<Activity>(collection(db, 'activities').where({ status: 'closing' }).orderBy('startAt', 'asc'), limit);

/** A new activity; false when its id exists already (a retried publication). */
export async function addActivity(db: DB.Database, a: Activity): Promise<boolean> {
  try {
    await collection(db, 'activities').add({ data: { ...a } });
    return true;
  } catch (err) {
    if (await getActivity(db, a._id)) return false;
    throw err;
  }
}

/** Sets the reminder mark unless set: true only for the run that set it (compare-and-set). */
export async function markReminded(db: DB.Database, id: string, now: Date): Promise<boolean> {
  const res = (await collection(db, 'activities')
    .where({ _id: id, remindedAt: db.command.exists(false) })
    .update({ data: { remindedAt: now } })) as Updated;
  return res.stats.updated === 1;
}

export const signUpsByIds = (db: DB.Database, ids: readonly string[]) =>
  ids.length ? getAll<SignUp>(collection(db, 'signups').where({ _id: db.command.in([...ids]) })) : Promise.resolve([]);

export interface FoldedWish {
  _id: string;
  category: Category;
  description: string;
  status: string;
  claimant?: string;
  activityId?: string;
}
/**
 * The wishes folded into an activity: what its page shows of them (no contact). `wishIds` is a copy
 * (the wish's own `activityId` is the truth): a wish routed elsewhere since (a team, the wall, another
 * activity) is left out, so its attendees neither read it nor are offered to claim it.
 */
export async function foldedWishes(db: DB.Database, activity: Pick<Activity, '_id' | 'wishIds'>): Promise<FoldedWish[]> {
  if (!activity.wishIds.length) return [];
  const found = await getAll<FoldedWish>(
    collection(db, 'wishes')
      .where({ _id: db.command.in([...activity.wishIds]) })
      .field({ _id: true, category: true, description: true, status: true, claimant: true, activityId: true }),
  );
  return found.filter((w) => w.activityId === activity._id);
}

/** 导出: activities starting in [from, to) in scope (index startAt_-1, or communityId_1_startAt_-1). */
export const activitiesStarting = (db: DB.Database, scope: 'all' | readonly string[], from: Date, to: Date): RangeQuery => ({
  name: 'activities',
  field: 'startAt',
  filter: scope === 'all' ? {} : { communityId: db.command.in([...scope]) },
  from,
  to,
});

/** 导出: how many came to each of these activities (checked in, out or attended), one aggregate (index activityId_1_status_1_seq_1). */
export async function turnoutCounts(db: DB.Database, activityIds: readonly string[]): Promise<Map<string, number>> {
  if (!activityIds.length) return new Map();
  const _ = db.command;
  const { list } = (await collection(db, 'signups')
    .aggregate()
    .match({ activityId: _.in([...activityIds]), status: _.in(['checked_in', 'checked_out', 'attended']) })
    .group({ _id: '$activityId', n: _.aggregate.sum(1) })
    .end()) as { list: Array<{ _id: string; n: number }> };
  return new Map(list.map((r) => [r._id, r.n]));
}
