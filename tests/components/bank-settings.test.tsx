// The admin's settings on 公益银行 → 积分规则 (src/admin/components/bank/Setting*.tsx) in jsdom: the
// 星级门槛 as five thresholds (a decreasing one refused in Chinese before any call; a save sends the
// list and the version seen), the card's version, when and why, the 修改记录 on demand with what each
// version changed, and 收费标准 as a link to its own page.
import { beforeAll, describe, expect, jest, test } from '@jest/globals';
import { act, fireEvent, render } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { DEFAULT_POINTS } from '@/domain/bank/rules';
import { OFFICES_DEFAULTS } from '@/domain/bank/offices';
import { REVIEWS_DEFAULTS } from '@/domain/bank/reviews';
import { STARS_DEFAULTS } from '@/domain/bank/stars';

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

const STARS_V2 = { hours: [80, 300, 600, 1000, 1500], ratingFloor: 4, minRatings: 3 };
const settings = (starsVersion: number) => ({
  ok: true,
  data: {
    redemption: { label: '兑换设置', value: { holdHours: 48, window: { fromDay: 1, toDay: 31 } }, version: 0 },
    stars: {
      label: '星级门槛',
      value: STARS_V2,
      version: starsVersion,
      updatedAt: '2026-11-30T02:00:00.000Z',
      reason: '一星门槛降低',
    },
    reviews: { label: '评比设置', value: REVIEWS_DEFAULTS, version: 0 },
    offices: { label: '储蓄所星级门槛', value: OFFICES_DEFAULTS, version: 0 },
    prices: { label: '收费标准', value: { items: [] }, version: 0 },
    points: { label: '积分规则', value: DEFAULT_POINTS, version: 0 },
  },
});

describe('BankPage → 积分规则: every key editable where it belongs', () => {
  test('星级门槛: five thresholds, a decreasing one refused in Chinese, a save with the list and the version seen', async () => {
    answers.push(settings(2));
    render(<BankPage />);
    await settle();
    const card = el('#setting-stars');
    expect(card.textContent).toContain('各星级所需服务时长（小时，第1档为一星）');
    expect(el('#setting-stars-about').textContent).toBe('第 2 版 · 11月30日 10:00 修改 · 原因：一星门槛降低');
    expect([0, 1, 2, 3, 4].map((i) => el(`#setting-stars-hours-${i}-label`).textContent)).toEqual([
      '第1档',
      '第2档',
      '第3档',
      '第4档',
      '第5档',
    ]);
    // The other keys' forms are there, in Chinese; 收费标准 is a link.
    expect(el('#setting-offices').textContent).toContain('开户数（注册志愿者）');
    expect(el('#setting-reviews-flagPoints-quarter')).toBeTruthy();
    expect(el('#setting-stars-ratingFloor')).toBeTruthy();

    await type('#setting-stars-hours-2', '250');
    await type('#setting-stars-reason', '按新办法调整');
    await tap('#setting-stars-save');
    expect(mockCall).toHaveBeenCalledTimes(1);
    expect(el('#setting-stars-hours-error').textContent).toBe('门槛必须逐档递增');
    expect(el('.field-error[data-field="hours"]')).toBeTruthy();

    await type('#setting-stars-hours-2', '700');
    await type('#setting-stars-hours-4', '2000');
    answers.push({ ok: true, data: { key: 'stars', version: 3 } }, settings(3));
    await tap('#setting-stars-save');
    const [fn, event] = mockCall.mock.calls[1]!;
    expect(fn).toBe('bank');
    expect(event).toEqual({
      action: 'set_setting',
      key: 'stars',
      version: 2,
      reason: '按新办法调整',
      value: { hours: [80, 300, 700, 1000, 2000], ratingFloor: 4, minRatings: 3 },
    });
    await settle();
    expect(el('#setting-done').textContent).toContain('已保存「星级门槛」');
  });

  test('修改记录 on demand: each version with when, who, why and what it changed', async () => {
    mockCall.mockClear();
    answers.push(settings(2));
    render(<BankPage />);
    await settle();
    expect(document.querySelector('#setting-stars-history')).toBeNull();
    expect(document.querySelector('#setting-points-history-toggle')).toBeNull(); // never changed: nothing to show
    answers.push({
      ok: true,
      data: {
        items: [
          { version: 2, value: STARS_V2, byName: '王主任', at: '2026-11-30T02:00:00.000Z', reason: '一星门槛降低' },
          {
            version: 1,
            value: { ...STARS_DEFAULTS, minRatings: 5 },
            byName: '王主任',
            at: '2026-11-29T02:00:00.000Z',
            reason: '评价多几次再看',
          },
        ],
        page: 0,
        hasMore: false,
      },
    });
    await tap('#setting-stars-history-toggle');
    expect(mockCall.mock.calls[1]![1]).toEqual({ action: 'setting_history', key: 'stars', page: 0 });
    await settle();
    const [v2, v1] = [el('#setting-stars-history-0'), el('#setting-stars-history-1')];
    expect(v2.getAttribute('data-version')).toBe('2');
    expect(v2.textContent).toContain('第 2 版 · 11月30日 10:00 · 王主任');
    expect(v2.textContent).toContain('原因：一星门槛降低');
    expect([...v2.querySelectorAll('.setting-change-diff')].map((d) => d.textContent)).toEqual([
      '各星级所需服务时长（小时，第1档为一星） · 第1档：100 → 80',
      '评价满几次后才看下限：5 → 3',
    ]);
    expect([...v1.querySelectorAll('.setting-change-diff')].map((d) => d.textContent)).toEqual(['评价满几次后才看下限：3 → 5']);
    await tap('#setting-stars-history-toggle');
    expect(document.querySelector('#setting-stars-history')).toBeNull();
  });

  test('收费标准: no form, a link to its own page', async () => {
    answers.push(settings(0));
    render(<BankPage />);
    await settle();
    expect(document.querySelector('#setting-prices-save')).toBeNull();
    expect(el('#setting-prices-go').getAttribute('role')).toBe('link');
    expect(el('#setting-prices-go').textContent).toBe('去收费标准页面修改');
    await tap('#setting-prices-go');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/admin/pages/prices/index' });
  });
});
