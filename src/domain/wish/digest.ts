// The weekly digest (周报) for a dispatcher (their communities) or a team leader (their team): overdue
// orders, reopened wishes (重办), services waiting for a rating, idle volunteers, visits missed. Pure:
// the function loads the lists, this shapes them; "now" is passed in.
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { addDays, BUSINESS_TZ } from '../time';
import type { Category } from '../menu';
import type { Status } from './states';
import type { Wish } from './wish';

dayjs.extend(utc);
dayjs.extend(timezone);

/** How many wishes each list shows (the counts go further, up to the cap). */
export const DIGEST_LIST = 10;
/** The weekly notice goes out from Monday 08:00 (business time), once per person per week. */
export const DIGEST_HOUR = 8;

/** The business week containing `now` (Monday to Monday, Asia/Shanghai): its key is its Monday. */
export function weekOf(now: Date): { key: string; start: Date; end: Date } {
  const d = dayjs(now).tz(BUSINESS_TZ).startOf('day');
  const monday = d.subtract((d.day() + 6) % 7, 'day');
  return { key: monday.format('YYYY-MM-DD'), start: monday.toDate(), end: monday.add(7, 'day').toDate() };
}

/** The weekly notice is due from Monday 08:00 of the week; a late run later that week still sends it (once: the key). */
export const digestNoticeDue = (now: Date): boolean => now.getTime() >= weekOf(now).start.getTime() + DIGEST_HOUR * 3_600_000;

/** The period a digest covers: the 7 days up to now. */
export const digestPeriod = (now: Date) => ({ from: addDays(now, -7), to: now });

export interface DigestItem {
  id: string;
  category: Category;
  status: Status;
  dueAt: string;
  /** 升级 (escalated) and 催办 (reminded) markers of the dispatch timer. */
  escalated: boolean;
  reminded: boolean;
}

export interface DigestList {
  /** Up to the cap (100): the page reads 「99+」 beyond 99. */
  count: number;
  items: DigestItem[];
}

const iso = (d: Date | string) => new Date(d).toISOString();

/** A count and the first DIGEST_LIST items, with no name, phone or room (a wish's kind and status only). */
export function digestList(wishes: readonly Wish[]): DigestList {
  return {
    count: wishes.length,
    items: wishes.slice(0, DIGEST_LIST).map((w) => ({
      id: w._id,
      category: w.category,
      status: w.status,
      dueAt: iso(w.dueAt),
      escalated: !!w.escalatedAt,
      reminded: !!w.remindedAt,
    })),
  };
}

/** Members (OPENIDs) with no service since the window began: idle (闲置), in the order given. */
export const idleMembers = (members: readonly string[], served: ReadonlySet<string>): string[] =>
  [...new Set(members)].filter((m) => !served.has(m));
