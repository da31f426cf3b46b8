// 赞助方与预算 and 我的店铺 in jsdom: each sponsor's source shows as a tag; 新增赞助方 checks the form
// before any call, then creates with a request id kept across a retry; 我的店铺 saves the profile with
// the version it read and, told someone changed it, closes the form on the latest. 爱心兑换 shows a
// shop's address and hours.
import { beforeAll, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { act, fireEvent, render } from '@testing-library/react';

type Answer = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };
const answers: Answer[] = [];
const mockCall = jest.fn(async (_fn: string, _event: Record<string, unknown>) => answers.shift()!);
jest.mock('@/services', () => ({ ...jest.requireActual<object>('@/services'), call: mockCall }));

let SponsorsPage: typeof import('@/admin/pages/sponsors/index').default;
let ShopPage: typeof import('@/merchant/pages/shop/index').default;
let RewardsPage: typeof import('@/volunteer/pages/rewards/index').default;
beforeAll(async () => {
  ({ default: SponsorsPage } = await import('@/admin/pages/sponsors/index'));
  ({ default: ShopPage } = await import('@/merchant/pages/shop/index'));
  ({ default: RewardsPage } = await import('@/volunteer/pages/rewards/index'));
});
beforeEach(() => {
  answers.length = 0;
  mockCall.mockClear();
});

const text = (selector: string) => document.querySelector(selector)?.textContent ?? '';
const settle = () => act(async () => undefined);
const click = (selector: string) => act(async () => void fireEvent.click(document.querySelector(selector)!));
/** Taro's Input reports typing as an `input` event with `detail.value`. */
const type = (selector: string, value: string) =>
  act(() => void document.querySelector(selector)!.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true })));
const page = <T,>(items: T[]) => ({ ok: true as const, data: { items, page: 0, hasMore: false } });

describe('SponsorsPage', () => {
  const street = {
    sponsorId: 'street-xmh',
    name: '洗马河街道公益积分预算',
    source: 'government',
    version: 1,
    balance: 100,
    communities: [],
  };
  const old = { sponsorId: 'old', name: '旧赞助方', version: 0, balance: 5, communities: [] };

  test('the source as a tag; 新增赞助方 checks before calling, then creates once per opened form', async () => {
    answers.push(page([street, old]));
    render(<SponsorsPage />);
    await settle();
    expect(text('#sponsor-street-xmh .sponsor-source')).toBe('政府买单');
    expect(text('#sponsor-old .sponsor-source')).toBe('未设来源');
    await click('#sponsor-new');
    await type('#sponsor-name', '某');
    await click('#sponsor-save');
    expect(text('#sponsor-name-error')).toContain('请至少填写2个字');
    expect(mockCall).toHaveBeenCalledTimes(1);
    await type('#sponsor-name', '某某公司爱心基金');
    await click('.source-partner');
    answers.push({ ok: false, error: { code: 'CLOUD.TIMEOUT', message: '服务响应超时，请稍后再试' } }, page([street, old]));
    await click('#sponsor-save');
    const first = mockCall.mock.calls[1]![1];
    expect(first).toMatchObject({ action: 'create_sponsor', name: '某某公司爱心基金', source: 'partner' });
    expect(document.getElementById('sponsor-form')).not.toBeNull();
    answers.push({ ok: true, data: { sponsorId: 'sp-1', version: 1, created: true } }, page([street, old]));
    await click('#sponsor-save');
    expect(mockCall.mock.calls[3]![1]).toEqual(first);
    expect(text('#sponsor-saved')).toContain('已新增「某某公司爱心基金」');
    expect(document.getElementById('sponsor-form')).toBeNull();
  });

  test('修改 sends the version read', async () => {
    answers.push(page([street]));
    render(<SponsorsPage />);
    await settle();
    await click('#sponsor-edit-street-xmh');
    await click('.source-residents');
    answers.push({ ok: true, data: { sponsorId: 'street-xmh', version: 2 } }, page([street]));
    await click('#sponsor-save');
    expect(mockCall.mock.calls[1]![1]).toEqual({
      action: 'update_sponsor',
      sponsorId: 'street-xmh',
      version: 1,
      name: '洗马河街道公益积分预算',
      source: 'residents',
    });
  });
});

describe('ShopPage', () => {
  const shop = {
    shopId: 'shop-xingfu',
    name: '幸福超市',
    communityName: '金鼎社区',
    address: '翠湖小区南门旁',
    hours: '每天 8:00–21:00',
    version: 3,
  };

  test('修改店铺资料 saves with the version read; someone else’s change closes the form on the latest', async () => {
    answers.push({ ok: true, data: shop });
    render(<ShopPage />);
    await settle();
    expect(text('.shop-intro')).toContain('未填写');
    await click('#shop-edit');
    await type('#shop-hours', '  ');
    await click('#shop-save');
    expect(text('#shop-hours-error')).toContain('请填写这一项');
    expect(mockCall).toHaveBeenCalledTimes(1);
    await type('#shop-hours', '每天 7:30–21:30');
    await type('#shop-intro', '积分可换米面油');
    answers.push(
      { ok: false, error: { code: 'SHOP.CHANGED', message: '店铺资料刚刚被改过' } },
      { ok: true, data: { ...shop, version: 4 } },
    );
    await click('#shop-save');
    expect(mockCall.mock.calls[1]![1]).toEqual({
      action: 'edit_shop',
      version: 3,
      address: '翠湖小区南门旁',
      hours: '每天 7:30–21:30',
      intro: '积分可换米面油',
    });
    expect(document.querySelector('.error-message[data-code="SHOP.CHANGED"]')).not.toBeNull();
    expect(document.getElementById('shop-form')).toBeNull();
  });
});

describe('RewardsPage', () => {
  test("each item shows its shop's address and hours", async () => {
    answers.push({
      ok: true,
      data: {
        items: [
          {
            itemId: 'oil',
            name: '花生油',
            points: 50,
            stock: 3,
            shopId: 's',
            shopName: '幸福超市',
            shopAddress: '翠湖小区南门旁',
            shopHours: '每天 8:00–21:00',
            communityName: '金鼎社区',
          },
          { itemId: 'cup', name: '保温杯', points: 60, stock: 3, shopId: 't', shopName: '慈善超市', communityName: '' },
        ],
        page: 0,
        hasMore: false,
        balance: 100,
        window: { open: true },
      },
    });
    render(<RewardsPage />);
    await settle();
    expect(text('#reward-oil .reward-shop-address')).toBe('地址：翠湖小区南门旁');
    expect(text('#reward-oil .reward-shop-hours')).toBe('营业时间：每天 8:00–21:00');
    expect(document.querySelector('#reward-cup .reward-shop-address')).toBeNull();
  });
});
