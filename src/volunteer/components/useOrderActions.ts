// Every action a volunteer or leader takes on one order, each refreshing the order afterwards.
import type { Result } from '@/domain/errors';
import type { ActionInput } from '@/domain/schemas';
import type { TimeWindow } from '@/domain/wish/wish';
import { askVolunteerSubscriptions, call } from '@/services';
import { checkInPlace } from './checkInPlace';
import { goHall } from './goHall';
import { useAct } from '@/hooks/useAct';

/** Failures after which what the page shows is stale. */
const STALE = ['ORDER.CHANGED', 'ORDER.INVALID_TRANSITION', 'ORDER.ALREADY_CLAIMED', 'ORDER.NOT_CLAIMANT', 'AUTH.FORBIDDEN'];

export function useOrderActions(wishId: string, refresh: () => Promise<void>) {
  const { busy, error, done, act } = useAct();
  const run = async <T>(send: () => Promise<Result<T>>, doneText: string): Promise<boolean> => {
    const r = await act(send, doneText, { toast: false });
    if (r.ok || STALE.includes(r.error.code)) await refresh();
    return r.ok;
  };
  return {
    busy,
    error,
    done,
    claim: () => {
      void askVolunteerSubscriptions(); // inside the tap: 指派、积分、退回重办 notices
      return run(() => call('volunteer', { action: 'claim' as const, wishId }), '接单成功，请尽快联系居民');
    },
    release: () => run(() => call('volunteer', { action: 'release' as const, wishId }), '已放弃，这一单回到大厅'),
    // 约定上门: the resident sees it on the wish's page.
    planVisit: (date: string, window: TimeWindow) =>
      run(() => call('volunteer', { action: 'plan_visit' as const, wishId, date, window }), '已记下约定上门时间，居民能看到'),
    checkIn: () =>
      run(async () => {
        const place = await checkInPlace();
        return call('volunteer', { action: 'check_in' as const, wishId, ...(place ? { place } : {}) });
      }, '已签到，开始服务'),
    complete: (input: ActionInput<'volunteer', 'complete'>) => run(() => call('volunteer', input), '服务已完成，等待居民评价'),
    confirmMinutes: (minutes: number, reason: string) =>
      run(() => call('volunteer', { action: 'confirm_minutes' as const, wishId, minutes, reason }), `已确认服务时长 ${minutes} 分钟`),
    assign: (membershipId: string, name: string) =>
      run(() => call('volunteer', { action: 'assign' as const, wishId, membershipId }), `已指派给${name}`),
    // Once returned, the team no longer sees the order: back to the hall, with a toast.
    giveBack: async (reason: string) => {
      const r = await act(() => call('volunteer', { action: 'return' as const, wishId, reason }), '已退回中心');
      if (r.ok) goHall();
      else if (STALE.includes(r.error.code)) await refresh();
      return r.ok;
    },
  };
}

export type OrderActionsApi = ReturnType<typeof useOrderActions>;
