// One activity's page state (活动): the detail as this caller may see it, reloaded on return, on pull-down
// and after each action; and the organiser's rotating check-in code, asked again before it expires.
import { useCallback, useEffect, useRef, useState } from 'react';
import { CODE_WINDOW_MS } from '@/domain/activity/code';
import { activityDetail, checkInCode, type ActivityDetail, type CheckInCode } from '@/services/activities';
import { messageFor } from '@/services';
import { useRefresh } from './useRefresh';
import { useRemote, type Idle, type Remote } from './useRemote';

export function useActivity(activityId: string | undefined): { state: Remote<ActivityDetail> | Idle; reload: () => Promise<void> } {
  const load = useCallback(() => activityDetail(activityId ?? ''), [activityId]);
  const { state, reload } = useRemote(activityId ? load : undefined);
  useRefresh(reload);
  return { state, reload };
}

/** A code works for its own window and the next: a new one is asked for as the next window begins. */
const nextCodeAt = (validUntil: string) => new Date(validUntil).getTime() - CODE_WINDOW_MS + 1_000;

export type CodeState = { status: 'loading' } | { status: 'ready'; code: CheckInCode } | { status: 'error'; code: string; message: string };

/** While `on`: the current code, replaced as soon as a newer one exists (well before it stops working); a failure is retried every 15 s. */
export function useCheckInCode(activityId: string, on: boolean): CodeState {
  const [state, setState] = useState<CodeState>({ status: 'loading' });
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => {
    if (!on) return undefined;
    let live = true;
    const ask = async () => {
      const r = await checkInCode(activityId);
      if (!live) return;
      if (r.ok) {
        setState({ status: 'ready', code: r.data });
        const wait = nextCodeAt(r.data.validUntil) - Date.now();
        timer.current = setTimeout(() => void ask(), Math.max(wait, 5_000));
      } else {
        setState({ status: 'error', code: r.error.code, message: messageFor(r.error) });
        timer.current = setTimeout(() => void ask(), 15_000);
      }
    };
    setState({ status: 'loading' });
    void ask();
    return () => {
      live = false;
      clearTimeout(timer.current);
    };
  }, [activityId, on]);
  return state;
}
