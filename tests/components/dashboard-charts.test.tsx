// 数据看板's charts on H5 (src/admin/pages/dashboard/Charts.tsx, src/components/chart/) in jsdom, echarts
// replaced by a recorder (./echarts-fake.ts): each chart is an image named by its summary, drawn into its
// own element with its option, followed by a table (roles, caption) holding the series' numbers; an
// empty chart is left out; new months set a new option; unmounting disposes every chart.
import { beforeAll, describe, expect, jest, test } from '@jest/globals';
import { render } from '@testing-library/react';
import type { Month } from '@/admin/components/insight/tables';
import { charts } from './echarts-fake';

jest.mock('@/components/chart/echarts', () => jest.requireActual('./echarts-fake'));

let Charts: typeof import('@/admin/pages/dashboard/Charts').Charts;
beforeAll(async () => {
  ({ Charts } = await import('@/admin/pages/dashboard/Charts'));
});

const month = (m: string, filed: number, served: number, byCategory: Record<string, number> = {}): Month => ({
  month: m,
  filed,
  byStatus: {},
  byCategory,
  byCommunity: {},
  byStairwell: {},
  byTeam: {},
  rates: { response: { num: filed, den: filed }, resolution: { num: served, den: filed }, satisfaction: { num: 0, den: 0 } },
  medians: { toDispatch: null, toClaim: null, toComplete: null },
  minutesServed: 0,
});

const el = (selector: string) => {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const rows = (table: string) =>
  [...document.querySelectorAll(`#${table} [role="row"]`)].map((r) =>
    [...r.querySelectorAll('[role="columnheader"],[role="rowheader"],[role="cell"]')].map((c) => c.textContent),
  );

describe('数据看板 charts', () => {
  test('each chart: an image named by its summary, its option, then its table', () => {
    charts.length = 0;
    const months = [month('2026-11', 4, 3, { repairs: 4 }), month('2026-12', 2, 0, { haircut: 2 })];
    const view = render(<Charts months={months} />);
    expect(charts).toHaveLength(3);
    for (const [i, id] of ['chart-filed', 'chart-rates', 'chart-categories'].entries()) {
      const surface = el(`#${id}`);
      expect(surface.getAttribute('role')).toBe('img');
      expect(surface.getAttribute('aria-label')).toMatch(/图/);
      expect(charts[i]!.dom).toBe(surface);
      expect(charts[i]!.options).toHaveLength(1);
      expect(el(`#${id}-table`).getAttribute('role')).toBe('table');
      expect(el(`#${id}-card`).textContent).toContain('（数据表）');
    }
    expect(el('#chart-filed').getAttribute('aria-label')).toMatch(/共提交6件，完成3件/);
    expect(rows('chart-filed-table')).toEqual([
      ['月份', '提交', '完成'],
      ['2026-11', '4', '3'],
      ['2026-12', '2', '0'],
    ]);
    // the table and the bars hold the same numbers
    const bars = (charts[0]!.options[0]!.series as Array<{ data: number[] }>).map((s) => s.data);
    expect(bars).toEqual([
      [4, 2],
      [3, 0],
    ]);
    expect(rows('chart-rates-table')[2]).toEqual(['2026-12', '100%', '0%', '—']);
    expect(rows('chart-categories-table')).toEqual([
      ['类别', '数量'],
      ['家电维修', '4'],
      ['上门理发', '2'],
    ]);

    // new months: a new option on the same charts
    view.rerender(<Charts months={[month('2026-12', 5, 5, { haircut: 5 })]} />);
    expect(charts).toHaveLength(3);
    expect(charts.map((c) => c.options.length)).toEqual([2, 2, 2]);
    view.unmount();
    expect(charts.every((c) => c.disposed)).toBe(true);
  });

  test('an empty range: no picture, the tables say it', () => {
    charts.length = 0;
    render(<Charts months={[month('2026-12', 0, 0)]} />);
    expect(charts).toHaveLength(0);
    expect(document.querySelector('#chart-filed')).toBeNull();
    expect(el('#chart-filed-card').textContent).toContain('这段时间没有数据。');
    expect(rows('chart-filed-table')).toEqual([
      ['月份', '提交', '完成'],
      ['2026-12', '0', '0'],
    ]);
  });
});
