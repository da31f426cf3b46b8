// On site: the organiser's rotating code, the volunteers' scans (the first checks in, the second
// checks out) and the organiser's corrections of the times. Each write is a compare-and-set on the
// sign-up (commitChange): two scans at once count once.
import type { Activity } from '../../src/domain/activity/activity';
import { signUpIdOf } from '../../src/domain/activity/activity';
import { decideSignUp, type SignUpDoc } from '../../src/domain/activity/signup';
import { fail, ok, type Result } from '../../src/domain/errors';
import type { ActionInput, ActionOutput } from '../../src/domain/schemas';
import { activityOfCode, checkCode, currentCode } from '../_lib/activityCode';
import { getActivity, getSignUp, signUpsIn } from '../_lib/collections/activities';
import { volunteerKey } from '../_lib/collections/volunteers';
import { commitChange } from '../_lib/collections/changes';
import { checkText } from '../_lib/content';
import type { Deps } from '../_lib/context';
import type { HandlerContext } from '../_lib/router';
import { relationsTo } from './organiser';

type A = 'code' | 'scan' | 'correct_times';
/** Sign-ups whose times an organiser may set (attended and no-shows are settled at closing). */
const CORRECTABLE = ['signed_up', 'checked_in', 'checked_out', 'attended', 'no_show'] as const;
type R<K extends A> = Promise<Result<ActionOutput<'activity', K>>>;

const iso = (d: Date | string) => new Date(d).toISOString();

/** The activity when the caller organises it and it is still open; else the refusal. */
export async function organised(deps: Deps, activityId: string, ctx: HandlerContext): Promise<Result<Activity>> {
  const a = await getActivity(deps.db, activityId);
  if (!a || a.status === 'cancelled') return fail('ACTIVITY.NOT_FOUND', 'no such activity');
  if (!(await relationsTo(deps, a, ctx)).includes('organiser')) return fail('ACTIVITY.NOT_ORGANISER', 'organisers only');
  return ok({ ...a, _id: activityId });
}

export function onsiteHandlers(deps: Deps) {
  const { db } = deps;
  return {
    code: async (input: ActionInput<'activity', 'code'>, ctx: HandlerContext): R<'code'> => {
      const a = await organised(deps, input.activityId, ctx);
      if (!a.ok) return a;
      if (a.data.status !== 'published') return fail('ACTIVITY.ALREADY_CLOSED', 'the activity is closed');
      return ok(currentCode(a.data, new Date()));
    },

    scan: async (input: ActionInput<'activity', 'scan'>, { openid }: HandlerContext): R<'scan'> => {
      const now = new Date();
      const activityId = input.activityId ?? activityOfCode(input.code);
      if (!activityId) return fail('ACTIVITY.CODE_INVALID', 'six digits need the activity');
      const a = await getActivity(db, activityId);
      if (!a || a.status === 'cancelled')
        return input.activityId ? fail('ACTIVITY.NOT_FOUND', 'no such activity') : fail('ACTIVITY.CODE_INVALID', 'unknown activity');
      const refused = checkCode({ ...a, _id: activityId }, input.code, now);
      if (refused) return fail(refused, 'code refused');
      const id = signUpIdOf(activityId, openid);
      const stored = await getSignUp(db, id);
      if (!stored) return fail('ACTIVITY.NOT_SIGNED_UP', 'not signed up');
      const doc: SignUpDoc = { ...stored, _id: id };
      const step = doc.status === 'checked_in' ? 'check_out' : 'check_in';
      const decided = decideSignUp(step, doc, { openid, relations: ['volunteer'] }, now, { activity: a });
      if (!decided.ok) return decided;
      if (!(await commitChange(db, 'signups', id, decided.data))) return fail('ACTIVITY.CHANGED', 'scanned meanwhile');
      const minutes = decided.data.set.minutes as number | undefined;
      return ok({
        activityId,
        status: step === 'check_in' ? 'checked_in' : 'checked_out',
        at: iso(now),
        ...(minutes !== undefined ? { minutes } : {}),
      });
    },

    correct_times: async (input: ActionInput<'activity', 'correct_times'>, ctx: HandlerContext): R<'correct_times'> => {
      const a = await organised(deps, input.activityId, ctx);
      if (!a.ok) return a;
      // The roster names a row by the volunteer's one-way key (no OPENID leaves the function).
      const stored = (await signUpsIn(db, input.activityId, CORRECTABLE)).find((s) => volunteerKey(s.openid) === input.signUpId);
      if (!stored) return fail('ACTIVITY.NOT_SIGNED_UP', 'no such sign-up');
      const params = { activity: a.data, checkInAt: new Date(input.checkInAt), checkOutAt: new Date(input.checkOutAt), note: input.reason };
      const decided = decideSignUp('correct_times', stored, { openid: ctx.openid, relations: ['organiser'] }, new Date(), params);
      if (!decided.ok) return decided;
      // The reason is read by the other organisers: checked before the write.
      const checked = await checkText(deps.cloud, ctx.openid, input.reason, 2);
      if (!checked.ok) return checked;
      if (!(await commitChange(db, 'signups', stored._id, decided.data))) return fail('ACTIVITY.CHANGED', 'changed meanwhile');
      return ok({ signUpId: input.signUpId, status: decided.data.to as 'checked_out', minutes: decided.data.set.minutes as number });
    },
  };
}
