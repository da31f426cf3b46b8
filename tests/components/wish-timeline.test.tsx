// The detail page's timeline (src/pages/wish/detail + components/wish/WishTimeline) in jsdom: the
// resident's wish, newest step first, who acted by role, the centre's note, and 刷新 asking again.
import { beforeAll, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';

import type { ComponentType } from 'react';
// The @tarojs/taro mock itself (jest.components.config.js maps @tarojs/taro to it): the router's params.
import { setRouterParams } from './taro';
import type { WishView } from '@/domain/wish/view';

const mockWish: WishView = {
  id: 'w_0001',
  status: 'claimed',
  group: 'open',
  version: 3,
  category: 'repairs',
  description: '厨房水龙头一直漏水',
  urgency: 'urgent',
  preferredTime: { date: '2025-11-24', window: 'morning' },
  photos: [],
  buildingId: 'B-0012',
  communityId: 'c-jinding',
  room: '3-201',
  contact: { name: '张秀兰', phone: '13912345678', masked: false },
  proxy: false,
  createdAt: '2025-11-22T06:05:00.000Z',
  dueAt: '2025-11-23T18:05:00.000Z',
  teamId: 't-lexiujiang',
  claimedByMe: false,
  hasClaimant: true,
  history: [
    {
      at: '2025-11-22T07:00:00.000Z',
      action: 'dispatch',
      as: 'dispatcher',
      from: 'submitted',
      to: 'dispatched',
      note: '请周三上午上门',
      byMe: false,
    },
    { at: '2025-11-22T08:30:00.000Z', action: 'claim', as: 'member', from: 'dispatched', to: 'claimed', byMe: false },
  ],
};

const mockCall = jest.fn(async (_name: string, event: { action: string; [field: string]: unknown }) =>
  event.action === 'detail' ? { ok: true, data: mockWish } : { ok: false, error: { code: 'INTERNAL.ERROR', message: 'not expected' } },
);
jest.mock('@/services', () => ({ ...jest.requireActual<object>('@/services'), call: mockCall }));

let WishDetail: ComponentType;
beforeAll(async () => {
  WishDetail = (await import('@/pages/wish/detail/index')).default;
});

const steps = () =>
  [...document.querySelectorAll('.timeline-step')].map((step) => ({
    title: step.querySelector('.timeline-title')?.textContent,
    actor: step.querySelector('.timeline-actor')?.textContent,
    note: step.querySelector('.timeline-note')?.textContent,
    latest: step.className.includes('timeline-step--latest'),
  }));

describe("the detail page's timeline", () => {
  beforeEach(() => {
    mockCall.mockClear();
    setRouterParams({ id: 'w_0001' });
  });

  test('shows every step newest first, by role, with the note; the newest is highlighted', async () => {
    render(<WishDetail />);
    await screen.findByText('办理进度');
    expect(mockCall).toHaveBeenCalledWith('wish', { action: 'detail', wishId: 'w_0001' });
    expect(steps()).toEqual([
      { title: '志愿者已接单', actor: '志愿者', note: undefined, latest: true },
      { title: '中心已派单给服务队', actor: '派单员', note: '请周三上午上门', latest: false },
      { title: '提交心愿', actor: '我', note: undefined, latest: false },
    ]);
    expect(document.querySelector('#wish-status')?.textContent).toBe('志愿者已接单');
    // Claimed: the resident can no longer cancel.
    expect(document.querySelector('#cancel-wish')).toBeNull();
  });

  test('刷新 asks the cloud again and shows the new step', async () => {
    render(<WishDetail />);
    await screen.findByText('办理进度');
    mockWish.history.push({
      at: '2025-11-22T09:00:00.000Z',
      action: 'check_in',
      as: 'claimant',
      from: 'claimed',
      to: 'in_service',
      byMe: false,
    });
    mockWish.status = 'in_service';
    act(() => void fireEvent.click(document.querySelector('#refresh') as Element));
    await waitFor(() => expect(steps()[0]).toEqual({ title: '志愿者已上门，开始服务', actor: '志愿者', note: undefined, latest: true }));
    expect(mockCall.mock.calls.filter(([, e]) => e.action === 'detail')).toHaveLength(2);
    expect(steps()).toHaveLength(4);
  });

  test('约定上门: the step names the day and window; 为您服务 shows the plan', async () => {
    Object.assign(mockWish, {
      servedBy: { name: '李*', teamName: '乐修匠志愿服务队' },
      plannedVisit: { date: '2025-12-03', window: 'afternoon' },
    });
    mockWish.history.push({
      at: '2025-11-22T08:40:00.000Z',
      action: 'plan_visit',
      as: 'claimant',
      from: 'claimed',
      to: 'claimed',
      visit: { date: '2025-12-03', window: 'afternoon' },
      byMe: false,
    });
    render(<WishDetail />);
    await screen.findByText('办理进度');
    expect(steps()[0]).toEqual({ title: '约定上门：12月3日 周三 下午', actor: '志愿者', note: undefined, latest: true });
    expect(document.querySelector('#served-by .served-by-visit')?.textContent).toBe('12月3日 周三下午');
    mockWish.history.pop();
    delete mockWish.servedBy;
    delete mockWish.plannedVisit;
  });

  test('a 帮办员 rates on the elder’s behalf: the form says so, then a thank-you stays and the step reads 代老人评价', async () => {
    Object.assign(mockWish, {
      status: 'completed',
      proxy: true,
      completion: { summary: '换了水龙头', minutes: 40, at: '2025-11-22T10:00:00.000Z' },
    });
    render(<WishDetail />);
    await screen.findByText('办理进度');
    expect(document.querySelector('#rate-card')?.textContent).toContain('代老人评价');
    expect(document.querySelector('#rate-thanks')).toBeNull();
    // what the cloud answers after the rating: rated, with the entry recorded on the elder's behalf
    Object.assign(mockWish, { status: 'rated', rating: { stars: 5, at: '2025-11-22T11:00:00.000Z' } });
    mockWish.history.push({
      at: '2025-11-22T11:00:00.000Z',
      action: 'rate',
      as: 'owner',
      from: 'completed',
      to: 'rated',
      stars: 5,
      onBehalf: true,
      byMe: true,
    });
    act(() => void fireEvent.click(document.querySelector('#refresh') as Element));
    await waitFor(() => expect(document.querySelector('#rate-thanks')?.textContent).toContain('谢谢您的评价'));
    expect(document.querySelector('#rate-card')).toBeNull();
    expect(steps()[0]).toEqual({ title: '评价5星（代老人评价）', actor: '我', note: undefined, latest: true });
  });
});
