// 数据看板: the months' figures (insight.dashboard) folded into the page's tables. Counts and the two
// counts of each rate add across months; a median does not, so it is shown per month only.
import type { MonthFigures, Ratio } from '@/domain/insight/figures';
import { percent } from '@/domain/insight/figures';
import { SERVICE_MENU, type Category } from '@/domain/menu';
import { STATUS_LABELS, type Status } from '@/domain/wish/states';

export type Month = Omit<MonthFigures, never> & { frozenAt?: string };

/** One row of a table: its name and its cells, as text. */
export interface Row {
  key: string;
  name: string;
  cells: string[];
}

const add = (a: Ratio, b: Ratio): Ratio => ({ num: a.num + b.num, den: a.den + b.den });
const ZERO: Ratio = { num: 0, den: 0 };

/** The range's three rates: both counts summed over the months. */
export const rangeRates = (months: readonly Month[]) => ({
  response: months.reduce((r, m) => add(r, m.rates.response), ZERO),
  resolution: months.reduce((r, m) => add(r, m.rates.resolution), ZERO),
  satisfaction: months.reduce((r, m) => add(r, m.rates.satisfaction), ZERO),
});

/** 「83.3%」, or 「—」 when nothing was counted. */
export const pct = (r: Ratio) => {
  const p = percent(r);
  return p === null ? '—' : `${p}%`;
};
export const hours = (minutes: number) => String(Math.round((minutes / 60) * 10) / 10);
const minutesText = (m: number | null) => (m === null ? '—' : m < 120 ? `${m}分钟` : `${hours(m)}小时`);

export const MONTH_COLUMNS = ['提交', '完成', '响应率', '解决率', '满意率', '派单用时', '接单用时', '完成用时', '服务小时'];
export const monthRows = (months: readonly Month[]): Row[] =>
  months.map((m) => ({
    key: m.month,
    name: m.month,
    cells: [
      String(m.filed),
      String(m.rates.resolution.num),
      pct(m.rates.response),
      pct(m.rates.resolution),
      pct(m.rates.satisfaction),
      minutesText(m.medians.toDispatch),
      minutesText(m.medians.toClaim),
      minutesText(m.medians.toComplete),
      hours(m.minutesServed),
    ],
  }));

function sum<T extends Record<string, number>>(months: readonly Month[], pick: (m: Month) => Record<string, T>): Map<string, T> {
  const out = new Map<string, T>();
  for (const m of months)
    for (const [key, v] of Object.entries(pick(m))) {
      const had = out.get(key);
      out.set(key, had ? (Object.fromEntries(Object.entries(v).map(([k, n]) => [k, n + (had[k] ?? 0)])) as T) : { ...v });
    }
  return out;
}

const byFiled = <T extends { filed?: number; orders?: number }>(rows: Array<[string, T]>) =>
  rows.sort((a, b) => (b[1].filed ?? b[1].orders ?? 0) - (a[1].filed ?? a[1].orders ?? 0) || a[0].localeCompare(b[0]));

export const PLACE_COLUMNS = ['提交', '完成', '完成占比'];
/** Per community or per stairwell (where demand comes from), most wishes first; `limit` rows at most. */
export function placeRows(
  months: readonly Month[],
  which: 'byCommunity' | 'byStairwell',
  names: Record<string, string>,
  limit = 50,
): Row[] {
  return byFiled([...sum(months, (m) => m[which]).entries()])
    .slice(0, limit)
    .map(([key, v]) => ({
      key,
      name: names[key] ?? key,
      cells: [String(v.filed), String(v.served), pct({ num: v.served, den: v.filed })],
    }));
}

export const TEAM_COLUMNS = ['派给本队', '已完成', '服务小时'];
/** Per team (the team holding each wish now): the work done. */
export const teamRows = (months: readonly Month[], names: Record<string, string>): Row[] =>
  byFiled([...sum(months, (m) => m.byTeam).entries()]).map(([key, v]) => ({
    key,
    name: names[key] ?? key,
    cells: [String(v.orders), String(v.served), hours(v.minutes)],
  }));

/** Per status or per category, over the range. */
export function countRows(months: readonly Month[], which: 'byStatus' | 'byCategory'): Row[] {
  const totals = new Map<string, number>();
  for (const m of months) for (const [k, n] of Object.entries(m[which])) totals.set(k, (totals.get(k) ?? 0) + n);
  const label = (k: string) => (which === 'byStatus' ? (STATUS_LABELS[k as Status] ?? k) : (SERVICE_MENU[k as Category]?.label ?? k));
  return [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => ({ key: k, name: label(k), cells: [String(n)] }));
}
