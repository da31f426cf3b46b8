// 数据看板 (src/admin/pages/dashboard) in jsdom: asks for the last 6 filing months by default (12 on its
// tab), shows this month's summary first, the range's 三率 from the months' summed counts with each
// definition next to it, the per-month medians, the community, team and stairwell tables summed across
// months, named, the volunteers/activities and visits per month, the party branches; the community picker
// asks again for one community; 查看明细 opens the tables (closed on a phone).
import { beforeAll, describe, expect, jest, test } from '@jest/globals';
import { act, fireEvent, render } from '@testing-library/react';
import { DURATION_DEFINITIONS, RATE_DEFINITIONS, SERVICE_DEFINITIONS } from '@/domain/insight/definitions';
import type { DashboardMonth } from '@/domain/insight/service';

const answers: unknown[] = [];
const mockCall = jest.fn(async (_fn: string, _event: Record<string, unknown>) => answers.shift());
jest.mock('@/services', () => ({ ...jest.requireActual<object>('@/services'), call: mockCall }));
jest.mock('@/components/chart/echarts', () => jest.requireActual('./echarts-fake')); // jsdom has no canvas

let DashboardPage: typeof import('@/admin/pages/dashboard/index').default;
let monthsBack: typeof import('@/admin/pages/dashboard/index').monthsBack;
beforeAll(async () => {
  ({ default: DashboardPage, monthsBack } = await import('@/admin/pages/dashboard/index'));
});

