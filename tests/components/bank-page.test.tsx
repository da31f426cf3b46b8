// The admin's 公益银行 page (src/admin/pages/bank) in jsdom: the points rules form read from the schema
// (a rule in words, a bad number refused before any call, a save with the version seen), the budget
// queue, an account's entries and 更正 with a reason, and 核对.
import { beforeAll, describe, expect, jest, test } from '@jest/globals';
import { act, fireEvent, render } from '@testing-library/react';
import { DEFAULT_POINTS } from '@/domain/bank/rules';

const answers: unknown[] = [];
const mockCall = jest.fn(async (_fn: string, _event: Record<string, unknown>) => answers.shift());
jest.mock('@/services', () => ({ ...jest.requireActual<object>('@/services'), call: mockCall }));

let BankPage: typeof import('@/admin/pages/bank/index').default;
beforeAll(async () => {
  ({ default: BankPage } = await import('@/admin/pages/bank/index'));
});

const el = (selector: string) => {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const type = (selector: string, value: string) =>
  act(() => void el(selector).dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true })));
const tap = async (selector: string) => act(async () => void fireEvent.click(el(selector)));
const settle = () => act(async () => undefined);
const settings = (pointsVersion: number) => ({
  ok: true,
  data: {
    redemption: { label: '兑换设置', value: { holdHours: 48, window: { fromDay: 1, toDay: 31 } }, version: 0 },
    points: { label: '积分规则', value: DEFAULT_POINTS, version: pointsVersion },
  },
});

describe('BankPage', () => {
  test('积分规则: every setting has a form; the rule in words; a bad number is refused; a save sends the version seen', async () => {
    answers.push(settings(3));
    render(<BankPage />);
    await settle();
    expect(el('#setting-points').textContent).toContain('家电维修');
    expect(el('#setting-points').textContent).toContain('每次20分，与时长无关');
    expect(el('#setting-redemption-holdHours')).toBeTruthy();
    expect(el('#setting-redemption-window-fromDay')).toBeTruthy();
    await type('#setting-points-repairs-extra', '2');
    await type('#setting-points-repairs-cap', '10');
    expect(el('#setting-points').textContent).toContain('基础20分，每满30分钟加2分，最多加10分');
    await type('#setting-points-repairs-base', '-1');
    await type('#setting-points-reason', '维修按时长加分');
    await tap('#setting-points-save');
    expect(mockCall).toHaveBeenCalledTimes(1);
    expect(document.querySelector('.field-error[data-field="repairs.base"]')?.textContent).toBe('不能小于 0');
    await type('#setting-points-repairs-base', '15');
    answers.push({ ok: true, data: { key: 'points', version: 4 } }, settings(4));
    await tap('#setting-points-save');
    const [, event] = mockCall.mock.calls[1]!;
    expect(event).toMatchObject({ action: 'set_setting', key: 'points', version: 3, reason: '维修按时长加分' });
    expect((event.value as typeof DEFAULT_POINTS).repairs).toEqual({ base: 15, perMinutes: 30, extra: 2, cap: 10 });
    expect((event.value as typeof DEFAULT_POINTS).haircut).toEqual(DEFAULT_POINTS.haircut);
    await settle();
    expect(el('#setting-done').textContent).toContain('已保存「积分规则」');
  });

  test('等待预算, 账户与更正, 核对', async () => {
    mockCall.mockClear();
    answers.push(settings(0));
    render(<BankPage />);
    await settle();
    answers.push({
      ok: true,
      data: {
        items: [
          {
            wishId: 'w_1',
            sponsorId: 'sp',
            sponsorName: '洗马河街道',
            balance: 3,
            points: 5,
            category: 'repairs',
            volunteerName: '小李',
            since: '2026-11-30T02:00:00.000Z',
          },
        ],
        page: 0,
        hasMore: false,
      },
    });
    await tap('.bank-tab-waiting');
    expect(el('#waiting-w_1').textContent).toContain('需要 5 积分');
    expect(el('#waiting-w_1 .waiting-balance').getAttribute('data-balance')).toBe('3');

    answers.push({
      ok: true,
      data: {
        items: [{ accountId: 'passbook:o_v', kind: 'passbook', name: '存折 · 小李', balance: 20, minutes: 90 }],
        page: 0,
        hasMore: false,
      },
    });
    await tap('.bank-tab-accounts');
    expect(el('#account-0').textContent).toContain('服务 1.5 小时');
    const entry = {
      entryId: 'credit:w_2',
      kind: 'service_credit',
      category: 'service',
      at: '2026-11-30T02:00:00.000Z',
      memo: '家电维修 服务积分',
      reason: '家电维修 服务积分',
      byName: '系统',
      points: 20,
      minutes: 30,
      corrected: false,
      correctable: true,
    };
    answers.push({
      ok: true,
      data: {
        account: { accountId: 'passbook:o_v', name: '存折 · 小李', balance: 20, minutes: 90 },
        items: [entry],
        page: 0,
        hasMore: false,
      },
    });
    await tap('#account-0');
    expect(el('#entry-0 .entry-points').getAttribute('data-points')).toBe('20');
    await tap('#entry-correct-0');
    expect(el('#correct-dialog').textContent).toContain('-20 积分');
    await tap('#correct-confirm');
    expect(document.querySelector('.field-error[data-field="reason"]')).not.toBeNull();
    await type('#correct-reason', '重复录入');
    answers.push(
      { ok: false, error: { code: 'BANK.CORRECTION_BELOW_FLOOR', message: 'x' } },
      {
        ok: true,
        data: {
          account: { accountId: 'passbook:o_v', name: '存折 · 小李', balance: 20, minutes: 90 },
          items: [entry],
          page: 0,
          hasMore: false,
        },
      },
    );
    await tap('#correct-confirm');
    const correct = mockCall.mock.calls.find(([, e]) => e.action === 'correct')![1];
    expect(correct).toMatchObject({ action: 'correct', entryId: 'credit:w_2', reason: '重复录入' });
    expect(String(correct.requestId)).toMatch(/^[0-9A-Za-z_-]{8,64}$/);
    expect(el('.error-message[data-code="BANK.CORRECTION_BELOW_FLOOR"], [data-code="BANK.CORRECTION_BELOW_FLOOR"]').textContent).toContain(
      '积分已经被使用',
    );

    answers.push({ ok: true, data: { items: [], page: 0, hasMore: false } }); // the accounts again, on closing
    await tap('#entries-close');
    await tap('.bank-tab-verify');
    answers.push({
      ok: true,
      data: {
        entries: 12,
        accounts: 5,
        total: 0,
        unbalanced: [],
        differences: [{ account: 'sponsor:sp', stored: 8, derived: 3, storedMinutes: 0, derivedMinutes: 0 }],
        belowFloor: [],
        truncated: false,
      },
    });
    await tap('#verify-run');
    expect(el('#verify-report').textContent).toContain('核对发现问题');
    expect(el('.verify-problem').textContent).toBe('余额不符：sponsor:sp，存储 8，按记录应为 3');
  });
});
