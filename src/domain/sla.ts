// Service-level rules (时限): when a wish is due, and when it is late. Pure: "now" is always passed in.
// Each category has its hours on the working calendar (calendar.ts) or on the clock, 24/7 (urgent
// categories such as 代买急药); an urgent wish counts half its category's hours on the clock. The rules
// are the settings key `sla` (the admin edits them); a wish's due time is fixed when it is filed, so a
// change applies to later wishes only.
import * as z from 'zod';
import { addClockHours, addWorkingHours, type WorkingCalendar } from './calendar';
import { CATEGORIES, type Category, type Urgency } from './menu';
import { STATUS_GROUP, type Status } from './wish/states';

type Instant = Date | string | number;

export const SlaRule = z.strictObject({
  /** Hours to serve it: working hours, or clock hours when `clock`. */
  hours: z.number().int().min(1).max(720),
  /** Counted on the clock, 24/7 and holidays included (urgent kinds of help). */
  clock: z.boolean(),
});
export type SlaRule = z.infer<typeof SlaRule>;

export const SlaSettings = z.strictObject(Object.fromEntries(CATEGORIES.map((c) => [c, SlaRule])) as Record<Category, typeof SlaRule>);
export type SlaSettings = z.infer<typeof SlaSettings>;

/** A working day is 9 hours (08:30–17:30): 27 hours are three working days. */
export const DEFAULT_SLA: SlaSettings = {
  health_check: { hours: 27, clock: false },
  haircut: { hours: 45, clock: false },
  repairs: { hours: 27, clock: false },
  errands: { hours: 9, clock: false },
  companionship: { hours: 45, clock: false },
  cleaning: { hours: 27, clock: false },
  legal_advice: { hours: 45, clock: false },
  psych_support: { hours: 27, clock: false },
  medicine_purchase: { hours: 6, clock: true },
  hospital_escort: { hours: 18, clock: false },
  other: { hours: 45, clock: false },
};

/** When a wish filed at `createdAt` is due: its category's rule on the calendar; urgent: half, on the clock. */
export function dueAtOf(createdAt: Date, category: Category, urgency: Urgency, sla: SlaSettings, cal: WorkingCalendar): Date {
  const rule = sla[category];
  if (urgency === 'urgent') return addClockHours(createdAt, rule.hours / 2);
  return rule.clock ? addClockHours(createdAt, rule.hours) : addWorkingHours(createdAt, rule.hours, cal);
}

const ms = (at: Instant) => (at instanceof Date ? at.getTime() : typeof at === 'number' ? at : Date.parse(at));

/** Milliseconds from `now` until `dueAt`; negative once it has passed. */
export function timeLeft(dueAt: Instant, now: Instant): number {
  return ms(dueAt) - ms(now);
}

/** `dueAt` has passed at `now`. */
export function isOverdue(dueAt: Instant, now: Instant): boolean {
  return timeLeft(dueAt, now) < 0;
}

/**
 * The wish is late: past its due time while someone still has to act on it (its status is in the
 * open group). A served, closed, rejected or cancelled wish is never late.
 */
export function isWishOverdue(wish: { dueAt: Instant; status: Status }, now: Instant): boolean {
  return STATUS_GROUP[wish.status] === 'open' && isOverdue(wish.dueAt, now);
}