const month = (m: string, over: Partial<DashboardMonth>): DashboardMonth => ({
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
  volunteers: { registered: 0, active: 0 },
  activities: { held: 0, attendance: { num: 0, den: 0 } },
  visits: { due: 0, done: 0, missed: 0 },
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
        volunteers: { registered: 40, active: 10 },
        activities: { held: 2, attendance: { num: 9, den: 12 } },
        visits: { due: 30, done: 27, missed: 2 },
      }),
      month('2026-12', {
        filed: 2,
        byStatus: { submitted: 2 },
        byCategory: { haircut: 2 },
        byCommunity: { 'c-jinding': { filed: 1, served: 0 }, 'c-qingyun': { filed: 1, served: 0 } },
        byStairwell: { 'B-0012': { filed: 1, served: 0 }, 'B-0101': { filed: 1, served: 0 } },
        rates: { response: { num: 1, den: 2 }, resolution: { num: 0, den: 2 }, satisfaction: { num: 0, den: 0 } },
        minutesServed: 90,
        volunteers: { registered: 41, active: 7 },
      }),
    ],
    definitions: {
      ...RATE_DEFINITIONS,
      ...DURATION_DEFINITIONS,
      served: { label: '服务时长', definition: '服务分钟数之和' },
      ...SERVICE_DEFINITIONS,
    },
    party: {
      year: 2026,
      requiredHours: 25,
      branches: { 'c-jinding': { members: 8, below: 3 }, 'c-qingyun': { members: 4, below: 4 } },
      partial: false,
    },
    communities: [
      { id: 'c-jinding', name: '金鼎社区' },
      { id: 'c-qingyun', name: '青云社区' },
    ],
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
    expect(el('#rate-served').textContent).toContain('4.5 小时');

    expect(rowText('table-months', '2026-11')).toBe('2026-114375%100%50%45分钟30分钟10小时3');
    expect(rowText('table-months', '2026-12')).toContain('———');
    expect(rowText('table-communities', 'c-jinding')).toBe('金鼎社区5360%');
    expect(rowText('table-communities', 'c-qingyun')).toBe('青云社区100%');
    expect(rowText('table-teams', 't-lexiujiang')).toBe('乐修匠333');
    expect(rowText('table-stairwells', 'B-0012')).toBe('翠湖小区3栋2单元5360%');
    expect(rowText('table-statuses', 'closed')).toContain('3');
    // the categories are the chart's table, not a second copy
    expect(document.querySelector('#table-categories')).toBeNull();
    expect(el('#chart-categories-table').textContent).toContain('家电维修4');

    // this month first: filed, served, the three rates, hours, active volunteers
    expect(document.querySelector('#dashboard-page .figure-card')?.id).toBe('dashboard-summary');
    expect(el('#dashboard-summary').textContent).toContain('2026年12月');
    expect(el('#summary-filed').textContent).toBe('提交心愿2');
    expect(el('#summary-response').textContent).toBe('响应率50%1 / 2');
    expect(el('#summary-satisfaction').textContent).toContain('—');
    expect(el('#summary-hours').textContent).toBe('服务小时1.5');
    expect(el('#summary-active').textContent).toBe('活跃志愿者7');

    expect(rowText('table-people', '2026-11')).toBe('2026-11401025%212975%');
    expect(el('#table-people').textContent).toContain(SERVICE_DEFINITIONS.active.definition);
    expect(rowText('table-visits', '2026-11')).toBe('2026-113027290%');
    expect(rowText('table-visits', '2026-12')).toBe('2026-12000—');
    expect(el('#table-party').textContent).toContain('2026年，要求25小时');
    // most below first, then the total
    expect([...document.querySelectorAll('#table-party .figure-row[data-key]')].map((r) => r.getAttribute('data-key'))).toEqual([
      'c-qingyun',
      'c-jinding',
      'total',
    ]);
    expect(rowText('table-party', 'c-jinding')).toBe('金鼎社区8337.5%');
    expect(rowText('table-party', 'total')).toBe('合计12758.3%');

    // 查看明细 opens the tables (a phone hides them until then; the desk shows them always)
    expect(el('#dashboard-details').className).not.toContain('dashboard-grid--open');
    await act(async () => void fireEvent.click(el('#dashboard-details-toggle')));
    expect(el('#dashboard-details').className).toContain('dashboard-grid--open');
    expect(el('#dashboard-details-toggle').textContent).toBe('收起明细');

    answers.push(answer);
    await act(async () => void fireEvent.click(el('#dashboard-range-12')));
    await settle();
    const wider = mockCall.mock.calls[1]![1] as { fromMonth: string; toMonth: string };
    expect(monthsBack(wider.toMonth, 11)).toBe(wider.fromMonth);
    expect(wider).not.toHaveProperty('communityId');
  }, 30_000);

  test('the community picker: 全部 and each community in scope; picking one asks for it, 全部 for all', async () => {
    mockCall.mockClear();
    answers.push(answer);
    render(<DashboardPage />);
    await settle();
    expect([...document.querySelectorAll('#dashboard-communities [role="tab"]')].map((t) => t.textContent)).toEqual([
      '全部',
      '金鼎社区',
      '青云社区',
    ]);
    expect(el('#dashboard-community-all').getAttribute('aria-selected')).toBe('true');
    answers.push({ ok: true, data: { ...answer.data, scope: ['c-qingyun'] } });
    await act(async () => void fireEvent.click(el('#dashboard-community-c-qingyun')));
    await settle();
    expect(mockCall.mock.calls[1]![1]).toMatchObject({ communityId: 'c-qingyun' });
    expect(el('#dashboard-community-c-qingyun').getAttribute('aria-selected')).toBe('true');
    answers.push(answer);
    await act(async () => void fireEvent.click(el('#dashboard-community-all')));
    await settle();
    expect(mockCall.mock.calls[2]![1]).not.toHaveProperty('communityId');
  }, 30_000);

  test('one community in scope: no picker', async () => {
    answers.push({ ok: true, data: { ...answer.data, scope: ['c-qingyun'], communities: [{ id: 'c-qingyun', name: '青云社区' }] } });
    render(<DashboardPage />);
    await settle();
    expect(document.querySelector('#dashboard-communities')).toBeNull();
  });

  test('a refusal is shown with its code', async () => {
    answers.push({ ok: false, error: { code: 'INSIGHT.BAD_RANGE', message: 'x' } });
    render(<DashboardPage />);
    await settle();
    expect(document.querySelector('[data-code="INSIGHT.BAD_RANGE"]')).not.toBeNull();
  });
});
