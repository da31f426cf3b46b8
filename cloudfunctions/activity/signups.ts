// A sign-up's moves that change the activity's counters, each ONE transaction over the activity and
// the sign-up: read both, decide (SIGNUP_LIFECYCLE), write the sign-up and the counters. The local
// cloud checks every document the transaction read at commit, so two sign-ups for the last place
// cannot both take it: the loser runs again and finds the place gone (rerunTransaction).
import type { Activity, SignUp, SignUpAction } from '../../src/domain/activity/activity';
import { signUpIdOf } from '../../src/domain/activity/activity';
import { countersAfter, decideSignUp, type SignUpDoc, type SignUpParams, type SignUpRelation } from '../../src/domain/activity/signup';
import type { ErrorCode } from '../../src/domain/errors';
import type { DB } from 'wx-server-sdk';
import { updateOf } from '../_lib/collections/changes';
import { COLLECTIONS } from '../_lib/collections/names';
import { one, rerunTransaction, type Outcome } from '../_lib/transaction';

export type Moved = { activity: Activity; signUp: SignUp };

/**
 * Moves `openid`'s sign-up of `activityId` by `action` (sign_up, withdraw, promote), with the
 * activity's counters. `expect`: the sign-up must still be in this state (promote verifies what it
 * found outside the transaction).
 */
export function moveSignUp(
  db: DB.Database,
  activityId: string,
  openid: string,
  action: Extract<SignUpAction, 'sign_up' | 'withdraw' | 'promote'>,
  actor: { openid: string; as: SignUpRelation },
  now: Date,
  extra: Partial<SignUpParams> = {},
): Promise<Outcome<Moved, ErrorCode>> {
  const _ = db.command;
  const id = signUpIdOf(activityId, openid);
  return rerunTransaction<Moved, ErrorCode>(db, async (t, refuse) => {
    const activities = t.collection(COLLECTIONS.activities);
    const a = (await activities.doc(activityId).get()).data as Activity | null;
    if (!a || a.status === 'cancelled') return refuse('ACTIVITY.NOT_FOUND');
    const ref = t.collection(COLLECTIONS.signups).doc(id);
    const stored = (await ref.get()).data as SignUp | null;
    const doc: SignUpDoc = stored
      ? { ...stored, _id: id }
      : { _id: id, activityId, openid, status: 'none', version: 0, signedUpAt: now, history: [] };
    const decided = decideSignUp(action, doc, { openid: actor.openid, relations: [actor.as] }, now, { activity: a, ...extra });
    if (!decided.ok) return refuse(decided.error.code);
    const change = decided.data;
    if (stored) one(await ref.update({ data: updateOf(_, change) }));
    else {
      const { _id, status: _none, history: _h, version: _v, ...fresh } = doc;
      await ref.set({ data: { ...fresh, ...change.set, status: change.to, version: 1, history: [change.entry] } });
    }
    const counts = countersAfter(change.from, change.to);
    const waitSeq = change.set.seq !== undefined ? (change.set.seq as number) : a.waitSeq;
    const next = { signedUp: a.signedUp + counts.signedUp, waiting: a.waiting + counts.waiting, waitSeq, version: a.version + 1 };
    // Not `one()`: a read that saw another sign-up's commit can compute the very values now stored (an
    // update that changes nothing); the commit still conflicts on the activity's version and reruns.
    await activities.doc(activityId).update({ data: next });
    const after = { ...doc, ...change.set, status: change.to, version: doc.version + 1 } as SignUp;
    for (const f of change.unset) delete (after as unknown as Record<string, unknown>)[f];
    return { activity: { ...a, ...next, _id: activityId }, signUp: after };
  });
}
