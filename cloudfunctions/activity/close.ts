// Closing (结项) and cancelling. Closing checks the sponsor's budget covers every attendee (else
// nothing is written), moves published → closing, then pays each attendee in a transaction of its
// own (postIn: one balanced `activity_credit` entry per person, its id the idempotency key) with the
// sign-up → attended, records no-shows, and ends closing → closed. A crash in between leaves it
// `closing`: calling close again, or the hourly timer, finishes it and pays nobody twice.
import type { Activity, SignUp } from '../../src/domain/activity/activity';
import { decideActivity } from '../../src/domain/activity/lifecycle';
import { decideSignUp } from '../../src/domain/activity/signup';
import { closingPlan } from '../../src/domain/activity/rules';
import { activityCredit, sponsorAccount } from '../../src/domain/bank/ledger';
import { fail, ok, type Result } from '../../src/domain/errors';
import { activityNoticeData, ACTIVITY_PAGE } from '../../src/domain/notify';
import type { ActionInput, ActionOutput } from '../../src/domain/schemas';
import { getActivity, signUpsIn } from '../_lib/collections/activities';
import { commitChange, updateOf } from '../_lib/collections/changes';
import { COLLECTIONS } from '../_lib/collections/names';
import { checkText } from '../_lib/content';
import type { Deps } from '../_lib/context';
import { getAccount } from '../_lib/collections/bank';
import { notify } from '../_lib/notify';
import { postIn } from '../_lib/post';
import type { HandlerContext } from '../_lib/router';
import { one, rerunTransaction } from '../_lib/transaction';
import { organised } from './onsite';

type Closed = ActionOutput<'activity', 'close'>;
const OPEN_SIGNUPS = ['signed_up', 'checked_in', 'checked_out'] as const;

/** Pays one attendee and marks the sign-up attended, in one transaction; 'short' when the sponsor cannot pay. */
async function payOne(deps: Deps, a: Activity, s: SignUp, now: Date): Promise<{ points: number; minutes: number } | 'short' | 'skip'> {
  const { db } = deps;
  const r = await rerunTransaction<{ points: number; minutes: number } | 'skip', 'short'>(db, async (t, refuse) => {
    const ref = t.collection(COLLECTIONS.signups).doc(s._id);
    const fresh = (await ref.get()).data as SignUp | null;
    if (!fresh || (fresh.status !== 'checked_in' && fresh.status !== 'checked_out')) return 'skip';
    const decided = decideSignUp('attend', { ...fresh, _id: s._id }, { openid: 'system', relations: ['system'] }, now, { activity: a });
    if (!decided.ok) return 'skip';
    const minutes = decided.data.set.minutes as number;
    const entry = activityCredit(a, fresh.openid, minutes, now);
    decided.data.set.creditEntryId = entry._id;
    const posted = await postIn(t, db.command, entry);
    if (posted.outcome === 'below_floor') return refuse('short');
    one(await ref.update({ data: updateOf(db.command, decided.data) }));
    // Posted by an earlier run that crashed before the sign-up moved: the sign-up catches up, nothing is paid twice.
    return posted.outcome === 'posted' ? { points: a.points, minutes } : { points: 0, minutes: 0 };
  });
  return r.ok ? r.value : 'short';
}

/** Finishes a closing activity: pays, records no-shows, closed. Resumable; paid totals of this run. */
export async function finishClosing(deps: Deps, a: Activity, by: string, now: Date): Promise<Result<Closed>> {
  const { db } = deps;
  const plan = closingPlan(a, await signUpsIn(db, a._id, OPEN_SIGNUPS));
  let points = 0;
  let minutes = 0;
  for (const { signUp } of plan.attend) {
    const paid = await payOne(deps, a, signUp, now);
    if (paid === 'short') return fail('ACTIVITY.BUDGET_SHORT', 'the sponsor ran short during closing');
    if (paid !== 'skip') [points, minutes] = [points + paid.points, minutes + paid.minutes];
  }
  for (const s of plan.noShow) {
    const d = decideSignUp('no_show', s, { openid: 'system', relations: ['system'] }, now, { activity: a });
    if (d.ok) await commitChange(db, 'signups', s._id, d.data);
  }
  const done = decideActivity('finish_closing', a, { openid: by, relations: ['system'] }, now);
  if (done.ok) await commitChange(db, 'activities', a._id, done.data);
  const [attended, noShows] = await Promise.all([signUpsIn(db, a._id, ['attended']), signUpsIn(db, a._id, ['no_show'])]);
  return ok({ activityId: a._id, status: 'closed', attended: attended.length, noShows: noShows.length, points, minutes });
}

export function closeHandlers(deps: Deps) {
  const { db } = deps;
  return {
    close: async (input: ActionInput<'activity', 'close'>, ctx: HandlerContext): Promise<Result<Closed>> => {
      const now = new Date();
      const found = await organised(deps, input.activityId, ctx);
      if (!found.ok) return found;
      let a = found.data;
      if (a.status === 'published') {
        const decided = decideActivity('close', a, { openid: ctx.openid, relations: ['organiser'] }, now);
        if (!decided.ok) return decided;
        // The whole budget first: short, and nothing is written.
        const plan = closingPlan(a, await signUpsIn(db, a._id, OPEN_SIGNUPS));
        const sponsor = await getAccount(db, sponsorAccount(a.sponsorId));
        if ((sponsor?.balance ?? 0) < plan.points) return fail('ACTIVITY.BUDGET_SHORT', 'the sponsor cannot pay every attendee');
        if (!(await commitChange(db, 'activities', a._id, decided.data))) {
          // Another close won the race: finish alongside it (every payment is idempotent).
          const again = await getActivity(db, a._id);
          if (again?.status !== 'closing')
            return fail(again?.status === 'closed' ? 'ACTIVITY.ALREADY_CLOSED' : 'ACTIVITY.CHANGED', 'changed meanwhile');
        }
        a = { ...a, status: 'closing', version: a.version + 1 };
      }
      if (a.status === 'closed') return fail('ACTIVITY.ALREADY_CLOSED', 'already closed');
      return finishClosing(deps, a, ctx.openid, now);
    },

    cancel: async (input: ActionInput<'activity', 'cancel'>, ctx: HandlerContext): Promise<Result<ActionOutput<'activity', 'cancel'>>> => {
      const now = new Date();
      const found = await organised(deps, input.activityId, ctx);
      if (!found.ok) return found;
      const a = found.data;
      const decided = decideActivity('cancel', a, { openid: ctx.openid, relations: ['organiser'] }, now, { note: input.reason });
      if (!decided.ok) return decided;
      const checked = await checkText(deps.cloud, ctx.openid, input.reason, 2);
      if (!checked.ok) return checked;
      if (!(await commitChange(db, 'activities', a._id, decided.data))) return fail('ACTIVITY.CHANGED', 'changed meanwhile');
      const told = await signUpsIn(db, a._id, ['signed_up', 'waiting']);
      const data = activityNoticeData('activity_cancelled', a);
      await Promise.all(
        told.map((s) => notify(deps.cloud, 'activity', s.openid, 'activity_cancelled', data, `${ACTIVITY_PAGE}?id=${a._id}`)),
      );
      return ok({ activityId: a._id, status: 'cancelled' });
    },
  };
}
