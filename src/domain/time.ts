// Business time: instants are UTC Dates; days, deadlines and "today" are reckoned in Asia/Shanghai.
// "now" is always passed in, never read here, so tests control it.
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

export const BUSINESS_TZ = 'Asia/Shanghai';

/** `YYYYMMDD` of the business day containing `now` (quota keys, statements). */
export function businessDay(now: Date): string {
  return dayjs(now).tz(BUSINESS_TZ).format('YYYYMMDD');
}

export function addHours(at: Date, hours: number): Date {
  return new Date(at.getTime() + hours * 3_600_000);
}

export function addDays(at: Date, days: number): Date {
  return addHours(at, days * 24);
}

/** `YYYY-MM-DD` in business time, e.g. for a preferred service date. */
export function businessDate(at: Date): string {
  return dayjs(at).tz(BUSINESS_TZ).format('YYYY-MM-DD');
}

/** The instant a business day (`YYYY-MM-DD`) begins in Asia/Shanghai. */
export function businessDayStart(date: string): Date {
  return dayjs.tz(`${date} 00:00`, BUSINESS_TZ).toDate();
}

/** Whole business days from `from`'s day to `to`'s day (negative when `to` is earlier). */
export function businessDaysBetween(from: Date, to: Date): number {
  return Math.round((businessDayStart(businessDate(to)).getTime() - businessDayStart(businessDate(from)).getTime()) / 86_400_000);
}

/** `YYYY-MM`: the business month (Asia/Shanghai) containing `at` (the dashboard's month keys). */
export function businessMonth(at: Date): string {
  return dayjs(at).tz(BUSINESS_TZ).format('YYYY-MM');
}

/** The instant a business month (`YYYY-MM`) begins in Asia/Shanghai. */
export function monthStart(month: string): Date {
  return dayjs.tz(`${month}-01 00:00`, BUSINESS_TZ).toDate();
}

/** The month after `month` (`YYYY-MM`). */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
