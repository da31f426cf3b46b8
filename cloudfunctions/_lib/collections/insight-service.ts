// 数据看板 beyond wishes: a month's volunteers (registered, active), activities held and their attendance,
// and visits due against done — each an aggregate pipeline answering counts, never documents — and the
// year's party members below their hours by branch, read as bank.party_hours reads them.
import type { DB } from 'wx-server-sdk';
import { HELD_STATUSES } from '../../../src/domain/insight/definitions';
import { attendanceOf, partyByBranch, visitsOf, type PartyBranch, type ServiceFigures } from '../../../src/domain/insight/service';
import { IMPORTED_PREFIX } from '../../../src/domain/team/register';
import { VISIT_STATUSES } from '../../../src/domain/visit/order';
import { collection } from './names';
import { volunteersOf } from './recognition';

type Counted = { list: Array<{ _id: string; n: number }> };
const countsOf = ({ list }: Counted) => Object.fromEntries(list.map((r) => [r._id, r.n]));

/**
 * Volunteers of `communities` (their home): registered now, and active — their passbook has a service
 * entry in [from, to). Two requests: the month's service entries' distinct passbooks (index category_1_at_1),
 * then one count over the communities' volunteers (index communityId_1).
 */
export async function volunteerFigures(db: DB.Database, communities: readonly string[], from: Date, to: Date) {
  const _ = db.command;
  const $ = _.aggregate;
  const served = (await collection(db, 'journal')
    .aggregate()
    .match({ category: 'service', at: _.gte(from).and(_.lt(to)) })
    .project({ _id: 0, accounts: 1 })
    .unwind('$accounts')
    .group({ _id: '$accounts' })
    .end()) as { list: Array<{ _id: string }> };
  const active = served.list
    .map((r) => r._id)
    .filter((a) => a.startsWith('passbook:'))
    .map((a) => a.slice('passbook:'.length));
  const { list } = (await collection(db, 'volunteers')
    .aggregate()
    .match({ communityId: _.in([...communities]) })
    .project({
      _id: 0,
      registered: $.cond({ if: $.eq([$.substrCP(['$_id', 0, IMPORTED_PREFIX.length]), IMPORTED_PREFIX]), then: 0, else: 1 }),
      active: $.cond({ if: $.in(['$_id', active]), then: 1, else: 0 }),
    })
    .group({ _id: null, registered: $.sum('$registered'), active: $.sum('$active') })
    .end()) as { list: Array<{ registered: number; active: number }> };
  return { registered: list[0]?.registered ?? 0, active: list[0]?.active ?? 0 };
}

/** Activities of `communities` held (closed or closing) with their end in [from, to) and their sign-ups by status. */
export async function activityFigures(db: DB.Database, communities: readonly string[], from: Date, to: Date) {
  const _ = db.command;
  const $ = _.aggregate;
  const held = (await collection(db, 'activities')
    .aggregate()
    .match({ communityId: _.in([...communities]), status: _.in([...HELD_STATUSES]), endAt: _.gte(from).and(_.lt(to)) })
    .group({ _id: null, ids: $.push('$_id') })
    .end()) as { list: Array<{ ids: string[] }> };
  const ids = held.list[0]?.ids ?? [];
  if (ids.length === 0) return { held: 0, attendance: { num: 0, den: 0 } };
  const signups = (await collection(db, 'signups')
    .aggregate()
    .match({ activityId: _.in(ids) })
    .group({ _id: '$status', n: $.sum(1) })
    .end()) as Counted;
  return { held: ids.length, attendance: attendanceOf(countsOf(signups)) };
}

/** Visit orders of `communities` due on a day of the month (due at that day's end: (from, to]) by status. */
export async function visitFigures(db: DB.Database, communities: readonly string[], from: Date, to: Date) {
  const _ = db.command;
  const $ = _.aggregate;
  const byStatus = (await collection(db, 'visits')
    .aggregate()
    .match({ communityId: _.in([...communities]), status: _.in([...VISIT_STATUSES]), dueAt: _.gt(from).and(_.lte(to)) })
    .group({ _id: '$status', n: $.sum(1) })
    .end()) as Counted;
  return visitsOf(countsOf(byStatus));
}

/** The month's figures beyond wishes, for `communities`. */
export async function serviceFigures(db: DB.Database, communities: readonly string[], from: Date, to: Date): Promise<ServiceFigures> {
  const [volunteers, activities, visits] = await Promise.all([
    volunteerFigures(db, communities, from, to),
    activityFigures(db, communities, from, to),
    visitFigures(db, communities, from, to),
  ]);
  return { volunteers, activities, visits };
}

/**
 * Party members below `requiredHours` by branch, given the period's minutes per openid (service and
 * correction entries): the same judgement as bank.party_hours (the members by community, partyOrder).
 */
export async function partyBranches(
  db: DB.Database,
  communities: 'all' | readonly string[],
  period: { minutes: ReadonlyMap<string, number>; partial: boolean },
  requiredHours: number,
): Promise<{ branches: Record<string, PartyBranch>; partial: boolean }> {
  const members = await volunteersOf(db, communities, true);
  return { branches: partyByBranch(members.items, period.minutes, requiredHours), partial: members.partial || period.partial };
}
