// The dashboard's figures of one month, from plain rows (one per wish filed in the month). Pure: the
// definitions are in definitions.ts; the insight function reads the rows with an aggregate pipeline.
import { addDays, monthStart, nextMonth } from '../time';
import { RESPONSE_ACTIONS, SETTLE_DAYS, RESPONSE_HOURS, SATISFIED_AT_OR_ABOVE, SERVED_STATUSES, type Duration } from './definitions';

/** What the figures need of a wish: its place, team, kind, status, filing time, served minutes and history. */
export interface WishRow {
  communityId: string;
  buildingId: string;
  teamId?: string;
  category: string;
  status: string;
  createdAt: Date;
  /** completion.minutes, when served. */
  minutes?: number;
  history: Array<{ action: string; at: Date; stars?: number }>;
}

/** A ratio kept as its two counts, so months (and communities) add up before dividing. */
export interface Ratio {
  num: number;
  den: number;
}

export interface MonthFigures {
  month: string;
  filed: number;
  byStatus: Record<string, number>;
  byCategory: Record<string, number>;
  byCommunity: Record<string, { filed: number; served: number }>;
  /** Per stairwell: where demand comes from. */
  byStairwell: Record<string, { filed: number; served: number }>;
  /** Per team (the team holding it now): work done. */
  byTeam: Record<string, { orders: number; served: number; minutes: number }>;
  rates: { response: Ratio; resolution: Ratio; satisfaction: Ratio };
  /** Minutes; null when no wish of the month got that far. */
  medians: Record<Duration, number | null>;
  minutesServed: number;
}

const MINUTE = 60_000;
const bump = (r: Record<string, number>, key: string) => (r[key] = (r[key] ?? 0) + 1);
const firstAt = (row: WishRow, actions: readonly string[]) => row.history.find((h) => actions.includes(h.action))?.at;

/** The median of `xs` (the mean of the middle two for an even count, rounded to a minute); null when empty. */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return Math.round(s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2);
}

export const isServed = (status: string) => (SERVED_STATUSES as readonly string[]).includes(status);

export function monthFigures(month: string, rows: readonly WishRow[]): MonthFigures {
  const f: MonthFigures = {
    month,
    filed: rows.length,
    byStatus: {},
    byCategory: {},
    byCommunity: {},
    byStairwell: {},
    byTeam: {},
    rates: { response: { num: 0, den: rows.length }, resolution: { num: 0, den: 0 }, satisfaction: { num: 0, den: 0 } },
    medians: { toDispatch: null, toClaim: null, toComplete: null },
    minutesServed: 0,
  };
  const spans: Record<Duration, number[]> = { toDispatch: [], toClaim: [], toComplete: [] };
  for (const row of rows) {
    const served = isServed(row.status);
    const minutes = served ? (row.minutes ?? 0) : 0;
    bump(f.byStatus, row.status);
    bump(f.byCategory, row.category);
    const c = (f.byCommunity[row.communityId] ??= { filed: 0, served: 0 });
    const b = (f.byStairwell[row.buildingId] ??= { filed: 0, served: 0 });
    c.filed++;
    b.filed++;
    if (served) {
      c.served++;
      b.served++;
    }
    if (row.teamId) {
      const t = (f.byTeam[row.teamId] ??= { orders: 0, served: 0, minutes: 0 });
      t.orders++;
      if (served) {
        t.served++;
        t.minutes += minutes;
      }
    }
    f.minutesServed += minutes;

    const created = row.createdAt.getTime();
    const answered = firstAt(row, RESPONSE_ACTIONS);
    if (answered && answered.getTime() - created <= RESPONSE_HOURS * 3_600_000) f.rates.response.num++;
    if (row.status !== 'cancelled') f.rates.resolution.den++;
    if (served) f.rates.resolution.num++;
    for (const h of row.history) {
      if (h.action !== 'rate' || h.stars === undefined) continue;
      f.rates.satisfaction.den++;
      if (h.stars >= SATISFIED_AT_OR_ABOVE) f.rates.satisfaction.num++;
    }
    const dispatched = firstAt(row, ['dispatch']);
    const claimed = firstAt(row, ['claim', 'assign']);
    const completed = firstAt(row, ['complete']);
    if (dispatched) spans.toDispatch.push((dispatched.getTime() - created) / MINUTE);
    if (dispatched && claimed) spans.toClaim.push((claimed.getTime() - dispatched.getTime()) / MINUTE);
    if (completed) spans.toComplete.push((completed.getTime() - created) / MINUTE);
  }
  f.medians = { toDispatch: median(spans.toDispatch), toClaim: median(spans.toClaim), toComplete: median(spans.toComplete) };
  return f;
}

/** A ratio as a percentage with one decimal, or null when nothing was counted. */
export const percent = (r: Ratio): number | null => (r.den === 0 ? null : Math.round((r.num / r.den) * 1000) / 10);

/** The months `from`..`to` (`YYYY-MM`, inclusive), at most `max`; undefined when `to` is before `from`. */
export function monthsBetween(from: string, to: string, max: number): string[] | undefined {
  if (to < from) return undefined;
  const out: string[] = [];
  for (let m = from; m <= to && out.length < max; m = nextMonth(m)) out.push(m);
  return out;
}

/** A month whose figures are kept as a snapshot at `now`: it ended at least SETTLE_DAYS ago. */
export const isSettled = (month: string, now: Date): boolean => addDays(monthStart(nextMonth(month)), SETTLE_DAYS) <= now;
