// 服务周报 in jsdom: the five tiles, the lists with the 已升级 / 已催办 marks, 99+ beyond the cap, the idle
// volunteers' masked names, a leader's team opened from the notice (?teamId=), switching between the
// centre's and a team's digest, and every failure in Chinese with 重试.
import { beforeAll, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { act, fireEvent, render } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { setRouterParams } from './taro';

type Answer = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };
let answer: (event: Record<string, unknown>) => Answer;
const mockCall = jest.fn(async (_fn: string, event: Record<string, unknown>) => answer(event));
jest.mock('@/services', () => ({ ...jest.requireActual<object>('@/services'), call: mockCall }));

let DigestPage: typeof import('@/dispatcher/pages/digest/index').default;
beforeAll(async () => {
  ({ default: DigestPage } = await import('@/dispatcher/pages/digest/index'));
});

const item = (id: string, marks: { escalated?: boolean; reminded?: boolean } = {}) => ({
  id,
  category: 'repairs',
  status: 'dispatched',
  dueAt: '2026-11-28T02:00:00.000Z',
  escalated: !!marks.escalated,
  reminded: !!marks.reminded,
});
const list = (count: number, items: ReturnType<typeof item>[]) => ({ count, items });
const digest = (scope: Record<string, unknown>, teams: Array<{ teamId: string; name: string }> = []) => ({
  scope,
  teams,
  from: '2026-11-24T02:00:00.000Z',
  to: '2026-12-01T02:00:00.000Z',
  overdue: list(100, [item('w1', { escalated: true }), item('w2', { reminded: true })]),
  reopened: list(0, []),
  unrated: list(1, [item('w3')]),
  idle: { count: 2, days: 30, names: ['王**', '李*'], partial: false },
  visitsMissed: 3,
});
const text = (selector: string) => document.querySelector(selector)?.textContent ?? '';
const settle = () => act(async () => undefined);

beforeEach(() => {
  mockCall.mockClear();
  setRouterParams({});
  answer = (event) =>
    event.teamId
      ? {
          ok: true,
          data: digest({ kind: 'team', label: '乐修匠志愿服务队', teamId: event.teamId }, [
            { teamId: 't-lexiujiang', name: '乐修匠志愿服务队' },
          ]),
        }
      : { ok: true, data: digest({ kind: 'centre', label: '全街道' }, [{ teamId: 't-lexiujiang', name: '乐修匠志愿服务队' }]) };
});

describe('服务周报', () => {
  test('a dispatcher: tiles, lists with their marks, 99+ beyond the cap, masked idle names', async () => {
    render(<DigestPage />);
    await settle();
    expect(mockCall).toHaveBeenCalledWith('dispatch', { action: 'digest' });
    expect(text('#digest-period')).toMatch(/^全街道 · 11月24日 至 12月1日/);
    expect(text('#digest-stat-overdue .stat-value')).toBe('99+');
    expect(text('#digest-stat-unrated .stat-value')).toBe('1');
    expect(text('#digest-stat-idle .stat-value')).toBe('2');
    expect(text('#digest-stat-visits .stat-value')).toBe('3');
    expect(text('#digest-overdue-w1 .digest-escalated')).toBe('已升级');
    expect(document.querySelector('#digest-overdue-w1 .digest-reminded')).toBeNull();
    expect(text('#digest-overdue-w2 .digest-reminded')).toBe('已催办');
    expect(text('#digest-overdue')).toMatch(/只列出最早的 2 条/);
    expect(text('#digest-reopened')).toMatch(/没有重办的心愿/);
    expect(text('#digest-idle')).toMatch(/30 天内没有完成服务的队员[\s\S]*王\*\*、李\*/);
    // A tap opens the wish on the dispatcher's order page.
    await act(async () => void fireEvent.click(document.getElementById('digest-overdue-w1')!));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/dispatcher/pages/order/index?wishId=w1' });
  });

  test("opened from a leader's notice (?teamId=): that team's digest; a dispatcher who leads switches between both", async () => {
    setRouterParams({ teamId: 't-lexiujiang' });
    render(<DigestPage />);
    await settle();
    expect(mockCall).toHaveBeenLastCalledWith('dispatch', { action: 'digest', teamId: 't-lexiujiang' });
    expect(text('#digest-period')).toMatch(/^乐修匠志愿服务队/);
    await act(async () => void fireEvent.click(document.getElementById('digest-overdue-w2')!));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/volunteer/pages/order/index?wishId=w2' });
  });

  test('the centre and a team to choose from', async () => {
    render(<DigestPage />);
    await settle();
    const team = document.querySelector('.digest-scope-t-lexiujiang')!;
    expect(document.querySelector('.digest-scope-centre')?.getAttribute('aria-checked')).toBe('true');
    await act(async () => void fireEvent.click(team));
    await settle();
    expect(mockCall).toHaveBeenLastCalledWith('dispatch', { action: 'digest', teamId: 't-lexiujiang' });
  });

  test('not staff: the Chinese message and 重试', async () => {
    answer = () => ({ ok: false, error: { code: 'DIGEST.NOT_STAFF', message: 'neither' } });
    render(<DigestPage />);
    await settle();
    expect(document.querySelector('.error-message[data-code="DIGEST.NOT_STAFF"]')?.textContent).toMatch(/周报只给派单员和队长看/);
    expect(document.getElementById('retry-button')).not.toBeNull();
  });
});
