// Activities (活动): a team leader or the centre publishes one (a service day, free haircuts in the
// square, 周末出旗); volunteers sign up up to a quota (a waiting list behind it), check in and out on
// site with a rotating QR, and closing pays each attendee one balanced journal entry from the
// activity's sponsor. The stored documents, as types; the lifecycles are in ./lifecycle.ts and ./signup.ts.
import type { Category, Specialty } from '../menu';
import type { Entry } from '../lifecycle';

/** published: open for sign-up (until signUpBy); closing: credits being paid (resumable); closed; cancelled. */
export const ACTIVITY_STATUSES = ['published', 'closing', 'closed', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** How the caller stands to an activity: its organiser (who published it, the centre of its community, the leader of its team), a volunteer, the timer. */
export type ActivityRelation = 'organiser' | 'volunteer' | 'system';
export type ActivityAction = 'close' | 'finish_closing' | 'cancel';

export interface Activity {
  _id: string;
  status: ActivityStatus;
  version: number;
  title: string;
  content: string;
  /** Services offered, from the menu (免费理发 → haircut). */
  services: Category[];
  communityId: string;
  /** Where in the community (the square, the station); shown to everyone. */
  address: string;
  startAt: Date;
  endAt: Date;
  /** Volunteers wanted; sign-ups beyond it wait in line (waiting list). */
  quota: number;
  /** Skills wanted (optional): shown, and a volunteer without any of them is told, not refused. */
  skills: Specialty[];
  /** Sign-up closes at this time; withdrawing closes at `withdrawBy`. */
  signUpBy: Date;
  withdrawBy: Date;
  /** Points each attendee is paid when the activity closes (hours come from check-in/out). */
  points: number;
  /** Who pays the points: the community's sponsor unless the organiser chose another. */
  sponsorId: string;
  /** The team that organises it (a team leader publishing for their team); none for the centre. */
  teamId?: string;
  /** OPENID of whoever published it. */
  organiser: string;
  /** Counters kept with compare-and-set in the sign-up transaction. */
  signedUp: number;
  waiting: number;
  /** Next waiting-list number (a withdrawal moves the lowest up). */
  waitSeq: number;
  /** Residents who said they will come (a head count, no names). */
  willCome: number;
  /** Wishes folded into it (the service day): each keeps its own lifecycle. */
  wishIds: string[];
  /** Server-only secret of the rotating check-in code (never sent to a client). */
  codeKey: string;
  /** When the day-before reminder went out (at most once). */
  remindedAt?: Date;
  createdAt: Date;
  closedAt?: Date;
  history: Entry<ActivityAction | 'publish', ActivityStatus, ActivityRelation>[];
}

/**
 * A volunteer's place in an activity, `_id` = signUpIdOf(activityId, openid). signed_up → checked_in →
 * checked_out → attended (paid at closing); waiting → signed_up when a place frees; withdrawn; no_show
 * (signed up, never came, recorded at closing).
 */
export const SIGNUP_STATUSES = ['signed_up', 'waiting', 'withdrawn', 'checked_in', 'checked_out', 'attended', 'no_show'] as const;
export type SignUpStatus = (typeof SIGNUP_STATUSES)[number];
export type SignUpAction = 'sign_up' | 'withdraw' | 'promote' | 'check_in' | 'check_out' | 'correct_times' | 'attend' | 'no_show';

export interface SignUp {
  _id: string;
  activityId: string;
  openid: string;
  status: SignUpStatus;
  version: number;
  signedUpAt: Date;
  /** Waiting-list number (lowest moves up first); set while waiting. */
  seq?: number;
  checkInAt?: Date;
  checkOutAt?: Date;
  /** Minutes credited at closing: check-in to check-out, capped at the activity's length. */
  minutes?: number;
  /** The journal entry that paid it (activity:<activityId>:<openid>). */
  creditEntryId?: string;
  remindedAt?: Date;
  /** The first entry moves from `none` (no sign-up before). */
  history: Entry<SignUpAction, SignUpStatus | 'none', 'volunteer' | 'organiser' | 'system'>[];
}

export const signUpIdOf = (activityId: string, openid: string) => `${activityId}_${openid}`;
export const activityCreditId = (activityId: string, openid: string) => `activity:${activityId}:${openid}`;

/** A resident's "I will come" (我会去): `_id` = turnoutIdOf; only the count is ever shown. */
export interface Turnout {
  _id: string;
  activityId: string;
  at: Date;
}
export const turnoutIdOf = (activityId: string, openid: string) => `${activityId}_${openid}`;
