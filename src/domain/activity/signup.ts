// A sign-up's lifecycle (报名) as a table (../lifecycle.ts): none/withdrawn → signed_up or waiting (the
// quota decides), waiting → signed_up (promote, only before the start), signed_up → checked_in → checked_out (the scans),
// corrected by the organiser, then at closing attended (paid) or no_show.
import { decide, type Change, type Situation, type Table } from '../lifecycle';
import type { ErrorCode, Result } from '../errors';
import type { Activity, SignUp, SignUpAction, SignUpStatus } from './activity';
import { minutesOf, promotionOpen, scanWindow } from './rules';

/** A person with no sign-up yet is in the pseudo-state `none` (never stored). */
export type SignUpState = SignUpStatus | 'none';
export type SignUpRelation = SignUp['history'][number]['as'];
export interface SignUpParams {
  activity: Pick<Activity, 'status' | 'startAt' | 'endAt' | 'signUpBy' | 'withdrawBy' | 'quota' | 'signedUp' | 'waitSeq'>;
  note?: string;
  /** correct_times */
  checkInAt?: Date;
  checkOutAt?: Date;
  /** attend: the entry that paid it */
  creditEntryId?: string;
}
export type SignUpDoc = Omit<SignUp, 'status'> & { status: SignUpState };
type SC = Situation<SignUpDoc, SignUpRelation, SignUpParams>;

const ms = (d: Date | string) => new Date(d).getTime();
const HELD: readonly SignUpState[] = ['signed_up', 'checked_in', 'checked_out', 'attended', 'no_show'];
const open = (code: ErrorCode) => ({
  code,
  message: 'the activity is not open',
  refuses: (c: SC) => c.params.activity.status !== 'published',
});

