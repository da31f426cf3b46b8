// The wish form (src/pages/wish/new) rendered with Taro's H5 components in jsdom: what it shows, the
// Chinese messages for an empty form and a bad phone, and a good form sent through the services; the
// room asked per building code, the week's day buttons, 帮办 for an elder, and the hotline under a refusal.
import { beforeAll, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { ComponentType } from 'react';
// The @tarojs/taro mock itself (jest.components.config.js maps @tarojs/taro to it): the router's params.
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
const PLACES = { streetHotline: '0871-63120000', communities: [] };
let mockRoles: string[] = ['resident'];
let mockConsented = true;
let mockSubmitAnswer: unknown = { ok: true, data: { outcome: 'created', wishId: 'w_new0001' } };

// The services module, with the cloud and the phone's storage replaced. (`mock…` names: a transform
// that hoists jest.mock may still reference them; the page is imported after the mock, below.)
const mockCall = jest.fn(async (_name: string, event: { action: string; [field: string]: unknown }) => {
  if (event.action === 'building') return { ok: true, data: BUILDING };
  if (event.action === 'submit') return mockSubmitAnswer;
  if (event.action === 'places') return { ok: true, data: PLACES };
  if (event.action === 'profile') return { ok: true, data: { registered: false, teams: [] } };
  return { ok: false, error: { code: 'INTERNAL.ERROR', message: `not expected: ${event.action}` } };
});
jest.mock('@/services', () => ({
  ...jest.requireActual<object>('@/services'),
  call: mockCall,
  whoami: jest.fn(async () => ({ ok: true, data: { openid: 'o_resident', roles: mockRoles } })),
  hasPrivacyConsent: () => mockConsented,
  savePrivacyConsent: jest.fn(),
  askResidentSubscriptions: async () => [],
  recallContact: () => undefined,
  rememberContact: jest.fn(),
  recallHelper: () => ({ name: '周丽', phone: '13700000001' }),
  rememberHelper: jest.fn(),
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
  await screen.findByText('3栋2单元');
  expect(el('#place-banner').textContent).toBe('志愿者将上门到金鼎社区 · 翠湖小区 · 3栋2单元');
}

function fillValid() {
  tap('.category-repairs');
  type('#wish-description', '厨房水龙头一直漏水');
  type('#wish-name', '张秀兰');
  type('#wish-phone', '13912345678');
  type('#wish-room', '201');
}

describe('the wish form', () => {
  beforeEach(() => {
    call.mockClear();
    jest.mocked(Taro.redirectTo).mockClear();
    jest.mocked(Taro.makePhoneCall).mockClear();
    mockRoles = ['resident'];
    mockConsented = true;
    mockSubmitAnswer = { ok: true, data: { outcome: 'created', wishId: 'w_new0001' } };
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
        room: '201',
        consent: true,
        confirmDuplicate: false,
      }),
    ]);
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/pages/wish/detail/index?id=w_new0001&new=1' }));
  });

  test("a unit's code asks only for the room: the hint says so, and 3-201 is refused with why", async () => {
    await open();
    expect(el('#field-room-hint').textContent).toBe('房号，如 502');
    fillValid();
    type('#wish-room', '3-201');
    tap('#wish-submit');
    await waitFor(() => expect(errorOf('room')).toBe('楼栋码已经定好了单元，只填房号，如 502'));
    expect(submits()).toHaveLength(0);
  });

  test('the date is a row of big day buttons with weekdays (今天, 明天, then dates), and the picker for later days', async () => {
    await open();
    const days = [...document.querySelectorAll('.date-option')];
    expect(days).toHaveLength(7);
    expect(days.map((d) => d.querySelector('.date-day')?.textContent).slice(0, 2)).toEqual(['今天', '明天']);
    for (const d of days) expect(d.querySelector('.date-weekday')?.textContent).toMatch(/^周[日一二三四五六]$/);
    // tomorrow is chosen to start with; choosing the third day sends it
    expect(days[1].getAttribute('aria-checked')).toBe('true');
    const third = days[2].className.match(/date-(\d{4}-\d{2}-\d{2})/)![1];
    tap(`.date-${third}`);
    expect(el(`.date-${third}`).getAttribute('aria-checked')).toBe('true');
    expect(el('#wish-date').textContent).toContain('更晚的日期');
    fillValid();
    tap('#wish-submit');
    await waitFor(() => expect(submits()).toHaveLength(1));
    expect(submits()[0][1].preferredTime).toEqual({ date: third, window: 'any' });
  });

  test('a refusal that says to contact the community shows its number, tappable to call', async () => {
    mockSubmitAnswer = { ok: false, error: { code: 'WISH.RATE_LIMITED', message: 'daily limit reached' } };
    await open();
    fillValid();
    tap('#wish-submit');
    await waitFor(() => expect(el('#form-error').textContent).toContain('请明天再来'));
    expect(el('#form-hotline').textContent).toContain('社区电话：0871-63120012');
    tap('#form-hotline');
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '0871-63120012' });
  });

  test('a resident sees no 帮办 switch; on H5 (no photo field) the privacy notice does not mention photos', async () => {
    mockConsented = false;
    await open();
    expect(document.querySelector('#wish-proxy')).toBeNull();
    expect(document.querySelector('#photo-add')).toBeNull();
    fillValid();
    tap('#wish-submit');
    await waitFor(() => expect(el('#privacy-dialog').textContent).toContain('姓名、电话、房号'));
    expect(el('#privacy-dialog').textContent).not.toContain('照片');
  });

  describe('帮办: a helper files for an elder', () => {
    beforeEach(() => void (mockRoles = ['resident', 'helper']));

    async function proxyOn() {
      await open();
      await waitFor(() => expect(el('#wish-proxy')).toBeTruthy());
      // the switch is the first control after the place, before 1. 需要办什么事？
      const order = [...document.querySelectorAll('#wish-proxy, .category-repairs')].map((e) => e.id || 'category');
      expect(order).toEqual(['wish-proxy', 'category']);
      // the whole row is the switch: a tap on its words turns it on
      act(() => void fireEvent.click(screen.getByText('帮别人提（帮办）')));
      expect(el('#wish-proxy').getAttribute('aria-checked')).toBe('true');
      expect(el('#field-contact-name-label').textContent).toBe('4. 老人的姓名');
    }

    test('the helper is prefilled, a landline is taken, and the consent box is required', async () => {
      await proxyOn();
      expect((el('#wish-helper-name') as HTMLInputElement).value).toBe('周丽');
      tap('.category-repairs');
      type('#wish-description', '厨房水龙头一直漏水');
      type('#wish-name', '王奶奶');
      type('#wish-phone', '0871-6312');
      type('#wish-room', '201');
      tap('#wish-submit');
      await waitFor(() => expect(errorOf('contact.phone')).toBe('带区号的座机号应像 0871-63120012'));
      expect(errorOf('proxyConsent')).toBe('请勾选「我已向老人说明并征得同意」');
      expect(submits()).toHaveLength(0);
      type('#wish-phone', '0871-63120012');
      tap('#wish-proxy-consent');
      tap('#wish-submit');
      await waitFor(() => expect(submits()).toHaveLength(1));
      expect(submits()[0][1]).toEqual(
        expect.objectContaining({
          proxy: true,
          contact: { name: '王奶奶', phone: '0871-63120012' },
          helper: { name: '周丽', phone: '13700000001' },
          noPhone: false,
          proxyConsent: true,
        }),
      );
    });

    test("「老人没有电话」 hides the phone and sends an empty one; the helper's contact is the way to reach them", async () => {
      await proxyOn();
      tap('.category-repairs');
      type('#wish-description', '厨房水龙头一直漏水');
      type('#wish-name', '王奶奶');
      type('#wish-room', '201');
      tap('#wish-submit');
      await waitFor(() => expect(errorOf('contact.phone')).toBe('请填写老人的电话（手机或座机）；老人没有电话请勾选「老人没有电话」'));
      tap('#wish-no-phone');
      expect(document.querySelector('#wish-phone')).toBeNull();
      tap('#wish-proxy-consent');
      mockConsented = false;
      tap('#wish-submit');
      // the privacy notice speaks about the elder
      await waitFor(() => expect(el('#privacy-dialog').textContent).toContain('老人的姓名、电话、房号'));
      tap('#privacy-agree');
      await waitFor(() => expect(submits()).toHaveLength(1));
      expect(submits()[0][1]).toEqual(expect.objectContaining({ contact: { name: '王奶奶', phone: '' }, noPhone: true }));
      expect(jest.mocked(Taro.showToast)).toHaveBeenCalledWith({ title: '已替老人提交', icon: 'success' });
    });
  });
});
