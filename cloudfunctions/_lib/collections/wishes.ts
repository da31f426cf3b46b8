// `wishes`: the named queries of the wish (工单) collection, each served by a declared index.
import type { DB } from 'wx-server-sdk';
import type { RecentWish } from '../../../src/domain/wish/guards';
import { COUNT_CAP, literalPattern, type QueueFilter } from '../../../src/domain/wish/queue';
import { SERVING, type Status } from '../../../src/domain/wish/states';
import type { Wish } from '../../../src/domain/wish/wish';
import { getDoc, getPage } from '../db';
import { collection } from './names';
import type { RangeQuery } from './ranges';

/** With a team and not yet served: waiting for a claim, or being served. */
const OPEN_WITH_TEAM: Status[] = ['dispatched', ...SERVING];

export const getWish = (db: DB.Database, id: string) => getDoc<Wish>(db, 'wishes', id);

export async function insertWish(db: DB.Database, id: string, wish: Omit<Wish, '_id'>): Promise<void> {
  try {
    await collection(db, 'wishes').add({ data: { _id: id, ...wish } });
  } catch (err) {
    // The same id landed meanwhile (a concurrent retry of the same submission): the first one wins.
    if (!(await getWish(db, id))) throw err;
  }
}

/** My wishes, newest first, without history, contact or photos (index filedBy_1_createdAt_-1). */
export const mine = (db: DB.Database, openid: string, page: number, size: number) =>
  getPage<Wish>(
    collection(db, 'wishes')
      .where({ filedBy: openid })
      .orderBy('createdAt', 'desc')
      .field({ history: false, contact: false, photos: false }),
    page,
    size,
  );

/**
 * The workbench: one tab's wishes by due time, optionally searched. Each filter is served by an index:
 * by phone tail (phoneTail_1_status_1_dueAt_1), by stairwell (buildingId_1_status_1_dueAt_1), and the
 * tab alone or with words of the description (status_1_dueAt_1: the words are tested on that tab's wishes).
 */
export const workbench = (db: DB.Database, filter: QueueFilter, page: number, size: number) =>
  getPage<Wish>(collection(db, 'wishes').where(whereOf(db, filter)).orderBy('dueAt', filter.order), page, size);

/**
 * How many wishes one tab holds, up to COUNT_CAP + 1 (the same filter and index; ids only): a capped
 * read, because a count examines every matching entry however many there are.
 */
export async function countTab(db: DB.Database, filter: QueueFilter): Promise<number> {
  const { data } = (await collection(db, 'wishes')
    .where(whereOf(db, filter))
    // in the index's order, so the scan can stop at the cap
    .orderBy('dueAt', 'asc')
    .limit(COUNT_CAP + 1)
    .field({ _id: true })
    .get()) as unknown as { data: unknown[] };
  return data.length;
}

function whereOf(db: DB.Database, filter: QueueFilter): Record<string, unknown> {
  const _ = db.command;
  const where: Record<string, unknown> = { status: _.in(filter.statuses) };
  if (filter.dueBefore) where.dueAt = _.lt(filter.dueBefore);
  const s = filter.search;
  if (s?.by === 'phoneTail') where.phoneTail = s.value;
  if (s?.by === 'building') where.buildingId = s.value;
  if (s?.by === 'text') where.description = db.RegExp({ regexp: literalPattern(s.value), options: 'i' });
  if (filter.communities) where.communityId = _.in(filter.communities);
  return where;
}

/** Orders dispatched to these teams, waiting for a claim (index teamId_1_status_1_dueAt_1). */
export const openForTeams = (db: DB.Database, teamIds: readonly string[], page: number, size: number) =>
  getPage<Wish>(
    collection(db, 'wishes')
      .where({ teamId: db.command.in([...teamIds]), status: 'dispatched' })
      .orderBy('dueAt', 'asc'),
    page,
    size,
  );

/** Orders a volunteer holds (index claimant_1_status_1). */
export const heldBy = (db: DB.Database, openid: string, page: number, size: number) =>
  getPage<Wish>(
    collection(db, 'wishes')
      .where({ claimant: openid, status: db.command.in(SERVING) })
      .orderBy('dueAt', 'asc'),
    page,
    size,
  );

/** 我的: wishes this volunteer served (completed), newest first (index servers_1_createdAt_-1). */
export const servedBy = (db: DB.Database, openid: string, page: number, size: number) =>
  getPage<Wish>(collection(db, 'wishes').where({ servers: openid }).orderBy('createdAt', 'desc'), page, size);

/** A team's open orders, waiting or held, due first (index teamId_1_status_1_dueAt_1). */
export const openOfTeam = (db: DB.Database, teamId: string, page: number, size: number) =>
  getPage<Wish>(
    collection(db, 'wishes')
      .where({ teamId, status: db.command.in(OPEN_WITH_TEAM) })
      .orderBy('dueAt', 'asc'),
    page,
    size,
  );

/**
 * Served orders of one team whose minutes wait for the leader (index teamId_1_status_1_dueAt_1: a
 * served order waits here until confirmed, since neither rating nor the timer closes it meanwhile).
 */
