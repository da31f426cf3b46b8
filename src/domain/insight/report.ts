// 月报 (the monthly report): what the street office sends upward for one filing month and scope, as
// plain text tables that the PDF and the XLSX both print. Pure: the figures, names and notable cases are
// passed in; "now" too. Notable cases carry no personal data (see caseText).
import dayjs from 'dayjs';
import { SERVICE_MENU, type Category } from '../menu';
import { STATUS_LABELS, type Status } from '../wish/states';
import { BUSINESS_TZ, businessDate, nextMonth } from '../time';
import { DURATION_DEFINITIONS, DURATIONS, RATE_DEFINITIONS, RATES, SERVED_HOURS_DEFINITION, SERVICE_DEFINITIONS } from './definitions';
import { percent, type MonthFigures, type Ratio } from './figures';
import type { ServiceFigures } from './service';

/** The system named on every page as the report's maker. */
export const REPORT_SYSTEM = '码上办·微心愿服务平台';
/** Months in the report's chart (the report's month the last). */
export const TREND_MONTHS = 6;
/** At most this many 典型案例, and this many characters of each one's text. */
export const MAX_CASES = 5;
export const CASE_TEXT_MAX = 60;

export interface ReportTable {
  title: string;
  headers: string[];
  rows: string[][];
}

/** A served wish rated 5★ whose resident agreed to the wall: only what may be shown to anyone. */
export interface NotableCase {
  category: string;
  community: string;
  team: string;
  filedAt: Date;
  servedAt?: Date;
  text: string;
}

export interface ReportContent {
  month: string;
  title: string;
  period: string;
  generatedAt: string;
  /** 概况: label, value, and the definition when the figure has one. */
  summary: ReportTable;
  byStatus: ReportTable;
  byCategory: ReportTable;
  byCommunity: ReportTable;
  byTeam: ReportTable;
  /** The chart's data, oldest month first. */
  trend: Array<{ month: string; filed: number; served: number }>;
  cases: ReportTable;
}

const [y, m] = [(month: string) => Number(month.slice(0, 4)), (month: string) => Number(month.slice(5, 7))];
export const monthText = (month: string) => `${y(month)}年${m(month)}月`;

/** 「2026年11月1日至2026年11月30日」 */
export function periodText(month: string): string {
  const last = new Date(Date.UTC(y(nextMonth(month)), m(nextMonth(month)) - 1, 0)).getUTCDate();
  return `${monthText(month)}1日至${monthText(month)}${last}日`;
}

/** 「洗马河街道 2026年11月 微心愿工作月报」 */
export const reportTitle = (place: string, month: string) => `${place} ${monthText(month)} 微心愿工作月报`;

/** The months `count` back to `month`, oldest first. */
export function monthsUpTo(month: string, count: number): string[] {
  const i = y(month) * 12 + m(month) - 1;
  return Array.from({ length: count }, (_, k) => i - (count - 1 - k)).map(
    (j) => `${Math.floor(j / 12)}-${String((j % 12) + 1).padStart(2, '0')}`,
  );
}

/**
 * A notable case's text as it may be printed: the names given (the resident's, the helper's) replaced,
 * every run of digits (ASCII or full-width: phones, rooms, stairwell codes, house numbers) masked, then
 * cut to CASE_TEXT_MAX characters.
 */
export function caseText(text: string, names: readonly string[]): string {
  let out = text.replace(/\s+/g, ' ').trim();
  for (const name of names.filter((n) => n.trim().length > 0)) out = out.split(name.trim()).join('某某');
  out = out.replace(/[0-9０-９]+/g, '**');
  const chars = [...out];
  return chars.length > CASE_TEXT_MAX ? `${chars.slice(0, CASE_TEXT_MAX).join('')}…` : out;
}

const pct = (r: Ratio) => {
  const p = percent(r);
  return p === null ? '—' : `${p}%`;
};
export const hoursText = (minutes: number) => String(Math.round((minutes / 60) * 10) / 10);
/** As the dashboard shows a median: minutes under two hours, else hours. */
const minutesText = (x: number | null) => (x === null ? '—' : x < 120 ? `${x}分钟` : `${hoursText(x)}小时`);
const dateText = (at: Date | undefined) => (at ? businessDate(at) : '—');
const byCount = <T>(rows: Array<[string, T]>, n: (v: T) => number) => rows.sort((a, b) => n(b[1]) - n(a[1]) || a[0].localeCompare(b[0]));

