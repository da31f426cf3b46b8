// 爱心兑换 and 柜台核销 in jsdom: the catalogue says when a closed window opens and offers no 预约; a
// short balance reads 积分不足; the counter looks six digits up, shows the reservation, confirms once
// and offers 下一位; a wrong code says so without a call. 月结账单 offers 导出 only for a month with
// redemptions, and another month drops the last export's notice (also one still on its way).
import { beforeAll, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { act, fireEvent, render } from '@testing-library/react';

type Answer = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };
const answers: Answer[] = [];
const mockCall = jest.fn(async (_fn: string, _event: Record<string, unknown>) => answers.shift()!);
jest.mock('@/services', () => ({ ...jest.requireActual<object>('@/services'), call: mockCall }));
jest.mock('@/services/sheetFiles', () => ({ openSheetFile: jest.fn(async () => undefined) }));

let RewardsPage: typeof import('@/volunteer/pages/rewards/index').default;
let CounterPage: typeof import('@/merchant/pages/counter/index').default;
let StatementPage: typeof import('@/merchant/pages/statement/index').default;
beforeAll(async () => {
  ({ default: StatementPage } = await import('@/merchant/pages/statement/index'));
  ({ default: RewardsPage } = await import('@/volunteer/pages/rewards/index'));
  ({ default: CounterPage } = await import('@/merchant/pages/counter/index'));
});
beforeEach(() => {
  answers.length = 0;
  mockCall.mockClear();
});

const text = (selector: string) => document.querySelector(selector)?.textContent ?? '';
const settle = () => act(async () => undefined);
/** Taro's Input reports typing as an `input` event with `detail.value`. */
const type = (selector: string, value: string) =>
  act(() => void document.querySelector(selector)!.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true })));
const item = (itemId: string, points: number) => ({
  itemId,
  name: itemId === 'oil' ? '花生油' : '大米',
  points,
  stock: 3,
  shopId: 'shop-xingfu',
  shopName: '幸福超市',
  communityName: '金鼎社区',
});

describe('RewardsPage', () => {
  test('a closed window says when it opens; 预约 is off; a short balance reads 积分不足', async () => {
    answers.push({
      ok: true,
      data: {
        items: [item('oil', 50), item('rice', 80)],
        page: 0,
        hasMore: false,
        balance: 60,
        window: { open: false, opensOn: '2027-01-01' },
      },
    });
    render(<RewardsPage />);
    await settle();
    expect(text('#rewards-balance')).toBe('60 积分');
    expect(text('#rewards-window-closed')).toContain('1月1日 开放');
    expect(document.getElementById('reserve-oil')?.getAttribute('aria-disabled')).toBe('true');
    expect(text('#reserve-rice')).toBe('积分不足');
  });
});

describe('CounterPage', () => {
  const found = {
    reservationId: 'rsv_1',
    what: '花生油 · 幸福超市',
    itemName: '花生油',
    points: 50,
    volunteerName: '李*',
    status: 'held',
    expiresAt: '2026-12-03T01:00:00.000Z',
  };

  test('six digits → the reservation → 确认核销 once → 下一位', async () => {
    render(<CounterPage />);
    await type('#counter-code', '042917');
    answers.push({ ok: true, data: found });
    await act(async () => void fireEvent.click(document.getElementById('counter-lookup')!));
    expect(mockCall).toHaveBeenLastCalledWith('bank', { action: 'lookup_code', code: '042917' });
    expect(text('#counter-found')).toMatch(/花生油[\s\S]*50 积分[\s\S]*李\*[\s\S]*待核销/);
    answers.push({
      ok: true,
      data: { reservationId: 'rsv_1', what: '花生油 · 幸福超市', points: 50, redeemedAt: '2026-12-01T01:00:00.000Z' },
    });
    await act(async () => void fireEvent.click(document.getElementById('counter-confirm')!));
    expect(mockCall).toHaveBeenLastCalledWith('bank', { action: 'redeem', reservationId: 'rsv_1' });
    expect(document.querySelector('#counter-result [data-result="redeemed"]')).not.toBeNull();
    expect(document.getElementById('counter-confirm')).toBeNull();
    await act(async () => void fireEvent.click(document.getElementById('counter-next')!));
    expect(document.getElementById('counter-result')).toBeNull();
  });

  test('a code of the wrong shape is refused on the page; a refusal from the counter is shown', async () => {
    render(<CounterPage />);
    await type('#counter-code', '12');
    await act(async () => void fireEvent.click(document.getElementById('counter-lookup')!));
    expect(mockCall).not.toHaveBeenCalled();
    expect(text('#counter-code-error')).toContain('6位');
    await type('#counter-code', '123456');
    answers.push({ ok: false, error: { code: 'REDEEM.NOT_FOUND', message: 'no reservation' } });
    await act(async () => void fireEvent.click(document.getElementById('counter-lookup')!));
    expect(document.querySelector('.error-message[data-code="REDEEM.NOT_FOUND"]')).not.toBeNull();
  });
});

describe('StatementPage', () => {
  const statement = (month: string, points: number[]) => ({
    ok: true as const,
    data: {
      month,
      shopName: '幸福超市',
      count: points.length,
      total: points.reduce((a, b) => a + b, 0),
      items: points.map((p, i) => ({ reservationId: `rsv_${i}`, at: `${month}-0${i + 1} 10:00`, itemName: '花生油', points: p })),
    },
  });

  test('a month with redemptions exports; an empty month offers no export and drops the last notice', async () => {
    answers.push(statement('this', [50, 30]));
    render(<StatementPage />);
    await settle();
    const months = [...document.querySelectorAll('.statement-months .choice')];
    expect(months).toHaveLength(3);
    expect(text('#statement-total')).toBe('共 2 笔，80 积分');
    answers.push({ ok: true, data: { fileID: 'f1', url: 'http://x/f1.xlsx', name: '幸福超市-账单.xlsx', rows: 2 } });
    await act(async () => void fireEvent.click(document.getElementById('statement-export')!));
    expect(mockCall).toHaveBeenLastCalledWith('bank', { action: 'statement_export', month: expect.any(String) });
    expect(text('#statement-file')).toContain('幸福超市-账单.xlsx');

    answers.push(statement('before', []));
    await act(async () => void fireEvent.click(months[1]!));
    await settle();
    expect(document.getElementById('statement-empty')).not.toBeNull();
    expect(document.getElementById('statement-export')).toBeNull();
    expect(document.getElementById('statement-file')).toBeNull();
  });

  test('an export that answers after the merchant chose another month leaves no notice on that month', async () => {
    answers.push(statement('this', [50]));
    render(<StatementPage />);
    await settle();
    let answer!: (a: Answer) => void;
    answers.push(new Promise<Answer>((resolve) => (answer = resolve)) as unknown as Answer);
    await act(async () => void fireEvent.click(document.getElementById('statement-export')!));
    answers.push(statement('before', [30]));
    await act(async () => void fireEvent.click(document.querySelectorAll('.statement-months .choice')[1]!));
    await settle();
    expect(text('#statement-total')).toBe('共 1 笔，30 积分');
    await act(async () => answer({ ok: true, data: { fileID: 'f1', url: 'http://x/f1.xlsx', name: '幸福超市-账单.xlsx', rows: 1 } }));
    expect(document.getElementById('statement-file')).toBeNull();
  });
});
