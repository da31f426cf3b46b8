// The hourly visit scheduler: creates visit orders ahead of time from the plan, marks missed ones and
// escalates them, reminds the day before. Idempotent (order ids are plan slots) and catches up.
//
// One run, in database requests: the settings (1); the missed pass (1 read a page of 500 overdue
// orders, 1 batched update, the community's alert); the reminders (1 read, 1 batched update a page,
// then the notices); the elders in id order, 500 a page (index active_1__id_1): per page 1 read, 1
// batched insert of the page's new orders, 1 read of their planned orders, and 1 update per group of
// elders getting the same fields (elders registered together share their cursor and next due time),
// sent 16 at a time so the store syncs them together.
// The cursor of each elder lives on the elder (`planned`), so a run stopped by its time budget leaves
// nothing half done: the next run reads past the finished elders without writing.
import { ok, type Result } from '../../src/domain/errors';
import { MY_VISITS_PAGE, visitNoticeData } from '../../src/domain/notify';
import { addDays, businessDate } from '../../src/domain/time';
import { VISIT_KIND_LABELS, type VisitOrder } from '../../src/domain/visit/order';
import type { VisitSettings } from '../../src/domain/visit/plan';
import { cursorAfter, dueAtOf, nextDueOf, orderOf, slotsToCreate, addDate } from '../../src/domain/visit/schedule';
import {
  activeEldersAfter,
  insertOrders,
  markMissed,
  markReminded,
  plannedDueBy,
  plannedOf,
  toRemind,
  updateElders,
} from '../_lib/collections/visits';
import { settingOf } from '../_lib/collections/settings';
import type { Deps } from '../_lib/context';
import { notify } from '../_lib/notify';
import { alertCommunity } from './escalate';

const PAGE = 500;
/** Writes and notices sent at once (the store's group commit syncs them together). */
const CONCURRENT = 16;
/** Stop reading new pages after this long (the function's timeout is 20 s); the next run goes on. */
export const BUDGET_MS = 12_000;

export interface SchedulerReport {
  created: number;
  missed: number;
  reminded: number;
  elders: number;
  escalations: number;
  /** false: the time budget ran out before the last elder (the next run continues). */
  complete: boolean;
}

export async function runScheduler(deps: Deps, now = new Date(), budgetMs = BUDGET_MS): Promise<Result<SchedulerReport>> {
  const started = Date.now();
  const settings = await settingOf(deps.db, 'visits');
  const report: SchedulerReport = { created: 0, missed: 0, reminded: 0, elders: 0, escalations: 0, complete: true };
  const missedBy = new Map<string, Set<string>>(); // communityId → elders with a visit missed now
  const noteMissed = (o: Pick<VisitOrder, 'communityId' | 'elderId'>) =>
    missedBy.set(o.communityId, (missedBy.get(o.communityId) ?? new Set()).add(o.elderId));

  report.missed = await missPass(deps, now, settings, noteMissed);
  report.reminded = await remindPass(deps, now);
  const touched = new Set([...missedBy.values()].flatMap((s) => [...s]));
  let after: string | undefined;
  for (;;) {
    if (Date.now() - started > budgetMs) {
      report.complete = false;
      break;
    }
    const page = await activeEldersAfter(deps.db, after, PAGE);
    if (page.length === 0) break;
    after = page[page.length - 1]!._id;
    report.elders += page.length;
    const slots = new Map(page.map((e) => [e._id, slotsToCreate(e, now, settings)]));
    const orders = page.flatMap((e) => slots.get(e._id)!.map((s) => orderOf(e, s, now, settings.graceDays)));
    report.created += await insertOrders(deps.db, orders);
    for (const o of orders) if (o.status === 'missed') noteMissed(o);
    const due = page.filter((e) => slots.get(e._id)!.length > 0 || touched.has(e._id) || missedNow(missedBy, e._id));
    if (due.length === 0) continue;
    const planned = await plannedOf(
      deps.db,
      due.map((e) => e._id),
    );
    const groups = new Map<string, { ids: string[]; data: Record<string, unknown> }>();
    for (const e of due) {
      const cursor = cursorAfter(e, slots.get(e._id)!);
      const dueAts = planned.filter((p) => p.elderId === e._id).map((p) => new Date(p.dueAt));
      const next = nextDueOf({ ...e, planned: cursor }, dueAts, now, settings);
      const data: Record<string, unknown> = {
        planned: cursor,
        ...(next ? { nextDueAt: next } : {}),
        ...(missedNow(missedBy, e._id) ? { escalatedAt: now } : {}),
      };
      const key = JSON.stringify(data);
      groups.set(key, { ids: [...(groups.get(key)?.ids ?? []), e._id], data });
    }
    // Independent updates, sent together: the store commits them with one sync instead of one each.
    await together([...groups.values()], (g) => updateElders(deps.db, g.ids, g.data));
  }
  // One alert per community and run, however many of its visits were missed.
  for (const [communityId, elders] of missedBy) {
    await alertCommunity(deps, communityId, 'missed', elders.size);
    report.escalations++;
  }
  return ok(report);
}

/** Runs `fn` over `items`, at most CONCURRENT at a time. */
async function together<T>(items: readonly T[], fn: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += CONCURRENT) await Promise.all(items.slice(i, i + CONCURRENT).map(fn));
}

const missedNow = (missedBy: Map<string, Set<string>>, elderId: string) => [...missedBy.values()].some((s) => s.has(elderId));

/** Planned orders past their due day + grace become missed, a page at a time, each in one update. */
async function missPass({ db }: Deps, now: Date, settings: VisitSettings, noteMissed: (o: VisitOrder) => void): Promise<number> {
  const before = addDays(now, -settings.graceDays);
  const entry = { at: now, by: 'system', action: 'miss', from: 'planned' as const, to: 'missed' as const };
  let missed = 0;
  for (;;) {
    const page = await plannedDueBy(db, before, PAGE);
    if (page.length === 0) return missed;
    missed += await markMissed(
      db,
      page.map((o) => o._id),
      entry,
    );
    page.forEach(noteMissed);
    if (page.length < PAGE) return missed;
  }
}

/** "明天有巡访": once per order (marked before the notice goes), to its named volunteer or its team's members. */
async function remindPass(deps: Deps, now: Date): Promise<number> {
  const today = businessDate(now);
  const tomorrow = addDate(today, 1);
  let reminded = 0;
  for (;;) {
    const page = await toRemind(deps.db, dueAtOf(today), dueAtOf(tomorrow), PAGE);
    if (page.length === 0) return reminded;
    await markReminded(
      deps.db,
      page.map((o) => o._id),
      now,
    );
    await together(page, async (o) => {
      const team = !o.volunteerOpenid && o.teamId ? await deps.ref.team(o.teamId) : undefined;
      const to = o.volunteerOpenid ? [o.volunteerOpenid] : (team?.members ?? []);
      const data = visitNoticeData('visit_due', { kindLabel: VISIT_KIND_LABELS[o.kind], dueDate: o.dueDate });
      await Promise.all(to.map((openid) => notify(deps.cloud, 'visit', openid, 'visit_due', data, MY_VISITS_PAGE)));
    });
    reminded += page.length;
    if (page.length < PAGE) return reminded;
  }
}
