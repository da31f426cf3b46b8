// 我的巡访 and 记录巡访 in jsdom: overdue said in words and 明天有巡访 on top; recording needs an outcome
// first, sends the note with the outcome, then for 需要帮助 offers 转为心愿 prefilled with the note and
// sends the wish; a priced category shows what the elder pays and sends that amount (asked again when
// the filing says the price changed); 联系不上 twice says the community was alerted; an error code shows
// its Chinese message.
import assert from 'node:assert/strict';
import { beforeAll, describe, jest, test } from '@jest/globals';
import { act, fireEvent, render } from '@testing-library/react';
import { setRouterParams } from './taro';
import { shanghaiDate } from '@/services/clock';
import { openVisit, type VisitItem } from '@/services/visits';

const answers: unknown[] = [];
/** The price list and the elder's quote answer from here; every other call from `answers`, in order. */
const prices = { items: [] as Array<{ category: string }>, payFen: [] as number[] };
const mockCall = jest.fn(async (fn: string, event: Record<string, unknown>) => {
  if (fn === 'bank' && event.action === 'prices') return { ok: true, data: { items: prices.items } };
  if (fn === 'visit' && event.action === 'quote') {
    const payFen = prices.payFen.shift()!;
    return { ok: true, data: { priced: true, payFen, basis: 'material', text: `老人需支付 ¥${(payFen / 100).toFixed(2)}（材料费）` } };
  }
  return answers.shift();
});
/** The events sent for `action`, in order (as plain data: the page's objects come from jsdom's realm). */
const sent = (action: string): Array<Record<string, unknown>> =>
  JSON.parse(JSON.stringify(mockCall.mock.calls.map(([, e]) => e).filter((e) => e.action === action)));
jest.mock('@/services', () => ({ ...jest.requireActual<object>('@/services'), call: mockCall }));

let VisitsPage: typeof import('@/volunteer/pages/visits/index').default;
let VisitPage: typeof import('@/volunteer/pages/visit/index').default;
beforeAll(async () => {
  ({ default: VisitsPage } = await import('@/volunteer/pages/visits/index'));
  ({ default: VisitPage } = await import('@/volunteer/pages/visit/index'));
});

const el = (selector: string) => {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const tap = async (selector: string) => act(async () => void fireEvent.click(el(selector)));
const type = (selector: string, value: string) =>
  act(() => void el(selector).dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true })));
const settle = () => act(async () => undefined);

const today = shanghaiDate(new Date());
const visit = (over: Partial<VisitItem> = {}): VisitItem => ({
  id: `e1:call:${today}`,
  kind: 'call',
  dueDate: today,
  dueAt: new Date().toISOString(),
  status: 'planned',
  overdue: false,
  mine: true,
  elder: { name: '赵淑芬', age: 85, tags: ['alone'], place: '金鼎社区 · 翠湖小区 · 3栋2单元', room: '301', phone: '0871-63125678' },
  ...over,
});

describe('我的巡访', () => {
  test('overdue in words, 明天有巡访 on top, the contact and 记录', async () => {
    const late = visit({ id: 'e2:home:2026-01-01', kind: 'home', dueDate: shanghaiDate(new Date(), -3), overdue: true, mine: false });
    const tomorrow = visit({ id: `e3:call:${shanghaiDate(new Date(), 1)}`, dueDate: shanghaiDate(new Date(), 1) });
    answers.push({ ok: true, data: { items: [late, visit(), tomorrow], page: 0, hasMore: false } });
    render(<VisitsPage />);
    await settle();
    assert.match(el('#visits-tomorrow').textContent ?? '', /明天有巡访：1 次/);
    assert.match(el('#visit-e2_home_2026-01-01').textContent ?? '', /上门巡访 · 赵淑芬[\s\S]*已超期 3 天[\s\S]*队伍巡访/);
    assert.equal(el('#visit-e2_home_2026-01-01 [data-overdue]').getAttribute('data-overdue'), 'yes');
    assert.match(el(`#visit-e1_call_${today}`).textContent ?? '', /今天到期[\s\S]*定点到人[\s\S]*85岁 · 独居[\s\S]*电话：0871-63125678/);
  });
});