export const minutesToConfirm = (db: DB.Database, teamId: string, size: number) =>
  getPage<Wish>(
    collection(db, 'wishes')
      .where({ teamId, status: db.command.in(['completed', 'rated']), 'completion.toConfirm': true })
      .orderBy('dueAt', 'asc'),
    0,
    size,
  );

/** Open orders held per member of one team (index teamId_1_status_1_dueAt_1). */
export async function heldLoad(db: DB.Database, teamId: string): Promise<Map<string, number>> {
  const { list } = (await collection(db, 'wishes')
    .aggregate()
    .match({ teamId, status: db.command.in(SERVING) })
    .group({ _id: '$claimant', n: db.command.aggregate.sum(1) })
    .limit(1000)
    .end()) as { list: Array<{ _id: string; n: number }> };
  return new Map(list.map((x) => [x._id, x.n]));
}

/** Wishes filed with this phone since `since`, newest first (index contact.phone_1_createdAt_-1). */
export async function recentByPhone(db: DB.Database, phone: string, since: Date): Promise<RecentWish[]> {
  const { data } = (await collection(db, 'wishes')
    .where({ 'contact.phone': phone, createdAt: db.command.gte(since) })
    .orderBy('createdAt', 'desc')
    .limit(20)
    .field({ buildingId: true, category: true, status: true, createdAt: true, filedBy: true })
    .get()) as unknown as { data: RecentWish[] };
  return data;
}

/** Open orders per team, for the dispatcher's suggestions (index teamId_1_status_1_dueAt_1). */
export async function openLoad(db: DB.Database, teamIds: readonly string[]): Promise<Map<string, number>> {
  const { list } = (await collection(db, 'wishes')
    .aggregate()
    .match({ teamId: db.command.in([...teamIds]), status: db.command.in(OPEN_WITH_TEAM) })
    .group({ _id: '$teamId', n: db.command.aggregate.sum(1) })
    .limit(1000)
    .end()) as { list: Array<{ _id: string; n: number }> };
  return new Map(list.map((x) => [x._id, x.n]));
}

/**
 * Open wishes filed before `phoneTail` existed, for the hourly timer to fill it in (bounded; index
 * status_1_dueAt_1 narrows to the open wishes). Ended ones keep none: the workbench finds them by words or stairwell.
 */
export async function withoutPhoneTail(
  db: DB.Database,
  statuses: readonly Status[],
  batch: number,
): Promise<Array<Pick<Wish, '_id' | 'contact'>>> {
  const { data } = (await collection(db, 'wishes')
    .where({ status: db.command.in([...statuses]), phoneTail: db.command.exists(false) })
    .limit(batch)
    .field({ _id: true, contact: true })
    .get()) as unknown as { data: Array<Pick<Wish, '_id' | 'contact'>> };
  return data;
}

export async function setPhoneTail(db: DB.Database, id: string, phoneTail: string): Promise<void> {
  await collection(db, 'wishes')
    .where({ _id: id, phoneTail: db.command.exists(false) })
    .update({ data: { phoneTail } });
}

/** For the hourly timer: wishes whose sent-back hours are not booked yet (index hoursPending_1). */
export async function hoursToBook(db: DB.Database, batch: number): Promise<string[]> {
  const { data } = (await collection(db, 'wishes').where({ hoursPending: true }).limit(batch).field({ _id: true }).get()) as unknown as {
    data: Array<{ _id: string }>;
  };
  return data.map((w) => w._id);
}

/** For the hourly timer: served but unrated since `before`, and rated but not yet paid (bounded). */
export async function toClose(db: DB.Database, before: Date, batch: number): Promise<string[]> {
  const ids = (q: DB.Query) => q.limit(batch).field({ _id: true }).get() as unknown as Promise<{ data: Array<{ _id: string }> }>;
  const [stale, rated] = await Promise.all([
    ids(collection(db, 'wishes').where({ status: 'completed', completedAt: db.command.lte(before) })),
    ids(collection(db, 'wishes').where({ status: 'rated' })),
  ]);
  return [...stale.data, ...rated.data].map((w) => w._id);
}

/**
 * 微心愿墙: a community's wishes on its wall waiting for a claim, longest on the wall first, only the
 * fields a card shows (index communityId_1_wall_1_status_1_wallAt_1).
 */
export const onWall = (db: DB.Database, communityId: string, page: number, size: number) =>
  getPage<Wish>(
    collection(db, 'wishes')
      .where({ communityId, wall: true, status: 'dispatched' })
      .orderBy('wallAt', 'asc')
      .field({ _id: true, category: true, description: true, createdAt: true, wallAt: true, dueAt: true }),
    page,
    size,
  );

/** 导出: wishes filed in [from, to) in scope (index createdAt_-1, or communityId_1_createdAt_1). */
export const wishesFiled = (db: DB.Database, scope: 'all' | readonly string[], from: Date, to: Date): RangeQuery => ({
  name: 'wishes',
  field: 'createdAt',
  filter: scope === 'all' ? {} : { communityId: db.command.in([...scope]) },
  from,
  to,
});
