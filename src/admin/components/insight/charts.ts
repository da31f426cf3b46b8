// 数据看板's charts, built from the months' figures (insight.dashboard) as plain ECharts options: filed
// vs served per month (bars), the 三率 per month (lines, %), the range's wishes by category (bars).
// Each chart carries its data as a table (the readable, copyable form) and a sentence saying what it shows.
import type { ChartOption, ChartSpec } from '@/components/chart/spec';
import { percent } from '@/domain/insight/figures';
import { countRows, pct, rangeRates, type Month } from './tables';

/** The theme's colours (src/styles/_theme.scss): primary, busy, ok. */
const COLORS = ['#b71c1c', '#0d47a1', '#1b5e20'];
const TEXT = { fontSize: 14, color: '#1a1a1a' };

const base = (legend: boolean): ChartOption => ({
  color: COLORS,
  animation: false,
  textStyle: TEXT,
  tooltip: { trigger: 'axis', textStyle: TEXT },
  ...(legend ? { legend: { top: 0, textStyle: TEXT } } : {}),
  // the axis labels inside these edges (ECharts 6: outerBounds, the grid's own rect)
  grid: { left: 8, right: 16, top: legend ? 40 : 12, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
});

/** 「2026-11」 → 「11月」 on the axis (the table keeps the year). */
const monthLabel = (m: string) => `${Number(m.slice(5))}月`;

const span = (months: readonly Month[]) => (months.length === 0 ? '' : `${months[0]!.month}至${months[months.length - 1]!.month}`);

/** 提交 and 完成 per month, side by side. 完成 is the resolution rate's numerator, as in the month table. */
export function filedServedChart(months: readonly Month[]): ChartSpec {
  const filed = months.reduce((s, m) => s + m.filed, 0);
  const served = months.reduce((s, m) => s + m.rates.resolution.num, 0);
  return {
    id: 'chart-filed',
    title: '每月提交与完成',
    summary: `柱状图，${span(months)}每月提交与完成的心愿数：共提交${filed}件，完成${served}件。`,
    empty: filed === 0 && served === 0,
    option: {
      ...base(true),
      xAxis: { type: 'category', data: months.map((m) => monthLabel(m.month)), axisLabel: TEXT },
      yAxis: { type: 'value', minInterval: 1, axisLabel: TEXT },
      series: [
        { type: 'bar', name: '提交', data: months.map((m) => m.filed) },
        { type: 'bar', name: '完成', data: months.map((m) => m.rates.resolution.num) },
      ],
    },
    table: {
      first: '月份',
      columns: ['提交', '完成'],
      rows: months.map((m) => ({ key: m.month, name: m.month, cells: [String(m.filed), String(m.rates.resolution.num)] })),
    },
  };
}

const RATES = [
  ['response', '响应率'],
  ['resolution', '解决率'],
  ['satisfaction', '满意率'],
] as const;

/** The three rates per month in %, a gap where a month counted nothing (no 0% that was never measured). */
export function ratesChart(months: readonly Month[]): ChartSpec {
  const range = rangeRates(months);
  return {
    id: 'chart-rates',
    title: '每月三率',
    summary: `折线图，${span(months)}每月的响应率、解决率、满意率；整段合计：${RATES.map(([k, label]) => `${label}${pct(range[k])}`).join('，')}。`,
    empty: RATES.every(([k]) => range[k].den === 0),
    option: {
      ...base(true),
      tooltip: { trigger: 'axis', textStyle: TEXT, valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v}%` : '—') },
      xAxis: { type: 'category', data: months.map((m) => monthLabel(m.month)), axisLabel: TEXT },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { ...TEXT, formatter: '{value}%' } },
      series: RATES.map(([k, label]) => ({
        type: 'line' as const,
        name: label,
        connectNulls: false,
        data: months.map((m) => percent(m.rates[k])),
      })),
    },
    table: {
      first: '月份',
      columns: RATES.map(([, label]) => label),
      rows: months.map((m) => ({ key: m.month, name: m.month, cells: RATES.map(([k]) => pct(m.rates[k])) })),
    },
  };
}

/** The range's wishes per service category, most first (the top at the top of the chart). */
export function categoriesChart(months: readonly Month[]): ChartSpec {
  const rows = countRows(months, 'byCategory');
  const top = rows[0];
  const upward = [...rows].reverse();
  return {
    id: 'chart-categories',
    title: '按服务类别',
    summary: top
      ? `条形图，${span(months)}各服务类别的心愿数：共${rows.length}类，最多的是${top.name}（${top.cells[0]}件）。`
      : `条形图，${span(months)}各服务类别的心愿数：没有数据。`,
    empty: rows.length === 0,
    height: Math.max(160, 48 + rows.length * 36),
    option: {
      ...base(false),
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, textStyle: TEXT },
      xAxis: { type: 'value', minInterval: 1, axisLabel: TEXT },
      yAxis: { type: 'category', data: upward.map((r) => r.name), axisLabel: TEXT },
      series: [{ type: 'bar', name: '心愿数', data: upward.map((r) => Number(r.cells[0])) }],
    },
    table: { first: '类别', columns: ['数量'], rows },
  };
}

/** The dashboard's charts, in page order. */
export const dashboardCharts = (months: readonly Month[]): ChartSpec[] => [
  filedServedChart(months),
  ratesChart(months),
  categoriesChart(months),
];
