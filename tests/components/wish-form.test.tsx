// The wish form (src/pages/wish/new) rendered with Taro's H5 components in jsdom: what it shows, the
// Chinese messages for an empty form and a bad phone, and a good form sent through the services.
import { beforeAll, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { ComponentType } from 'react';
// The @tarojs/taro mock itself (jest.components.config.js maps @tarojs/taro to it): the router's params.
import { setRouterParams } from './taro';

const BUILDING = { buildingId: 'B-0012', name: '3栋2单元', estateName: '翠湖小区', communityId: 'c-jinding', communityName: '金鼎社区' };

// The services module, with the cloud and the phone's storage replaced. (`mock…` names: a transform
// that hoists jest.mock may still reference them; the page is imported after the mock, below.)
const mockCall = jest.fn(async (_name: string, event: { action: string; [field: string]: unknown }) => {
  if (event.action === 'building') return { ok: true, data: BUILDING };
  if (event.action === 'submit') return { ok: true, data: { outcome: 'created', wishId: 'w_new0001' } };
  return { ok: false, error: { code: 'INTERNAL.ERROR', message: `not expected: ${event.action}` } };
});
jest.mock('@/services', () => ({
  ...jest.requireActual<object>('@/services'),
  call: mockCall,
  whoami: jest.fn(async () => ({ ok: true, data: { openid: 'o_resident', roles: ['resident'] } })),
  hasPrivacyConsent: () => true,
  askResidentSubscriptions: async () => [],
  recallContact: () => undefined,
  rememberContact: jest.fn(),
}));

let NewWish: ComponentType;
beforeAll(async () => {
  NewWish = (await import('@/pages/wish/new/index')).default;
});
const call = mockCall;

const el = (selector: string) => {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
/** Type into a Taro Input/Textarea: its `input` event carries `detail.value`. */
const type = (selector: string, value: string) =>
  act(() => void el(selector).dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true })));
const tap = (selector: string) => act(() => void fireEvent.click(el(selector)));
const errorOf = (field: string) => document.querySelector(`.field-error[data-field="${field}"]`)?.textContent ?? '';
const submits = () => call.mock.calls.filter(([, event]) => event.action === 'submit');

async function open() {
  setRouterParams({ buildingId: 'B-0012' });
  render(<NewWish />);
  await screen.findByText('金鼎社区 · 翠湖小区 · 3栋2单元');
}

function fillValid() {
  tap('.category-repairs');
  type('#wish-description', '厨房水龙头一直漏水');
  type('#wish-name', '张秀兰');
  type('#wish-phone', '13912345678');
  type('#wish-room', '3-201');
}

describe('the wish form', () => {
  beforeEach(() => {
    call.mockClear();
    jest.mocked(Taro.redirectTo).mockClear();
  });

  test('renders the place, one button per category, the fields and 提交心愿', async () => {
    await open();
    expect(call).toHaveBeenCalledWith('wish', { action: 'building', scene: 'B-0012' });
    expect(document.querySelectorAll('.category-option')).toHaveLength(11);
    expect(el('.category-repairs').textContent).toBe('家电维修');
    for (const id of ['#wish-description', '#wish-name', '#wish-phone', '#wish-room', '#wish-date']) expect(el(id)).toBeTruthy();
    expect(el('#wish-submit').textContent).toBe('提交心愿');
  });

  test('an empty submit shows Chinese messages under the fields and sends nothing', async () => {
    await open();
    tap('#wish-submit');
    await waitFor(() => expect(errorOf('category')).toBe('请选择要办的事'));
    expect(errorOf('description')).toBe('请填写这一项');
    expect(errorOf('contact.name')).toMatch(/[\u4e00-\u9fa5]/);
    expect(errorOf('contact.phone')).toBe('请填写手机号');
    expect(errorOf('room')).toBe('请填写门牌号');
    expect(el('#form-error').textContent).toBe('还有几项需要修改，请看红色提示');
    expect(submits()).toHaveLength(0);
  });

  test('a bad phone is the only message, and a corrected one clears it', async () => {
    await open();
    fillValid();
    type('#wish-phone', '1391234');
    tap('#wish-submit');
    await waitFor(() => expect(errorOf('contact.phone')).toBe('手机号应为11位数字'));
    expect(document.querySelectorAll('.field-error')).toHaveLength(1);
    expect(submits()).toHaveLength(0);
    // 11 digits that are not a mobile number say so, rather than asking for 11 digits again
    type('#wish-phone', '12345678901');
    tap('#wish-submit');
    await waitFor(() => expect(errorOf('contact.phone')).toBe('这不是有效的手机号码，请检查'));
    type('#wish-phone', '13912345678');
    expect(errorOf('contact.phone')).toBe('');
  });

  test('a good form is submitted through the services, then the detail opens', async () => {
    await open();
    fillValid();
    tap('#wish-submit');
    await waitFor(() => expect(submits()).toHaveLength(1));
    expect(submits()[0]).toEqual([
      'wish',
      expect.objectContaining({
        action: 'submit',
        buildingId: 'B-0012',
        category: 'repairs',
        description: '厨房水龙头一直漏水',
        contact: { name: '张秀兰', phone: '13912345678' },
        room: '3-201',
        consent: true,
        confirmDuplicate: false,
      }),
    ]);
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/pages/wish/detail/index?id=w_new0001&new=1' }));
  });
});