export interface ReportNames {
  place: string;
  communities: Record<string, string>;
  teams: Record<string, string>;
}

/** The volunteers, activities and visits rows of 概况, when the month's figures carry them. */
function serviceRows(f: MonthFigures & Partial<ServiceFigures>): string[][] {
  if (!f.volunteers || !f.activities || !f.visits) return [];
  const d = SERVICE_DEFINITIONS;
  return [
    [d.registered.label, `${f.volunteers.registered}人`, d.registered.definition],
    [d.active.label, `${f.volunteers.active}人`, d.active.definition],
    [d.held.label, `${f.activities.held}场`, d.held.definition],
    [
      d.attendance.label,
      `${pct(f.activities.attendance)}（${f.activities.attendance.num}/${f.activities.attendance.den}）`,
      d.attendance.definition,
    ],
    [d.visits.label, `${pct({ num: f.visits.done, den: f.visits.due })}（${f.visits.done}/${f.visits.due}）`, d.visits.definition],
  ];
}

export function reportContent(
  f: MonthFigures & Partial<ServiceFigures>,
  trend: readonly MonthFigures[],
  names: ReportNames,
  cases: readonly NotableCase[],
  now: Date,
): ReportContent {
  const served = f.rates.resolution.num;
  const rate = (r: (typeof RATES)[number]) => [
    RATE_DEFINITIONS[r].label,
    `${pct(f.rates[r])}（${f.rates[r].num}/${f.rates[r].den}）`,
    RATE_DEFINITIONS[r].definition,
  ];
  const label = (k: string) => SERVICE_MENU[k as Category]?.label ?? k;
  return {
    month: f.month,
    title: reportTitle(names.place, f.month),
    period: periodText(f.month),
    generatedAt: dayjs(now).tz(BUSINESS_TZ).format('YYYY年M月D日 HH:mm'),
    summary: {
      title: '概况',
      headers: ['指标', '数值', '口径'],
      rows: [
        ['提交心愿', `${f.filed}件`, '统计期内提交的心愿（以下各项均指这些心愿）。'],
        ['服务完成', `${served}件`, '已服务完成（待评价、已评价、已办结）的心愿。'],
        ...RATES.map(rate),
        ...DURATIONS.map((d) => [DURATION_DEFINITIONS[d].label, minutesText(f.medians[d]), DURATION_DEFINITIONS[d].definition]),
        ['服务时长', `${hoursText(f.minutesServed)}小时`, SERVED_HOURS_DEFINITION],
        ...serviceRows(f),
      ],
    },
    byStatus: {
      title: '按状态',
      headers: ['状态', '数量'],
      rows: byCount(Object.entries(f.byStatus), (n) => n).map(([k, n]) => [STATUS_LABELS[k as Status] ?? k, String(n)]),
    },
    byCategory: {
      title: '按服务类别',
      headers: ['类别', '数量'],
      rows: byCount(Object.entries(f.byCategory), (n) => n).map(([k, n]) => [label(k), String(n)]),
    },
    byCommunity: {
      title: '按社区',
      headers: ['社区', '提交', '完成', '完成占比'],
      rows: byCount(Object.entries(f.byCommunity), (v) => v.filed).map(([k, v]) => [
        names.communities[k] ?? k,
        String(v.filed),
        String(v.served),
        pct({ num: v.served, den: v.filed }),
      ]),
    },
    byTeam: {
      title: '按服务队',
      headers: ['服务队', '派给本队', '已完成', '服务小时'],
      rows: byCount(Object.entries(f.byTeam), (v) => v.orders).map(([k, v]) => [
        names.teams[k] ?? k,
        String(v.orders),
        String(v.served),
        hoursText(v.minutes),
      ]),
    },
    trend: trend.map((t) => ({ month: t.month, filed: t.filed, served: t.rates.resolution.num })),
    cases: {
      title: '典型案例',
      headers: ['类别', '社区', '服务队', '提交日期', '完成日期', '心愿内容（已隐去个人信息）'],
      rows: cases.map((c) => [label(c.category), c.community, c.team, dateText(c.filedAt), dateText(c.servedAt), c.text]),
    },
  };
}
