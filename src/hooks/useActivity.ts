// One activity's page state (活动): the detail as this caller may see it, reloaded on return, on pull-down
// and after each action; and the organiser's rotating check-in code, asked again before it expires.
import { useCallback, useEffect, useRef, useState } from 'react';
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

/** Ask this long before `validUntil` (a slow network still shows a working code). */
const EARLY_MS = 10_000;

export type CodeState = { status: 'loading' } | { status: 'ready'; code: CheckInCode } | { status: 'error'; code: string; message: string };

/** While `on`: the current code, replaced shortly before it stops working; a failure is retried every 15 s. */
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
        const wait = new Date(r.data.validUntil).getTime() - Date.now() - EARLY_MS;
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
