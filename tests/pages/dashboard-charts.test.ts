// 数据看板's chart options (src/admin/components/insight/charts.ts), table-driven: each chart's series
// hold the same numbers as its table, a month that counted nothing is a gap (not 0%), an empty range
// says so, and the summary (the chart's accessible name) states the totals.
import { describe, expect, test } from '@jest/globals';
import { categoriesChart, dashboardCharts, filedServedChart, ratesChart } from '@/admin/components/insight/charts';
import type { Month } from '@/admin/components/insight/tables';
import type { ChartSpec } from '@/components/chart/spec';

const month = (m: string, over: Partial<Month> = {}): Month => ({
  month: m,
  filed: 0,
  byStatus: {},
  byCategory: {},
  byCommunity: {},
  byStairwell: {},
  byTeam: {},
  rates: { response: { num: 0, den: 0 }, resolution: { num: 0, den: 0 }, satisfaction: { num: 0, den: 0 } },
  medians: { toDispatch: null, toClaim: null, toComplete: null },
  minutesServed: 0,
  ...over,
});

const NOV = month('2026-11', {
  filed: 4,
  byCategory: { repairs: 3, haircut: 1 },
  rates: { response: { num: 3, den: 4 }, resolution: { num: 3, den: 3 }, satisfaction: { num: 1, den: 2 } },
});
const DEC = month('2026-12', {
  filed: 2,
  byCategory: { haircut: 2 },
  rates: { response: { num: 1, den: 2 }, resolution: { num: 0, den: 2 }, satisfaction: { num: 0, den: 0 } },
});

type Series = Array<{ name: string; data: Array<number | null> }>;
const series = (spec: ChartSpec) => spec.option.series as Series;
const axis = (spec: ChartSpec, which: 'xAxis' | 'yAxis') => (spec.option[which] as { data?: string[] }).data;
const cells = (spec: ChartSpec) => spec.table.rows.map((r) => [r.name, ...r.cells]);

describe('filed vs served per month', () => {
  test.each([
    {
      name: 'two months',
      months: [NOV, DEC],
      labels: ['11月', '12月'],
      filed: [4, 2],
      served: [3, 0],
      table: [
        ['2026-11', '4', '3'],
        ['2026-12', '2', '0'],
      ],
      summary: /2026-11至2026-12.*共提交6件，完成3件/,
      empty: false,
    },
    {
      name: 'a quiet month',
      months: [month('2026-10')],
      labels: ['10月'],
      filed: [0],
      served: [0],
      table: [['2026-10', '0', '0']],
      summary: /共提交0件/,
      empty: true,
    },
    { name: 'no months', months: [], labels: [], filed: [], served: [], table: [], summary: /共提交0件/, empty: true },
  ])('$name', ({ months, labels, filed, served, table, summary, empty }) => {
    const spec = filedServedChart(months);
    expect(axis(spec, 'xAxis')).toEqual(labels);
    expect(series(spec).map((s) => [s.name, s.data])).toEqual([
      ['提交', filed],
      ['完成', served],
    ]);
    expect(spec.table.columns).toEqual(['提交', '完成']);
    expect(cells(spec)).toEqual(table);
    expect(spec.summary).toMatch(summary);
    expect(spec.empty).toBe(empty);
  });
});

describe('the 三率 per month', () => {
  test.each([
    {
      name: 'a month without ratings is a gap',
      months: [NOV, DEC],
      data: { 响应率: [75, 50], 解决率: [100, 0], 满意率: [50, null] },
      table: [
        ['2026-11', '75%', '100%', '50%'],
        ['2026-12', '50%', '0%', '—'],
      ],
      summary: /响应率66\.7%，解决率60%，满意率50%/,
      empty: false,
    },
    {
      name: 'nothing counted',
      months: [month('2026-10')],
      data: { 响应率: [null], 解决率: [null], 满意率: [null] },
      table: [['2026-10', '—', '—', '—']],
      summary: /响应率—/,
      empty: true,
    },
  ])('$name', ({ months, data, table, summary, empty }) => {
    const spec = ratesChart(months);
    expect(Object.fromEntries(series(spec).map((s) => [s.name, s.data]))).toEqual(data);
    expect(spec.table.columns).toEqual(['响应率', '解决率', '满意率']);
    expect(cells(spec)).toEqual(table);
    expect(spec.summary).toMatch(summary);
    expect(spec.empty).toBe(empty);
    expect(spec.option.yAxis).toMatchObject({ min: 0, max: 100 });
  });
});

describe('by category', () => {
  test.each([
    {
      name: 'most first in the table, at the top of the bars',
      months: [NOV, DEC],
      table: [
        ['家电维修', '3'],
        ['上门理发', '3'],
      ],
      summary: /共2类，最多的是家电维修（3件）/,
      empty: false,
    },
    { name: 'none', months: [month('2026-10')], table: [], summary: /没有数据/, empty: true },
  ])('$name', ({ months, table, summary, empty }) => {
    const spec = categoriesChart(months);
    expect(cells(spec)).toEqual(table);
    // the bars read bottom-up: the table's order reversed, the same numbers
    expect(axis(spec, 'yAxis')).toEqual(spec.table.rows.map((r) => r.name).reverse());
    expect(series(spec)[0]!.data).toEqual(spec.table.rows.map((r) => Number(r.cells[0])).reverse());
    expect(spec.summary).toMatch(summary);
    expect(spec.empty).toBe(empty);
    expect(spec.height).toBeGreaterThanOrEqual(160);
  });
});

test('the page order and distinct ids', () => {
  expect(dashboardCharts([NOV]).map((s) => s.id)).toEqual(['chart-filed', 'chart-rates', 'chart-categories']);
});

test('the rate tooltip says % and — for a gap', () => {
  const tooltip = ratesChart([NOV]).option.tooltip as { valueFormatter: (v: unknown) => string };
  expect([tooltip.valueFormatter(75), tooltip.valueFormatter(null)]).toEqual(['75%', '—']);
});