export const SIGNUP_LIFECYCLE: Table<SignUpAction, SignUpState, SignUpRelation, SC> = {
  sign_up: {
    from: ['none', 'withdrawn'],
    to: ['signed_up', 'waiting'],
    choose: (c) => (c.params.activity.signedUp < c.params.activity.quota ? 'signed_up' : 'waiting'),
    by: ['volunteer'],
    wrongState: (c) => (c.doc.status === 'no_show' ? 'ACTIVITY.SIGNUP_CLOSED' : 'ACTIVITY.ALREADY_SIGNED_UP'),
    guards: [
      open('ACTIVITY.SIGNUP_CLOSED'),
      { code: 'ACTIVITY.SIGNUP_CLOSED', message: 'sign-up has closed', refuses: (c) => c.now.getTime() > ms(c.params.activity.signUpBy) },
    ],
    effects: (c) =>
      c.params.activity.signedUp < c.params.activity.quota
        ? { set: { signedUpAt: c.now }, unset: ['seq'] }
        : { set: { signedUpAt: c.now, seq: c.params.activity.waitSeq + 1 } },
  },
  withdraw: {
    from: ['signed_up', 'waiting'],
    to: ['withdrawn'],
    by: ['volunteer'],
    wrongState: (c) => (c.doc.status === 'none' || c.doc.status === 'withdrawn' ? 'ACTIVITY.NOT_SIGNED_UP' : 'ACTIVITY.WITHDRAW_CLOSED'),
    guards: [
      open('ACTIVITY.WITHDRAW_CLOSED'),
      {
        code: 'ACTIVITY.WITHDRAW_CLOSED',
        message: 'withdrawing has closed',
        refuses: (c) => c.now.getTime() > ms(c.params.activity.withdrawBy),
      },
    ],
    effects: () => ({ unset: ['seq'] }),
  },
  promote: {
    from: ['waiting'],
    to: ['signed_up'],
    by: ['system'],
    guards: [
      open('ACTIVITY.CHANGED'),
      { code: 'ACTIVITY.CHANGED', message: 'no free place', refuses: (c) => c.params.activity.signedUp >= c.params.activity.quota },
      { code: 'ACTIVITY.CHANGED', message: 'the activity has started', refuses: (c) => !promotionOpen(c.params.activity, c.now) },
    ],
    effects: () => ({ unset: ['seq'] }),
  },
  check_in: {
    from: ['signed_up'],
    to: ['checked_in'],
    by: ['volunteer'],
    wrongState: (c) => (HELD.includes(c.doc.status) ? 'ACTIVITY.ALREADY_CHECKED_OUT' : 'ACTIVITY.NOT_SIGNED_UP'),
    guards: [
      open('ACTIVITY.ENDED'),
      {
        code: 'ACTIVITY.NOT_STARTED',
        message: 'too early',
        refuses: (c) => scanWindow(c.params.activity, 'check_in', c.now) === 'ACTIVITY.NOT_STARTED',
      },
      {
        code: 'ACTIVITY.ENDED',
        message: 'too late',
        refuses: (c) => scanWindow(c.params.activity, 'check_in', c.now) === 'ACTIVITY.ENDED',
      },
    ],
    effects: (c) => ({ set: { checkInAt: c.now } }),
  },
  check_out: {
    from: ['checked_in'],
    to: ['checked_out'],
    by: ['volunteer'],
    wrongState: (c) => (HELD.includes(c.doc.status) ? 'ACTIVITY.ALREADY_CHECKED_OUT' : 'ACTIVITY.NOT_SIGNED_UP'),
    guards: [
      open('ACTIVITY.ENDED'),
      {
        code: 'ACTIVITY.ENDED',
        message: 'too late',
        refuses: (c) => scanWindow(c.params.activity, 'check_out', c.now) === 'ACTIVITY.ENDED',
      },
    ],
    effects: (c) => ({ set: { checkOutAt: c.now, minutes: minutesOf(c.params.activity, c.doc.checkInAt, c.now) } }),
  },
  correct_times: {
    from: ['signed_up', 'checked_in', 'checked_out'],
    to: ['checked_out'],
    by: ['organiser'],
    denied: 'ACTIVITY.NOT_ORGANISER',
    wrongState: (c) => (c.doc.status === 'attended' || c.doc.status === 'no_show' ? 'ACTIVITY.ALREADY_CLOSED' : 'ACTIVITY.NOT_SIGNED_UP'),
    guards: [
      { code: 'ACTIVITY.ALREADY_CLOSED', message: 'closing has begun', refuses: (c) => c.params.activity.status !== 'published' },
      {
        code: 'INPUT.INVALID',
        message: 'check-out before check-in',
        refuses: (c) => !c.params.checkInAt || !c.params.checkOutAt || c.params.checkOutAt.getTime() < c.params.checkInAt.getTime(),
      },
    ],
    effects: (c) => ({
      set: {
        checkInAt: c.params.checkInAt,
        checkOutAt: c.params.checkOutAt,
        minutes: minutesOf(c.params.activity, c.params.checkInAt, c.params.checkOutAt),
      },
    }),
  },
  attend: {
    from: ['checked_in', 'checked_out'],
    to: ['attended'],
    by: ['system'],
    effects: (c) => ({
      set: { minutes: minutesOf(c.params.activity, c.doc.checkInAt, c.doc.checkOutAt), creditEntryId: c.params.creditEntryId },
    }),
  },
  no_show: { from: ['signed_up'], to: ['no_show'], by: ['system'] },
};

export function decideSignUp(
  action: SignUpAction,
  signUp: SignUpDoc,
  actor: { openid: string; relations: readonly SignUpRelation[] },
  now: Date,
  params: SignUpParams,
): Result<Change<SignUpAction, SignUpState, SignUpRelation>> {
  return decide(SIGNUP_LIFECYCLE, action, signUp, actor, now, params);
}

/** How a sign-up's move changes the activity's counters (places taken, the waiting line). */
export function countersAfter(from: SignUpState, to: SignUpState): { signedUp: number; waiting: number } {
  const placed = (s: SignUpState) => (HELD.includes(s) ? 1 : 0);
  const waits = (s: SignUpState) => (s === 'waiting' ? 1 : 0);
  return { signedUp: placed(to) - placed(from), waiting: waits(to) - waits(from) };
}
