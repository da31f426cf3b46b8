// `visits/{elderId}:{kind}:{dueDate}` (visit orders, ids are plan slots) and the scheduler's and the
// orders' reads and writes of `elders` (the registry's own queries live with the registry).
import type { DB } from 'wx-server-sdk';
import { VISIT_STATUSES, type VisitOrder, type VisitStatus } from '../../../src/domain/visit/order';
import type { ScheduledElder } from '../../../src/domain/visit/schedule';
import { getAll, getDoc } from '../db';
import { collection, type Updated } from './names';
import type { RangeQuery } from './ranges';

export const getVisit = (db: DB.Database, id: string) => getDoc<VisitOrder>(db, 'visits', id);
export const getElder = (db: DB.Database, id: string) => getDoc<ScheduledElder>(db, 'elders', id);

/** Active elders after `afterId`, in id order (index active_1__id_1): the scheduler's bounded pages. */
export async function activeEldersAfter(db: DB.Database, afterId: string | undefined, size: number): Promise<ScheduledElder[]> {
  const _ = db.command;
  const { data } = (await collection(db, 'elders')
    .where(afterId === undefined ? { active: true } : { active: true, _id: _.gt(afterId) })
    .orderBy('_id', 'asc')
    .limit(size)
    .get()) as unknown as { data: ScheduledElder[] };
  return data;
}

export const eldersByIds = (db: DB.Database, ids: readonly string[]) =>
  getAll<ScheduledElder>(collection(db, 'elders').where({ _id: db.command.in([...ids]) }));

/** The due times of these elders' planned orders (index elderId_1_dueAt_-1). */
export const plannedOf = (db: DB.Database, elderIds: readonly string[]) =>
  getAll<Pick<VisitOrder, '_id' | 'elderId' | 'dueAt'>>(
    collection(db, 'visits')
      .where({ elderId: db.command.in([...elderIds]), status: 'planned' })
      .field({ _id: true, elderId: true, dueAt: true }),
  );

/**
 * Adds orders in one batched insert; when one of them exists already (a run that stopped between the
 * insert and the elder's cursor), one by one, skipping those. The number added.
 */
export async function insertOrders(db: DB.Database, orders: readonly VisitOrder[]): Promise<number> {
  if (orders.length === 0) return 0;
  try {
    await collection(db, 'visits').add({ data: orders.map((o) => ({ ...o })) as never });
    return orders.length;
  } catch {
    let added = 0;
    for (const o of orders) {
      try {
        await collection(db, 'visits').add({ data: { ...o } });
        added++;
      } catch {
        // the slot exists: created by an earlier run
      }
    }
    return added;
  }
}

/** One update for several elders that get the same fields (the scheduler groups them). */
export async function updateElders(db: DB.Database, ids: readonly string[], data: Record<string, unknown>): Promise<void> {
  await collection(db, 'elders')
    .where({ _id: db.command.in([...ids]) })
    .update({ data });
}

/** Planned orders due at or before `before`, oldest first (index status_1_dueAt_1). */
export async function plannedDueBy(db: DB.Database, before: Date, size: number): Promise<VisitOrder[]> {
  const { data } = (await collection(db, 'visits')
    .where({ status: 'planned', dueAt: db.command.lte(before) })
    .orderBy('dueAt', 'asc')
    .limit(size)
    .get()) as unknown as { data: VisitOrder[] };
  return data;
}

/** Marks orders missed in one update, each only while still planned; the number changed. */
export async function markMissed(db: DB.Database, ids: readonly string[], entry: VisitOrder['history'][number]): Promise<number> {
  const _ = db.command;
  const res = (await collection(db, 'visits')
    .where({ _id: _.in([...ids]), status: 'planned' })
    .update({ data: { status: 'missed', version: _.inc(1), history: _.push([entry]) } })) as Updated;
  return res.stats.updated;
}

/** Planned orders due in (from, to] not yet reminded of (index status_1_dueAt_1). */
export async function toRemind(db: DB.Database, from: Date, to: Date, size: number): Promise<VisitOrder[]> {
  const _ = db.command;
  const { data } = (await collection(db, 'visits')
    .where({ status: 'planned', dueAt: _.gt(from).and(_.lte(to)), remindedAt: _.exists(false) })
    .orderBy('dueAt', 'asc')
    .limit(size)
    .get()) as unknown as { data: VisitOrder[] };
  return data;
}

/** Marks orders reminded, in one update, before the notices go (a rerun sends none twice). */
export const markReminded = (db: DB.Database, ids: readonly string[], now: Date) =>
  collection(db, 'visits')
    .where({ _id: db.command.in([...ids]), remindedAt: db.command.exists(false) })
    .update({ data: { remindedAt: now } });

/** A volunteer's named orders in these states due from `since` on, soonest first (index volunteerOpenid_1_status_1_dueAt_1). */
export const namedVisits = (db: DB.Database, openid: string, statuses: readonly VisitStatus[], since: Date, limit: number) =>
  firstOf(
    collection(db, 'visits').where({ volunteerOpenid: openid, status: db.command.in([...statuses]), dueAt: db.command.gte(since) }),
    limit,
  );

/** The teams' pool orders in these states due from `since` on, soonest first (index teamId_1_status_1_dueAt_1). */
export const poolVisits = (db: DB.Database, teamIds: readonly string[], statuses: readonly VisitStatus[], since: Date, limit: number) =>
  firstOf(
    collection(db, 'visits').where({
      teamId: db.command.in([...teamIds]),
      status: db.command.in([...statuses]),
      dueAt: db.command.gte(since),
    }),
    limit,
  );

async function firstOf(query: DB.Query, limit: number): Promise<VisitOrder[]> {
  const { data } = (await query.orderBy('dueAt', 'asc').limit(limit).get()) as unknown as { data: VisitOrder[] };
  return data;
}

/** Sets fields on an order only at the version read (compare-and-set); true when it applied. */
export async function setVisitAt(db: DB.Database, id: string, version: number, data: Record<string, unknown>): Promise<boolean> {
  const res = (await collection(db, 'visits').where({ _id: id, version }).update({ data })) as Updated;
  return res.stats.updated === 1;
}

/**
 * A retired elder's orders still planned (index elderId_1_dueAt_-1): removed, so no volunteer is sent
 * and the timer neither marks them missed nor alerts the community. Done and missed orders stay.
 */
export async function dropPlannedOf(db: DB.Database, elderId: string): Promise<void> {
  await collection(db, 'visits').where({ elderId, status: 'planned' }).remove();
}

/** 导出: visit orders due in [from, to) in scope, any status (index status_1_dueAt_1, or communityId_1_status_1_dueAt_1). */
export const visitsDue = (db: DB.Database, scope: 'all' | readonly string[], from: Date, to: Date): RangeQuery => ({
  name: 'visits',
  field: 'dueAt',
  filter: {
    ...(scope === 'all' ? {} : { communityId: db.command.in([...scope]) }),
    status: db.command.in([...VISIT_STATUSES]),
  },
  from,
  to,
});