describe('记录巡访', () => {
  test('an outcome first; 需要帮助 with a note, then 转为心愿 prefilled with it', async () => {
    mockCall.mockClear();
    const v = visit();
    openVisit(v);
    setRouterParams({ id: encodeURIComponent(v.id) });
    render(<VisitPage />);
    await tap('#outcome-submit');
    assert.match(el('#outcome-issue').textContent ?? '', /请先选择巡访结果/);
    assert.equal(mockCall.mock.calls.length, 0);
    await tap('#outcome-needs_help');
    await type('#visit-note', '客厅的灯不亮了');
    answers.push({ ok: true, data: { visitId: v.id, status: 'done', version: 1, escalated: false } });
    await tap('#outcome-submit');
    await settle();
    const [fn, event] = mockCall.mock.calls[0]!;
    assert.equal(fn, 'visit');
    assert.deepEqual(
      { ...event, requestId: 'x' },
      { action: 'record', visitId: v.id, outcome: 'needs_help', note: '客厅的灯不亮了', requestId: 'x' },
    );
    assert.match(el('#outcome-done').textContent ?? '', /已记录：需要帮助/);
    assert.equal((el('#wish-description') as HTMLElement & { value?: string }).getAttribute('value') ?? '', '客厅的灯不亮了');
    await tap('.category-repairs');
    assert.equal(document.querySelector('#to-wish-price'), null, 'a free category shows no price');
    answers.push({ ok: true, data: { visitId: v.id, wishId: 'w_1' } });
    await tap('#to-wish-submit');
    await settle();
    const [wish] = sent('to_wish');
    assert.deepEqual([wish!.visitId, wish!.category, wish!.description, wish!.agreedFen], [v.id, 'repairs', '客厅的灯不亮了', undefined]);
    assert.deepEqual(sent('quote'), [], 'no quote asked for a free category');
    assert.match(el('#wish-done').textContent ?? '', /已转为心愿/);
  });

  test('a priced category: what the elder pays, to tell them; the filing carries it; a changed price is shown again', async () => {
    mockCall.mockClear();
    prices.items = [{ category: 'repairs' }];
    prices.payFen = [1_200, 1_500];
    const v = visit({ id: `e6:call:${today}` });
    openVisit(v);
    setRouterParams({ id: encodeURIComponent(v.id) });
    const page = render(<VisitPage />);
    await tap('#outcome-needs_help');
    await type('#visit-note', '厨房水龙头坏了');
    answers.push({ ok: true, data: { visitId: v.id, status: 'done', version: 1, escalated: false } });
    await tap('#outcome-submit');
    await settle();
    await tap('.category-repairs');
    await settle();
    assert.match(el('#to-wish-price').textContent ?? '', /此项为低偿服务[\s\S]*老人需支付 ¥12\.00（材料费）[\s\S]*请先把这个金额告诉老人/);
    assert.deepEqual(sent('quote'), [{ action: 'quote', visitId: v.id, category: 'repairs' }]);
    // Raised meanwhile: the filing is refused, the page says so and shows the price in force.
    answers.push({ ok: false, error: { code: 'WISH.PRICE_NOT_AGREED', message: 'x' } });
    await tap('#to-wish-submit');
    await settle();
    assert.equal(sent('to_wish')[0]!.agreedFen, 1_200);
    assert.match(el('.error-message').textContent ?? '', /需支付的金额已更新/);
    assert.match(el('#to-wish-price-text').textContent ?? '', /老人需支付 ¥15\.00/);
    answers.push({ ok: true, data: { visitId: v.id, wishId: 'w_2' } });
    await tap('#to-wish-submit');
    await settle();
    assert.equal(sent('to_wish')[1]!.agreedFen, 1_500);
    assert.match(el('#wish-done').textContent ?? '', /已转为心愿/);
    page.unmount();
    prices.items = [];
  });

  test('联系不上 twice: the community was alerted; a refusal shows its Chinese message', async () => {
    mockCall.mockClear();
    const v = visit({ id: `e5:call:${today}` });
    openVisit(v);
    setRouterParams({ id: encodeURIComponent(v.id) });
    const page = render(<VisitPage />);
    await tap('#outcome-unreachable');
    answers.push({ ok: false, error: { code: 'VISIT.ALREADY_RECORDED', message: 'x' } });
    await tap('#outcome-submit');
    await settle();
    assert.match(el('.error-message').textContent ?? '', /这次巡访已经记录过了/);
    assert.equal(el('.error-message').getAttribute('data-code'), 'VISIT.ALREADY_RECORDED');
    answers.push({ ok: true, data: { visitId: v.id, status: 'done', version: 1, escalated: true } });
    await tap('#outcome-submit');
    await settle();
    assert.match(el('#visit-escalated').textContent ?? '', /社区已收到提醒/);
    assert.equal(document.querySelector('#to-wish-form'), null);
    page.unmount();
  });

  test('opened without a visit: back to 我的巡访', async () => {
    setRouterParams({ id: 'nothing:call:2026-01-01' });
    render(<VisitPage />);
    assert.match(el('#visit-missing').textContent ?? '', /请从「我的巡访」选择/);
  });
});
