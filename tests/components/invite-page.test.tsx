// The invitation page (src/pages/invite/index.tsx) in jsdom: what it grants and who invites, 接受邀请
// once, what the person can do then; a used, revoked or expired invitation says so and offers no button.
import { beforeAll, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { act, fireEvent, render } from '@testing-library/react';
import { setRouterParams } from './taro';

type Answer = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };
const answers: Answer[] = [];
const mockCall = jest.fn(async (_fn: string, _event: Record<string, unknown>) => answers.shift()!);
const mockWhoami = jest.fn(async (_refresh?: boolean) => ({ ok: true, data: { openid: 'o', roles: ['resident', 'dispatcher'] } }));
jest.mock('@/services', () => ({ ...jest.requireActual<object>('@/services'), call: mockCall, whoami: mockWhoami }));

let InvitePage: typeof import('@/pages/invite/index').default;
beforeAll(async () => {
  ({ default: InvitePage } = await import('@/pages/invite/index'));
});
beforeEach(() => {
  answers.length = 0;
  mockCall.mockClear();
});

const TOKEN = 'AbCdEfGhIjKlMnOpQrStUv';
const preview = (status: string) => ({
  ok: true as const,
  data: {
    role: 'dispatcher',
    scope: { kind: 'community', id: 'c-jinding', name: '金鼎社区' },
    from: '洗马河街道 李主任',
    status,
    expiresAt: '2026-12-07T02:00:00.000Z',
  },
});
const text = (selector: string) => document.querySelector(selector)?.textContent ?? '';
const settle = () => act(async () => undefined);

describe('InvitePage', () => {
  test('shows the invitation, accepts it once, then says what the person can do and where to go', async () => {
    setRouterParams({ t: TOKEN });
    answers.push(preview('open'));
    render(<InvitePage />);
    await settle();
    expect(mockCall).toHaveBeenCalledWith('people', { action: 'preview', token: TOKEN });
    expect(text('#invite-title')).toBe('邀请您成为 金鼎社区 的 派单员');
    expect(text('.invite-from')).toContain('洗马河街道 李主任');
    expect(text('.invite-expires')).toContain('12月7日');
    answers.push({
      ok: true,
      data: { role: 'dispatcher', scope: { kind: 'community', id: 'c-jinding', name: '金鼎社区' }, roles: ['resident', 'dispatcher'] },
    });
    await act(async () => void fireEvent.click(document.querySelector('#invite-accept')!));
    await settle();
    expect(mockCall).toHaveBeenLastCalledWith('people', { action: 'accept', token: TOKEN });
    expect(text('#invite-can')).toContain('派单台');
    expect(text('#invite-go')).toBe('去派单台');
    expect(mockWhoami).toHaveBeenCalledWith(true);
  });

  test.each([
    ['accepted', 'INVITE.USED', '已经被接受过了'],
    ['revoked', 'INVITE.REVOKED', '已被管理员撤回'],
    ['expired', 'INVITE.EXPIRED', '已经过期了'],
  ])('an invitation %s says so (%s) and has no 接受邀请', async (status, code, words) => {
    setRouterParams({ t: TOKEN });
    answers.push(preview(status));
    render(<InvitePage />);
    await settle();
    expect(
      document.querySelector(`#invite-closed .error-message[data-code="${code}"], #invite-closed[data-code="${code}"]`),
    ).not.toBeNull();
    expect(text('#invite-closed')).toContain(words);
    expect(document.querySelector('#invite-accept')).toBeNull();
  });

  test('a mini-program code opens it with scene=<token>; a link without a token says it is incomplete', async () => {
    setRouterParams({ scene: encodeURIComponent(TOKEN) });
    answers.push(preview('open'));
    const first = render(<InvitePage />);
    await settle();
    expect(mockCall).toHaveBeenCalledWith('people', { action: 'preview', token: TOKEN });
    first.unmount();
    setRouterParams({});
    render(<InvitePage />);
    expect(text('#invite-missing')).toContain('没有找到这份邀请');
  });
});
