// Business time: instants are UTC Dates; days, deadlines and "today" are reckoned in Asia/Shanghai.
// "now" is always passed in, never read here, so tests control it.
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

export const BUSINESS_TZ = 'Asia/Shanghai';

// Asia/Shanghai has kept UTC+8 without daylight saving since 1991, so from 1992 on the business
// calendar is a fixed shift. dayjs's tz asks Intl on every call, which cost half a millisecond of each
// submission (the quota's day); it stays the answer outside the fixed span (tests/domain/time.test.ts
// checks that both agree).
const OFFSET_MS = 8 * 3_600_000;
const FIXED_FROM = Date.UTC(1992, 0, 1);
const FIXED_TO = Date.UTC(9999, 0, 1);

/** `YYYY-MM-DD` of `at` in business time when the fixed shift applies, else undefined. */
function fixedDate(at: Date): string | undefined {
  const t = at.getTime();
  return t >= FIXED_FROM && t < FIXED_TO ? new Date(t + OFFSET_MS).toISOString().slice(0, 10) : undefined;
}

/** The instant a business day starts, for a well-formed `YYYY-MM-DD` in the fixed span, else undefined. */
function fixedStart(date: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const start = new Date(utc - OFFSET_MS);
  return utc >= FIXED_FROM && utc < FIXED_TO && fixedDate(start) === date ? start : undefined;
}

/** `YYYYMMDD` of the business day containing `now` (quota keys, statements). */
export function businessDay(now: Date): string {
  return fixedDate(now)?.replace(/-/g, '') ?? dayjs(now).tz(BUSINESS_TZ).format('YYYYMMDD');
}

export function addHours(at: Date, hours: number): Date {
  return new Date(at.getTime() + hours * 3_600_000);
}

export function addDays(at: Date, days: number): Date {
  return addHours(at, days * 24);
}

/** `YYYY-MM-DD` in business time, e.g. for a preferred service date. */
export function businessDate(at: Date): string {
  return fixedDate(at) ?? dayjs(at).tz(BUSINESS_TZ).format('YYYY-MM-DD');
}

/** The instant a business day (`YYYY-MM-DD`) begins in Asia/Shanghai. */
export function businessDayStart(date: string): Date {
  return fixedStart(date) ?? dayjs.tz(`${date} 00:00`, BUSINESS_TZ).toDate();
}

/** Whole business days from `from`'s day to `to`'s day (negative when `to` is earlier). */
export function businessDaysBetween(from: Date, to: Date): number {
  return Math.round((businessDayStart(businessDate(to)).getTime() - businessDayStart(businessDate(from)).getTime()) / 86_400_000);
}

/** `YYYY-MM`: the business month (Asia/Shanghai) containing `at` (the dashboard's month keys). */
export function businessMonth(at: Date): string {
  return fixedDate(at)?.slice(0, 7) ?? dayjs(at).tz(BUSINESS_TZ).format('YYYY-MM');
}

/** The instant a business month (`YYYY-MM`) begins in Asia/Shanghai. */
export function monthStart(month: string): Date {
  return fixedStart(`${month}-01`) ?? dayjs.tz(`${month}-01 00:00`, BUSINESS_TZ).toDate();
}

/** The month after `month` (`YYYY-MM`). */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
