// The rules of an activity that take time as an argument: whether a publication's times make sense,
// when check-in and check-out are open, the minutes a volunteer is credited, and the closing plan.
import { fail, ok, type ErrorCode, type Result } from '../errors';
import type { Activity, SignUp } from './activity';

const MINUTE = 60_000;
/** Check-in opens this long before the start (people arrive early to set up). */
export const CHECK_IN_EARLY_MIN = 60;
/** Check-out stays open this long after the end (packing up, the last scan). */
export const CHECK_OUT_LATE_MIN = 120;

export interface PublishTimes {
  startAt: Date;
  endAt: Date;
  signUpBy: Date;
  withdrawBy?: Date;
}

/** endAt > startAt > now, signUpBy ≤ startAt, withdrawBy ≤ startAt (default: signUpBy). */
export function checkTimes(t: PublishTimes, now: Date): Result<{ withdrawBy: Date }> {
  const withdrawBy = t.withdrawBy ?? t.signUpBy;
  const bad =
    t.startAt.getTime() <= now.getTime() ||
    t.endAt.getTime() <= t.startAt.getTime() ||
    t.signUpBy.getTime() > t.startAt.getTime() ||
    withdrawBy.getTime() > t.startAt.getTime();
  return bad ? fail('ACTIVITY.BAD_TIMES', 'the times do not fit together') : ok({ withdrawBy });
}

type Span = Pick<Activity, 'startAt' | 'endAt'>;
const ms = (d: Date | string) => new Date(d).getTime();

/** Is a scan at `now` in time? Check-in from an hour before the start to the end; check-out until end + 2 h. */
export function scanWindow(a: Span, step: 'check_in' | 'check_out', now: Date): ErrorCode | undefined {
  const t = now.getTime();
  if (t < ms(a.startAt) - CHECK_IN_EARLY_MIN * MINUTE) return 'ACTIVITY.NOT_STARTED';
  const last = step === 'check_in' ? ms(a.endAt) : ms(a.endAt) + CHECK_OUT_LATE_MIN * MINUTE;
  return t > last ? 'ACTIVITY.ENDED' : undefined;
}

/**
 * The waiting list moves up only before the start: a place freed once the activity has begun is not
 * given to someone who is not there (they would hear it too late to come).
 */
export const promotionOpen = (a: Pick<Activity, 'startAt'>, now: Date): boolean => now.getTime() < ms(a.startAt);

/** The activity's length in whole minutes. */
export const lengthOf = (a: Span) => Math.floor((ms(a.endAt) - ms(a.startAt)) / MINUTE);

/**
 * Minutes credited: min(out, end) − max(in, start), never below 0 nor above the activity's length. A
 * missing check-out counts to the end (someone who forgot to scan out still served); no check-in: 0.
 */
export function minutesOf(a: Span, checkInAt?: Date | string, checkOutAt?: Date | string): number {
  if (checkInAt === undefined) return 0;
  const from = Math.max(ms(checkInAt), ms(a.startAt));
  const to = Math.min(checkOutAt === undefined ? ms(a.endAt) : ms(checkOutAt), ms(a.endAt));
  return Math.max(0, Math.min(lengthOf(a), Math.floor((to - from) / MINUTE)));
}

/** Sign-ups still open for credit at closing: who came (checked in or out) and who never did. */
const CAME: readonly SignUp['status'][] = ['checked_in', 'checked_out'];
export interface ClosingPlan {
  attend: Array<{ signUp: SignUp; minutes: number }>;
  noShow: SignUp[];
  /** Points the sponsor pays for everyone still to be paid. */
  points: number;
}

/** Who is paid (and for how many minutes) and who is recorded as a no-show; done ones are left alone. */
export function closingPlan(a: Pick<Activity, 'startAt' | 'endAt' | 'points'>, signUps: readonly SignUp[]): ClosingPlan {
  const attend = signUps
    .filter((s) => CAME.includes(s.status))
    .map((s) => ({ signUp: s, minutes: minutesOf(a, s.checkInAt, s.checkOutAt) }));
  const noShow = signUps.filter((s) => s.status === 'signed_up');
  return { attend, noShow, points: attend.length * a.points };
}

/** An activity starting within the next 24 hours and not reminded yet gets the day-before reminder. */
export const dueForReminder = (a: Pick<Activity, 'status' | 'startAt' | 'remindedAt'>, now: Date) =>
  a.status === 'published' && !a.remindedAt && ms(a.startAt) > now.getTime() && ms(a.startAt) - now.getTime() <= 24 * 60 * MINUTE;
