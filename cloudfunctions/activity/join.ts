// Signing up (first come up to the quota, then the waiting list), withdrawing before the cut-off,
// and the waiting list moving up: after a withdrawal at once, and by the hourly timer (catch-up).
import { activityNoticeData, ACTIVITY_PAGE } from '../../src/domain/notify';
import { fail, ok, type Result } from '../../src/domain/errors';
import type { ActionInput, ActionOutput } from '../../src/domain/schemas';
import { nextWaiting, waitingAhead } from '../_lib/collections/activities';
import type { Deps } from '../_lib/context';
import { notify } from '../_lib/notify';
import type { HandlerContext } from '../_lib/router';
import { moveSignUp } from './signups';

type R<A extends 'sign_up' | 'withdraw'> = Promise<Result<ActionOutput<'activity', A>>>;
/** At most this many promoted in one go (a quota raised by far is rare; the timer continues). */
const PROMOTE_BATCH = 50;

/** Fills free places from the waiting list, lowest number first, telling each promoted volunteer. Returns how many moved up. */
export async function promoteWaiting(deps: Deps, activityId: string, now: Date): Promise<number> {
  let moved = 0;
  for (let i = 0; i < PROMOTE_BATCH; i++) {
    // Found outside the transaction on the index, verified inside it (still waiting, a place still free).
    const next = await nextWaiting(deps.db, activityId);
    if (!next) break;
    const r = await moveSignUp(deps.db, activityId, next.openid, 'promote', { openid: 'system', as: 'system' }, now);
    if (!r.ok) {
      if (r.code === 'ORDER.INVALID_TRANSITION') continue; // withdrew meanwhile: look again
      break; // no free place, or the activity is no longer open
    }
    moved++;
    const data = activityNoticeData('activity_promoted', r.value.activity);
    await notify(deps.cloud, 'activity', next.openid, 'activity_promoted', data, `${ACTIVITY_PAGE}?id=${activityId}`);
  }
  return moved;
}

export function joinHandlers(deps: Deps) {
  const { db } = deps;
  return {
    sign_up: async (input: ActionInput<'activity', 'sign_up'>, { openid }: HandlerContext): R<'sign_up'> => {
      const r = await moveSignUp(db, input.activityId, openid, 'sign_up', { openid, as: 'volunteer' }, new Date());
      if (!r.ok) return fail(r.code, 'sign-up refused');
      const s = r.value.signUp;
      const position = s.status === 'waiting' && s.seq !== undefined ? (await waitingAhead(db, input.activityId, s.seq)) + 1 : undefined;
      return ok({ activityId: input.activityId, status: s.status, ...(position ? { position } : {}) });
    },

    withdraw: async (input: ActionInput<'activity', 'withdraw'>, { openid }: HandlerContext): R<'withdraw'> => {
      const now = new Date();
      const r = await moveSignUp(db, input.activityId, openid, 'withdraw', { openid, as: 'volunteer' }, now);
      if (!r.ok) return fail(r.code, 'withdrawal refused');
      // A place freed: the first on the waiting list moves up now (the timer catches up if this fails).
      if (r.value.activity.waiting > 0) await promoteWaiting(deps, input.activityId, now);
      return ok({ activityId: input.activityId, status: r.value.signUp.status });
    },
  };
}
