// The passbook's statements (存折对账): the running balance after each entry and the month-by-month
// statement of a year, both from the stored balance walking back through the entries (newest
// first), so they agree with the balance the volunteer sees. Months are business months (Asia/Shanghai).
import dayjs from 'dayjs';
import { BUSINESS_TZ } from '../time';
import type { AccountId, JournalEntry } from './ledger';

/** `YYYY-MM` of the business month containing `at`. */
export const businessMonth = (at: Date): string => dayjs(at).tz(BUSINESS_TZ).format('YYYY-MM');

/** The instant a business month starts (`month` 1–12; 13 is January of the next year). */
export function monthStart(year: number, month: number): Date {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((month - 1) % 12) + 1;
  return dayjs.tz(`${y}-${String(m).padStart(2, '0')}-01 00:00`, BUSINESS_TZ).toDate();
}

/** [from, to) of a business year. */
export const yearRange = (year: number) => ({ from: monthStart(year, 1), to: monthStart(year + 1, 1) });

/** The business year containing `at`. */
export const businessYear = (at: Date): number => Number(businessMonth(at).slice(0, 4));

/** One entry as the passbook sees it: its net points on this account and its minutes. */
export interface PassbookMove {
  at: Date;
  points: number;
  minutes: number;
}

/** The entry's net points on `account` (a reservation's confirmation lists the passbook with 0). */
export const pointsOn = (entry: Pick<JournalEntry, 'lines'>, account: AccountId) =>
  entry.lines.filter((l) => l.account === account).reduce((s, l) => s + l.points, 0);

/**
 * The balance after each entry of a page (newest first): the newest entry ever leaves the stored
 * balance; an entry leaves the balance minus every newer entry's points. `newerPoints` is the sum of
 * the points of the entries on earlier pages.
 */
export function runningBalances(page: readonly { points: number }[], balance: number, newerPoints: number): number[] {
  let after = balance - newerPoints;
  return page.map((e) => {
    const here = after;
    after -= e.points;
    return here;
  });
}

export interface MonthStatement {
  /** `YYYY-MM`. */
  month: string;
  opening: number;
  /** Points in (credits, releases, corrections up). */
  in: number;
  /** Points out, as a positive number (holds, corrections down). */
  out: number;
  closing: number;
  minutes: number;
}

/**
 * The months of `year` up to the month of `now` (every month for a past year), oldest first.
 * `entries` are every entry at or after the year's start, any order; `balance` is the stored
 * balance now. Opening of January + all moves of the year = closing of December.
 */
export function monthStatements(entries: readonly PassbookMove[], balance: number, year: number, now: Date) {
  const { to } = yearRange(year);
  const after = entries.filter((e) => e.at >= to).reduce((s, e) => s + e.points, 0);
  const lastMonth = year < businessYear(now) ? 12 : year > businessYear(now) ? 0 : Number(businessMonth(now).slice(5, 7));
  const months: MonthStatement[] = [];
  let closing = balance - after;
  let minutes = 0;
  for (let m = 12; m >= 1; m--) {
    const start = monthStart(year, m);
    const end = monthStart(year, m + 1);
    const here = entries.filter((e) => e.at >= start && e.at < end);
    const inPts = here.filter((e) => e.points > 0).reduce((s, e) => s + e.points, 0);
    const outPts = here.filter((e) => e.points < 0).reduce((s, e) => s - e.points, 0);
    const mins = here.reduce((s, e) => s + e.minutes, 0);
    const opening = closing - inPts + outPts;
    minutes += mins;
    if (m <= lastMonth)
      months.unshift({ month: `${year}-${String(m).padStart(2, '0')}`, opening, in: inPts, out: outPts, closing, minutes: mins });
    closing = opening;
  }
  return { months, minutes };
}
