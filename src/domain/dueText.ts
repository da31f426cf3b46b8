// A due time in words (时限), the same on every page: 「今天 17:30 前」, 「明天 17:30 前」, 「周三 17:30 前」,
// 「12月9日 17:30 前」; the resident reads 「预计 周三 前上门」; a wish scheduled into the weekly service day
// 「服务日 周三 12月9日」; a late one 「已超时 2 天」. Pure: "now" is passed in. Business time, UTC+8.
import { dayOf, weekdayOf } from './calendar';
import { isWishOverdue } from './sla';
import { STATUS_GROUP, type Status } from './wish/states';

type Instant = Date | string | number;

const DAY_MS = 24 * 3_600_000;
const HOUR_MS = 3_600_000;
const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

export interface DueText {
  text: string;
  /** Past due: the page marks it in words too (the text says 已超时), never by colour alone. */
  overdue: boolean;
}

const toDate = (at: Instant) => new Date(at);
const clock = (at: Date) => new Date(at.getTime() + 8 * HOUR_MS).toISOString().slice(11, 16);
const weekday = (day: string) => `周${WEEKDAYS[weekdayOf(day) - 1]}`;
const monthDay = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** How late: 「已超时 2 天」, 「已超时 3 小时」, 「已超时」 within the first hour. */
function lateText(late: number): string {
  if (late >= DAY_MS) return `已超时 ${Math.floor(late / DAY_MS)} 天`;
  if (late >= HOUR_MS) return `已超时 ${Math.floor(late / HOUR_MS)} 小时`;
  return '已超时';
}

/** 「服务日 周三 12月9日」. */
export const serviceDayText = (day: string) => `服务日 ${weekday(day)} ${monthDay(day)}`;

/**
 * `dueAt` as words at `now`. `resident`: the resident's phrasing (the day is enough beyond tomorrow);
 * `serviceDay`: the wish was scheduled into that service day (YYYY-MM-DD).
 */
export function dueText(dueAt: Instant, now: Instant, opts: { resident?: boolean; serviceDay?: string } = {}): DueText {
  const due = toDate(dueAt);
  const late = toDate(now).getTime() - due.getTime();
  if (late > 0) return { text: lateText(late), overdue: true };
  if (opts.serviceDay) return { text: serviceDayText(opts.serviceDay), overdue: false };
  const day = dayOf(due);
  const ahead = daysBetween(dayOf(toDate(now)), day);
  const name = ahead === 0 ? '今天' : ahead === 1 ? '明天' : ahead < 7 ? weekday(day) : monthDay(day);
  if (!opts.resident) return { text: `${name} ${clock(due)} 前`, overdue: false };
  return { text: `预计 ${ahead <= 1 ? `${name} ${clock(due)}` : name} 前上门`, overdue: false };
}

/** A wish's due text while someone still has to act on it; none once it is served or ended. */
export function wishDueText(
  wish: { dueAt: Instant; status: Status; serviceDay?: string },
  now: Instant,
  resident = false,
): DueText | undefined {
  if (STATUS_GROUP[wish.status] !== 'open') return undefined;
  const shown = dueText(wish.dueAt, now, { resident, ...(wish.serviceDay ? { serviceDay: wish.serviceDay } : {}) });
  return { ...shown, overdue: isWishOverdue(wish, now) };
}
