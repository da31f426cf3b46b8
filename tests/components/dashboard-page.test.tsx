// 数据看板 (src/admin/pages/dashboard) in jsdom: asks for the last 6 filing months by default (12 on its
// tab), shows the range's 三率 from the months' summed counts with each definition next to it, the
// per-month medians, and the community, team and stairwell tables summed across months, named.
import { beforeAll, describe, expect, jest, test } from '@jest/globals';
import { act, fireEvent, render } from '@testing-library/react';
import { DURATION_DEFINITIONS, RATE_DEFINITIONS } from '@/domain/insight/definitions';
import type { MonthFigures } from '@/domain/insight/figures';

const answers: unknown[] = [];
const mockCall = jest.fn(async (_fn: string, _event: Record<string, unknown>) => answers.shift());
jest.mock('@/services', () => ({ ...jest.requireActual<object>('@/services'), call: mockCall }));
jest.mock('@/components/chart/echarts', () => jest.requireActual('./echarts-fake')); // jsdom has no canvas

let DashboardPage: typeof import('@/admin/pages/dashboard/index').default;
let monthsBack: typeof import('@/admin/pages/dashboard/index').monthsBack;
beforeAll(async () => {
  ({ default: DashboardPage, monthsBack } = await import('@/admin/pages/dashboard/index'));
});

const month = (m: string, over: Partial<MonthFigures>): MonthFigures => ({
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

const answer = {
  ok: true,
  data: {
    scope: 'all',
    currentMonth: '2026-12',
    months: [
      month('2026-11', {
        filed: 4,
        byStatus: { closed: 3, cancelled: 1 },
        byCategory: { repairs: 4 },
        byCommunity: { 'c-jinding': { filed: 4, served: 3 } },
        byStairwell: { 'B-0012': { filed: 4, served: 3 } },
        byTeam: { 't-lexiujiang': { orders: 3, served: 3, minutes: 180 } },
        rates: { response: { num: 3, den: 4 }, resolution: { num: 3, den: 3 }, satisfaction: { num: 1, den: 2 } },
        medians: { toDispatch: 45, toClaim: 30, toComplete: 600 },
        minutesServed: 180,
      }),
      month('2026-12', {
        filed: 2,
        byStatus: { submitted: 2 },
        byCategory: { haircut: 2 },
        byCommunity: { 'c-jinding': { filed: 1, served: 0 }, 'c-qingyun': { filed: 1, served: 0 } },
        byStairwell: { 'B-0012': { filed: 1, served: 0 }, 'B-0101': { filed: 1, served: 0 } },
        rates: { response: { num: 1, den: 2 }, resolution: { num: 0, den: 2 }, satisfaction: { num: 0, den: 0 } },
      }),
    ],
    definitions: { ...RATE_DEFINITIONS, ...DURATION_DEFINITIONS, served: { label: '服务时长', definition: '服务分钟数之和' } },
    names: {
      communities: { 'c-jinding': '金鼎社区', 'c-qingyun': '青云社区' },
      teams: { 't-lexiujiang': '乐修匠' },
      stairwells: { 'B-0012': '翠湖小区3栋2单元', 'B-0101': '青云里1栋' },
    },
  },
};

const el = (selector: string) => {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const rowText = (table: string, key: string) => el(`#${table} .figure-row[data-key="${key}"]`).textContent;
const settle = () => act(async () => undefined);

describe('数据看板', () => {
  test('monthsBack crosses the year', () => {
    expect(monthsBack('2026-02', 2)).toBe('2025-12');
    expect(monthsBack('2026-12', 11)).toBe('2026-01');
  });

  test('the range, the 三率 summed with their definitions, and the tables', async () => {
    answers.push(answer);
    render(<DashboardPage />);
    await settle();
    const event = mockCall.mock.calls[0]![1] as { fromMonth: string; toMonth: string };
    expect(mockCall.mock.calls[0]![0]).toBe('insight');
    expect(monthsBack(event.toMonth, 5)).toBe(event.fromMonth);

    // (3 + 1) / (4 + 2) = 66.7%; resolution 3 / 5 = 60%; satisfaction 1 / 2
    expect(el('#rate-response').textContent).toContain('66.7%');
    expect(el('#rate-response').textContent).toContain('4 / 6');
    expect(el('#rate-response').textContent).toContain(RATE_DEFINITIONS.response.definition);
    expect(el('#rate-resolution').textContent).toContain('60%');
    expect(el('#rate-satisfaction').textContent).toContain('50%');
    expect(el('#rate-served').textContent).toContain('3 小时');

    expect(rowText('table-months', '2026-11')).toBe('2026-114375%100%50%45分钟30分钟10小时3');
    expect(rowText('table-months', '2026-12')).toContain('———');
    expect(rowText('table-communities', 'c-jinding')).toBe('金鼎社区5360%');
    expect(rowText('table-communities', 'c-qingyun')).toBe('青云社区100%');
    expect(rowText('table-teams', 't-lexiujiang')).toBe('乐修匠333');
    expect(rowText('table-stairwells', 'B-0012')).toBe('翠湖小区3栋2单元5360%');
    expect(rowText('table-statuses', 'closed')).toContain('3');
    expect(rowText('table-categories', 'repairs')).toBe('家电维修4');

    answers.push(answer);
    await act(async () => void fireEvent.click(el('#dashboard-range-12')));
    await settle();
    const wider = mockCall.mock.calls[1]![1] as { fromMonth: string; toMonth: string };
    expect(monthsBack(wider.toMonth, 11)).toBe(wider.fromMonth);
  });

  test('a refusal is shown with its code', async () => {
    answers.push({ ok: false, error: { code: 'INSIGHT.BAD_RANGE', message: 'x' } });
    render(<DashboardPage />);
    await settle();
    expect(document.querySelector('[data-code="INSIGHT.BAD_RANGE"]')).not.toBeNull();
  });
});
