// What each viewer sees of an activity: a card without personal data for everyone; the roster
// (names and phones masked) for its organisers only; the residents' view with a head count only.
// The check-in code's key never leaves the functions.
import type { Category } from '../menu';
import { maskName, maskPhone } from '../wish/view';
import type { Activity, SignUp, SignUpStatus } from './activity';

const iso = (d: Date | string) => new Date(d).toISOString();

export function activityCard(a: Activity, communityName: string, viewer: { mine?: SignUpStatus; organising: boolean }) {
  return {
    id: a._id,
    status: a.status,
    title: a.title,
    services: a.services,
    communityId: a.communityId,
    communityName,
    address: a.address,
    startAt: iso(a.startAt),
    endAt: iso(a.endAt),
    signUpBy: iso(a.signUpBy),
    quota: a.quota,
    signedUp: a.signedUp,
    waiting: a.waiting,
    points: a.points,
    ...(viewer.mine ? { mine: viewer.mine } : {}),
    organising: viewer.organising,
  };
}

/** Place on the waiting list: 1 + the waiting sign-ups with a lower number. */
export const positionOf = (s: Pick<SignUp, 'seq'>, ahead: number) => (s.seq === undefined ? undefined : ahead + 1);

export function mySignUpView(s: SignUp, position?: number) {
  return {
    status: s.status,
    ...(s.status === 'waiting' && position !== undefined ? { position } : {}),
    ...(s.checkInAt ? { checkInAt: iso(s.checkInAt) } : {}),
    ...(s.checkOutAt ? { checkOutAt: iso(s.checkOutAt) } : {}),
  };
}

/**
 * One roster row for the organiser: the volunteer's name and phone masked, the times, the minutes.
 * `key` names the row (a one-way key of the volunteer: the stored id carries the OPENID).
 */
export function rosterRow(s: SignUp, person: { name: string; phone: string } | undefined, key: string) {
  return {
    signUpId: key,
    name: person ? maskName(person.name) : '*',
    phone: person ? maskPhone(person.phone) : '****',
    status: s.status,
    ...(s.seq !== undefined ? { seq: s.seq } : {}),
    ...(s.checkInAt ? { checkInAt: iso(s.checkInAt) } : {}),
    ...(s.checkOutAt ? { checkOutAt: iso(s.checkOutAt) } : {}),
    ...(s.minutes !== undefined ? { minutes: s.minutes } : {}),
  };
}

/** Roster order: places first (by sign-up time), then the waiting list by number, then the rest. */
const RANK: Record<SignUpStatus, number> = {
  attended: 0,
  checked_out: 0,
  checked_in: 0,
  signed_up: 0,
  no_show: 1,
  waiting: 2,
  withdrawn: 3,
};
export const rosterOrder = (a: SignUp, b: SignUp) =>
  RANK[a.status] - RANK[b.status] || (a.seq ?? 0) - (b.seq ?? 0) || new Date(a.signedUpAt).getTime() - new Date(b.signedUpAt).getTime();

/** A wish folded into the activity: the kind of help and its text; contact stays on the order page. */
export const wishRow = (
  w: { _id: string; category: Category; description: string; status: string; claimant?: string },
  openid: string,
) => ({
  wishId: w._id,
  category: w.category,
  description: w.description,
  status: w.status,
  mine: w.claimant === openid,
});

/** The residents' card: what, where, when, how many said they will come; never who. */
export function upcomingCard(a: Activity, coming: boolean) {
  return {
    id: a._id,
    title: a.title,
    content: a.content,
    services: a.services,
    address: a.address,
    startAt: iso(a.startAt),
    endAt: iso(a.endAt),
    willCome: a.willCome,
    coming,
  };
}
