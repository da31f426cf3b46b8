// Repairs at cost on the wish form (src/pages/wish/new): a priced category shows what THIS household
// pays once the room is known (bank.quote), before submitting; a free category says 服务免费 as before.
// The wish carries the amount shown; refused because the price rose meanwhile, the form shows the new one.
import { beforeAll, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { ComponentType } from 'react';
import { setRouterParams } from './taro';

const BUILDING = {
  buildingId: 'B-0012',
  name: '3栋2单元',
  estateName: '翠湖小区',
  communityId: 'c-jinding',
  communityName: '金鼎社区',
  fixes: 'unit',
  hotline: '0871-63120012',
};
const PRICES = { items: [{ category: 'repairs', label: '家电维修', marketFen: 10000, materialFen: 1200, ordinaryPercent: 90 }] };
/** The household's answer per room: 301 is recorded 低保 (material cost), 302 is not recorded. */
const QUOTES: Record<string, unknown> = {
  '301': { priced: true, payFen: 1200, basis: 'material', text: '您需支付 ¥12.00（材料费）' },
  '302': { priced: true, payFen: 9000, basis: 'discount', text: '您需支付 ¥90.00（优惠价）' },
};
/** What room 301 pays once the price has risen (the cloud's answer after the form showed ¥12.00). */
const RISEN = { priced: true, payFen: 1500, basis: 'material', text: '您需支付 ¥15.00（材料费）' };
let mockRisen = false;
const quoteOf = (room: string) => (mockRisen && room === '301' ? RISEN : (QUOTES[room] ?? { priced: false }));

const mockCall = jest.fn(async (_name: string, event: { action: string; [field: string]: unknown }) => {
  if (event.action === 'building') return { ok: true, data: BUILDING };
  if (event.action === 'places') return { ok: true, data: { communities: [] } };
  if (event.action === 'prices') return { ok: true, data: PRICES };
  if (event.action === 'quote') return { ok: true, data: quoteOf(String(event.room)) };
  // As wish.submit decides: never more than the form showed.
  if (event.action === 'submit') {
    const { payFen } = quoteOf(String(event.room)) as { payFen?: number };
    const agreed = payFen === undefined || (typeof event.agreedFen === 'number' && payFen <= event.agreedFen);
    if (!agreed) return { ok: false, error: { code: 'WISH.PRICE_NOT_AGREED', message: 'not agreed' } };
    return { ok: true, data: { outcome: 'created', wishId: 'w_priced01' } };
  }
  return { ok: false, error: { code: 'INTERNAL.ERROR', message: `not expected: ${event.action}` } };
});
jest.mock('@/services', () => ({
  ...jest.requireActual<object>('@/services'),
  call: mockCall,
  whoami: jest.fn(async () => ({ ok: true, data: { openid: 'o_resident', roles: ['resident'] } })),
  hasPrivacyConsent: () => true,
  askResidentSubscriptions: async () => [],
  rememberContact: jest.fn(),
  recallContact: () => undefined,
  recallHelper: () => undefined,
}));

let NewWish: ComponentType;
beforeAll(async () => {
  NewWish = (await import('@/pages/wish/new/index')).default;
});

const el = (selector: string) => document.querySelector(selector);
const type = (selector: string, value: string) =>
  act(() => void el(selector)!.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true })));
const tap = (selector: string) => act(() => void fireEvent.click(el(selector)!));
const quotes = () => mockCall.mock.calls.filter(([, e]) => e.action === 'quote');
/** A whole form for room 301 of `category`, ready to submit. */
function fill(category: string, description: string) {
  tap(`.category-${category}`);
  type('#wish-description', description);
  type('#wish-name', '张秀兰');
  type('#wish-phone', '13912345678');
  type('#wish-room', '301');
}
const submits = () => mockCall.mock.calls.filter(([, e]) => e.action === 'submit').map(([, e]) => e);

async function open() {
  setRouterParams({ buildingId: 'B-0012' });
  render(<NewWish />);
  await screen.findByText('3栋2单元');
  await waitFor(() => expect(mockCall.mock.calls.some(([, e]) => e.action === 'prices')).toBe(true));
}

describe('the price of a service at cost', () => {
  beforeEach(() => {
    mockCall.mockClear();
    mockRisen = false;
  });

  test('a priced category asks for the room, then shows what this household pays; another room, another price', async () => {
    await open();
    tap('.category-repairs');
    expect(el('#wish-price-text')?.textContent).toBe('填写门牌号后，这里显示您需支付的金额');
    expect(el('.free-note')?.textContent).not.toContain('服务免费');
    type('#wish-room', '301');
    expect(el('#wish-price-text')?.textContent).toBe('正在计算您需支付的金额…');
    await waitFor(() => expect(el('#wish-price-text')?.textContent).toBe('您需支付 ¥12.00（材料费）'));
    expect(quotes().at(-1)?.[1]).toEqual({ action: 'quote', buildingId: 'B-0012', room: '301', category: 'repairs' });
    type('#wish-room', '302');
    await waitFor(() => expect(el('#wish-price-text')?.textContent).toBe('您需支付 ¥90.00（优惠价）'));
  });

  test('a room the code does not take is not asked about', async () => {
    await open();
    tap('.category-repairs');
    type('#wish-room', '3-201');
    await new Promise((r) => setTimeout(r, 600));
    expect(quotes()).toHaveLength(0);
    expect(el('#wish-price-text')?.textContent).toBe('填写门牌号后，这里显示您需支付的金额');
  });

  test('a free category shows no price and says 服务免费', async () => {
    await open();
    tap('.category-haircut');
    type('#wish-room', '301');
    await new Promise((r) => setTimeout(r, 600));
    expect(el('#wish-price')).toBeNull();
    expect(quotes()).toHaveLength(0);
    expect(el('.free-note')?.textContent).toContain('服务免费');
  });

  test('the wish carries the amount shown; a price risen meanwhile is shown again before it is filed', async () => {
    await open();
    fill('repairs', '厨房水龙头一直漏水');
    await waitFor(() => expect(el('#wish-price-text')?.textContent).toBe('您需支付 ¥12.00（材料费）'));
    mockRisen = true;
    tap('#wish-submit');
    await waitFor(() => expect(el('#form-error')?.textContent).toContain('需支付的金额已更新'));
    expect(submits()[0]).toMatchObject({ room: '301', agreedFen: 1200 });
    await waitFor(() => expect(el('#wish-price-text')?.textContent).toBe('您需支付 ¥15.00（材料费）'));
    tap('#wish-submit');
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/pages/wish/detail/index?id=w_priced01&new=1' }));
    expect(submits()[1]).toMatchObject({ agreedFen: 1500 });
  });

  test('a free category sends no amount', async () => {
    await open();
    fill('haircut', '想请人上门理发，行动不便');
    tap('#wish-submit');
    await waitFor(() => expect(submits()).toHaveLength(1));
    expect(submits()[0]).not.toHaveProperty('agreedFen');
  });
});
