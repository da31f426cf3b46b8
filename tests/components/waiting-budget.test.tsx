// 等待预算 on the volunteer's pages in jsdom: the passbook says how many credits wait for budget and
// how many points, kindly, and says nothing when none waits; 我的 marks a waiting service 等待预算.
import { beforeAll, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { act, render } from '@testing-library/react';

type Answer = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };
const answers = new Map<string, Answer>();
const mockCall = jest.fn(async (_fn: string, event: Record<string, unknown>) => answers.get(String(event.action))!);
jest.mock('@/services', () => ({ ...jest.requireActual<object>('@/services'), call: mockCall }));

let PassbookPage: typeof import('@/volunteer/pages/passbook/index').default;
let ServedList: typeof import('@/volunteer/components/ServedList').ServedList;
beforeAll(async () => {
  ({ default: PassbookPage } = await import('@/volunteer/pages/passbook/index'));
  ({ ServedList } = await import('@/volunteer/components/ServedList'));
});
beforeEach(() => {
  answers.clear();
  mockCall.mockClear();
  answers.set('recognition', { ok: false, error: { code: 'NETWORK', message: '网络不好' } });
});

const text = (selector: string) => document.querySelector(selector)?.textContent ?? '';
const settle = () => act(async () => undefined);
const book = (waiting: { count: number; points: number }) => ({
  ok: true as const,
  data: { balance: 120, minutes: 90, entries: [], hasMore: false, waiting },
});

describe('the passbook', () => {
  test('有 2 笔服务积分等待预算拨付，共 40 分, with why and that nothing is to do', async () => {
    answers.set('passbook', book({ count: 2, points: 40 }));
    render(<PassbookPage />);
    await settle();
    expect(text('#passbook-balance')).toBe('120');
    expect(text('#passbook-waiting-summary')).toBe('有 2 笔服务积分等待预算拨付，共 40 分');
    expect(text('#passbook-waiting')).toMatch(/不会丢失[\s\S]*自动存入/);
    expect(document.getElementById('passbook-waiting')?.getAttribute('role')).toBe('status');
  });

  test('nothing waiting: no notice', async () => {
    answers.set('passbook', book({ count: 0, points: 0 }));
    render(<PassbookPage />);
    await settle();
    expect(text('#passbook-balance')).toBe('120');
    expect(document.getElementById('passbook-waiting')).toBeNull();
  });
});

describe('我的 (ServedList)', () => {
  const item = (id: string, extra: Record<string, unknown>) => ({
    wish: { id, category: 'repairs', completion: { summary: '已修好', minutes: 30, at: '2026-11-30T02:00:00.000Z' } },
    outcome: 'waiting',
    stars: 5,
    minutes: 30,
    points: 0,
    ...extra,
  });

  test('a rated service whose credit waits reads 等待预算; an unrated one still waits for the rating', async () => {
    answers.set('history', {
      ok: true,
      data: { page: 0, hasMore: false, items: [item('w1', { waitingBudget: true }), item('w2', { stars: undefined })] },
    });
    render(<ServedList onOpen={() => undefined} tick={0} />);
    await settle();
    expect(text('#served-w1')).toContain('等待预算');
    expect(document.getElementById('served-w1')?.getAttribute('data-waiting-budget')).toBe('true');
    expect(text('#served-w2')).toContain('等待居民评价');
    expect(text('#served-w2')).not.toContain('等待预算');
  });
});
