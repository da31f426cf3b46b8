// Service-level rules: when a wish is late. Pure: "now" is always passed in, never read here.
// (When a wish is due is decided at submission: `dueAt` in menu.ts, from the category and urgency.)
import { STATUS_GROUP, type Status } from './wish/states';

type Instant = Date | string | number;

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
