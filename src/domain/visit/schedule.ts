// The scheduler's arithmetic (pure, "now" passed in): which plan slots of an elder are due within the
// horizon and not yet created, the orders they become, and when the elder is next due. Days are
// business days in Asia/Shanghai: a slot is due on a date (YYYY-MM-DD) and overdue from the end of it.
//
// The elder carries the scheduler's cursor: `planned[kind]`, the due date of the last order created of
// that kind. The next slot is that date + the interval in force now (so a changed plan or a birthday
// applies from the next slot on); an elder never scheduled starts on the day of registration.
// Catching up: a run after the trigger was down creates every slot due meanwhile, once. A slot whose
// grace has already passed when it is created is created `missed` (and escalates like any missed
// visit): nobody called or visited the elder that day, and the community must hear of it.
import dayjs from 'dayjs';
import { BUSINESS_TZ, businessDate } from '../time';
import type { Elder } from './elder';
import { visitIdOf, VISIT_KINDS, type VisitKind, type VisitOrder } from './order';
import { planFor, type VisitSettings } from './plan';

/** The scheduler's cursor on the elder: the due date of the last order created of each kind. */
export type PlanCursor = Partial<Record<VisitKind, string>>;
export type ScheduledElder = Elder & { planned?: PlanCursor };

/** Never more slots of one kind in one run (a daily plan after a year down: the rest next run). */
export const MAX_SLOTS_PER_RUN = 400;

/** `date` + `days`, both as YYYY-MM-DD (calendar arithmetic, no time zone involved). */
export function addDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

// A run reckons the same few days for thousands of elders, and dayjs's time-zone arithmetic costs
// about 0.1 ms a call: both are remembered (the days of a run, and the last "now").
const ends = new Map<string, number>();
/** The instant a slot becomes overdue: the end of its business day. */
export function dueAtOf(dueDate: string): Date {
  let end = ends.get(dueDate);
  if (end === undefined) {
    if (ends.size > 2000) ends.clear();
    end = dayjs.tz(dueDate, BUSINESS_TZ).add(1, 'day').valueOf();
    ends.set(dueDate, end);
  }
  return new Date(end);
}

let lastNow: { at: number; today: string } | undefined;
/** Today's business date for `now` (remembered for the last `now` asked about). */
export function todayOf(now: Date): string {
  if (lastNow?.at !== now.getTime()) lastNow = { at: now.getTime(), today: businessDate(now) };
  return lastNow.today;
}

/** Missed from here on: the end of the due day + graceDays. */
export const missedFrom = (dueDate: string, graceDays: number): Date => dueAtOf(addDate(dueDate, graceDays));

export interface Slot {
  kind: VisitKind;
  dueDate: string;
}

/** The slots of `kind` after the cursor (or from registration) due up to the horizon's last day. */
function slotsOf(elder: ScheduledElder, kind: VisitKind, every: number, until: string): Slot[] {
  const last = elder.planned?.[kind];
  const out: Slot[] = [];
  for (
    let d = last ? addDate(last, every) : businessDate(elder.createdAt);
    d <= until && out.length < MAX_SLOTS_PER_RUN;
    d = addDate(d, every)
  )
    out.push({ kind, dueDate: d });
  return out;
}

/** Every slot to create now: due within `horizonDays` of today and after the elder's cursor; none for an inactive elder. */
export function slotsToCreate(elder: ScheduledElder, now: Date, settings: VisitSettings): Slot[] {
  const plan = elder.active ? planFor(elder, now, settings) : undefined;
  if (!plan) return [];
  const until = addDate(todayOf(now), settings.horizonDays);
  return [...slotsOf(elder, 'call', plan.callEveryDays, until), ...slotsOf(elder, 'home', plan.homeEveryDays, until)];
}

/** The cursor after creating `slots`. */
export function cursorAfter(elder: ScheduledElder, slots: readonly Slot[]): PlanCursor {
  const out: PlanCursor = { ...elder.planned };
  for (const s of slots) if (!out[s.kind] || s.dueDate > out[s.kind]!) out[s.kind] = s.dueDate;
  return out;
}

/** The order a slot becomes: for the named volunteer, else the community's team; missed at once when its grace is over. */
export function orderOf(elder: Elder, slot: Slot, now: Date, graceDays: number): VisitOrder {
  const late = missedFrom(slot.dueDate, graceDays).getTime() <= now.getTime();
  return {
    _id: visitIdOf(elder._id, slot.kind, slot.dueDate),
    elderId: elder._id,
    communityId: elder.communityId,
    kind: slot.kind,
    dueDate: slot.dueDate,
    dueAt: dueAtOf(slot.dueDate),
    ...(elder.volunteerOpenid ? { volunteerOpenid: elder.volunteerOpenid } : elder.teamId ? { teamId: elder.teamId } : {}),
    status: late ? 'missed' : 'planned',
    version: 0,
    createdAt: now,
    history: late ? [{ at: now, by: 'system', action: 'miss', from: 'planned', to: 'missed' }] : [],
  };
}

/**
 * The elder's `nextDueAt` (the board sorts on it, overdue first): the earliest due time of its planned
 * orders, else the first slot not yet created (the plan goes on), else none.
 */
export function nextDueOf(elder: ScheduledElder, plannedDueAts: readonly Date[], now: Date, settings: VisitSettings): Date | undefined {
  if (plannedDueAts.length > 0) return new Date(Math.min(...plannedDueAts.map((d) => d.getTime())));
  const plan = elder.active ? planFor(elder, now, settings) : undefined;
  if (!plan) return undefined;
  const next = VISIT_KINDS.map((k) => {
    const last = elder.planned?.[k];
    return last ? addDate(last, k === 'call' ? plan.callEveryDays : plan.homeEveryDays) : businessDate(elder.createdAt);
  }).sort()[0]!;
  return dueAtOf(next);
}
