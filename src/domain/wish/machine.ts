// The wish / order lifecycle as one table (see ../lifecycle.ts): for each action, the states it moves
// from and to, who may do it, its guards with their refusal codes, and the fields it writes.
// `decideWish` is the only place a wish's status changes: functions persist the change it returns.
import { isLegalHistory as legalWalk, decide, type Change, type Situation, type Table } from '../lifecycle';
import type { Result } from '../errors';
import { REOPEN_AT_OR_BELOW, type HistoryEntry, type Relation, type WishAction } from './actions';
import { completionOf, coarsePlace, type Attempt, type Place } from './service';
import { AT_CENTRE, HELD, type Status } from './states';
import type { PlannedVisit, Wish } from './wish';
import { businessDate } from '../time';

export { REOPEN_AT_OR_BELOW, WISH_ACTIONS, type HistoryEntry, type Relation, type WishAction } from './actions';

/** What an action brings besides the wish and the actor (validated input, documents the handler loaded). */
export interface WishParams {
  note?: string;
  /** dispatch: the team, as the reference data knows it (undefined: no such active team). */
  team?: { _id: string } | undefined;
  /** assign: the member who gets the order (undefined: no such membership). */
  target?: { openid: string; teamId: string; status: string } | undefined;
  /** check_in: where, when the volunteer allowed it (stored coarse). */
  place?: Place;
  /** plan_visit: the day and time window agreed with the resident (约定上门). */
  visit?: PlannedVisit;
  /** complete */
  completion?: { summary: string; minutes: number; photo?: string };
  /** confirm_minutes: the minutes the leader confirms (≤ the claim), with `note` as the reason. */
  minutes?: number;
  /** rate */
  stars?: number;
  comment?: string;
  /** close: the journal entry that paid for it. */
  creditEntryId?: string;
  /** schedule_service_day: the community's next service day and the end of its working day. */
  serviceDay?: { day: string; dueAt: Date };
  /** escalate: the parent team the order goes up to (none: the centre alone). */
  parentTeamId?: string;
  /** attach_activity: the activity as stored (undefined: no such activity). */
  activity?: { _id: string; communityId: string; status: string; endAt: Date } | undefined;
}

type S = Situation<Wish, Relation, WishParams>;

/** Who holds the order, cleared whenever it goes back to a pool. */
const CLAIM = ['claimant', 'claimedAt', 'plannedVisit'];
/** Where an order is routed (one team, the wall, an activity): each routing replaces the others. */
const ROUTE = ['teamId', 'wall', 'wallAt', 'activityId', 'escalatedAt', 'escalatedTo'];
/** The team that had it: never again (returned, or rated ≤2). */
const awayFromTeam = (c: S) => ({ push: { excludedTeamIds: c.doc.teamId }, unset: ['teamId', ...CLAIM] });
/** A service sent back (重办): the attempt is kept, the service fields are cleared for the next team. */
const sentBack = (c: S) => {
  const attempt: Attempt = {
    claimant: c.doc.claimant!,
    ...(c.doc.teamId ? { teamId: c.doc.teamId } : {}),
    ...(c.doc.checkedInAt ? { checkedInAt: c.doc.checkedInAt } : {}),
    ...(c.doc.completion ? { completion: c.doc.completion } : {}),
    stars: c.params.stars!,
    ...(c.params.comment ? { reason: c.params.comment } : {}),
    at: c.now,
  };
  const away = awayFromTeam(c);
  // hoursPending: the attempt's hours are still to be booked (cleared with the journal entry; the timer retries).
  return {
    set: { hoursPending: true },
    push: { ...away.push, attempts: attempt },
    unset: [...away.unset, 'checkedInAt', 'checkInPlace', 'completion', 'completedAt'],
  };
};
const ownWish = { code: 'ORDER.OWN_WISH', message: 'a wish cannot be served by whoever filed it' } as const;

export const WISH_LIFECYCLE: Table<WishAction, Status, Relation, S> = {
  dispatch: {
    from: [...AT_CENTRE, 'dispatched'],
    to: ['dispatched'],
    by: ['dispatcher'],
    // A new dispatch starts afresh: an earlier escalation (升级) belonged to the team before.
    guards: [
      { code: 'DISPATCH.TEAM_NOT_FOUND', message: 'no such active team', refuses: (c) => !c.params.team },
      {
        code: 'DISPATCH.SAME_TEAM',
        message: 'this team returned it or was rated ≤2 for it',
        refuses: (c) => c.doc.excludedTeamIds.includes(c.params.team!._id),
      },
    ],
    effects: (c) => ({ set: { teamId: c.params.team!._id }, unset: [...CLAIM, ...ROUTE.filter((f) => f !== 'teamId')] }),
  },
  // 微心愿墙: instead of one team, the community's registered volunteers (relation `wall`) may claim it.
  publish_to_wall: {
    from: AT_CENTRE,
    to: ['dispatched'],
    by: ['dispatcher'],
    guards: [{ code: 'WALL.NO_CONSENT', message: 'the resident did not agree to the wall', refuses: (c) => !c.doc.wallConsent }],
    effects: (c) => ({ set: { wall: true, wallAt: c.now }, unset: [...CLAIM, ...ROUTE.filter((f) => f !== 'wall' && f !== 'wallAt')] }),
  },
  // The service day's activity: its attendees (relation `attendee`) may claim it; due by the activity's end.
  attach_activity: {
    from: AT_CENTRE,
    to: ['dispatched'],
    by: ['dispatcher'],
    guards: [
      {
        code: 'ACTIVITY.NOT_FOUND',
        message: 'no such activity open',
        refuses: (c) => c.params.activity?.status !== 'published',
      },
      {
        code: 'ACTIVITY.WRONG_COMMUNITY',
        message: 'the activity is in another community',
        refuses: (c) => c.params.activity!.communityId !== c.doc.communityId,
      },
      { code: 'ACTIVITY.ENDED', message: 'the activity has ended', refuses: (c) => c.params.activity!.endAt <= c.now },
    ],
    effects: (c) => ({
      set: { activityId: c.params.activity!._id, dueAt: c.params.activity!.endAt },
      unset: [...CLAIM, ...ROUTE.filter((f) => f !== 'activityId')],
    }),
    record: (c) => ({ activityId: c.params.activity!._id }),
  },
  reject: { from: AT_CENTRE, to: ['rejected'], by: ['dispatcher'], effects: (c) => ({ set: { rejectReason: c.params.note } }) },
  // Cancelling is possible while nobody holds the wish (also when it is back at the centre).
  cancel: {
    from: [...AT_CENTRE, 'dispatched'],
    to: ['cancelled'],
    by: ['owner'],
    wrongState: (c) => (HELD.includes(c.doc.status) ? 'WISH.CANNOT_CANCEL' : undefined),
  },
  claim: {
    from: ['dispatched'],
    to: ['claimed'],
    // The team it was dispatched to; on the wall, the community's volunteers; in an activity, its attendees.
    by: ['member', 'leader', 'wall', 'attendee'],
    wrongState: (c) => (HELD.includes(c.doc.status) ? 'ORDER.ALREADY_CLAIMED' : undefined),
    // Nobody serves, and is paid for, a wish they filed themselves (also a 帮办员's proxy wishes).
    guards: [{ ...ownWish, refuses: (c) => c.doc.filedBy === c.actor.openid }],
    effects: (c) => ({ set: { claimant: c.actor.openid, claimedAt: c.now } }),
  },
  assign: {
    from: ['dispatched'],
    to: ['claimed'],
    by: ['leader'],
    wrongState: (c) => (HELD.includes(c.doc.status) ? 'ORDER.ALREADY_CLAIMED' : undefined),
    guards: [
      {
        code: 'TEAM.NOT_MEMBER',
        message: 'not an active member of this team',
        refuses: (c) => c.params.target?.status !== 'active' || c.params.target.teamId !== c.doc.teamId,
      },
      { ...ownWish, refuses: (c) => c.params.target!.openid === c.doc.filedBy },
    ],
    effects: (c) => ({ set: { claimant: c.params.target!.openid, claimedAt: c.now } }),
  },
  release: { from: ['claimed'], to: ['dispatched'], by: ['claimant', 'leader'], effects: () => ({ unset: CLAIM }) },
  return: { from: ['dispatched', 'claimed'], to: ['returned'], by: ['leader'], effects: awayFromTeam },
  // 约定上门: the claimant writes down when they will come (again, to change it); never a day already past
  // in business time (YYYY-MM-DD strings compare as days).
  plan_visit: {
    from: ['claimed'],
    to: ['claimed'],
    by: ['claimant'],
    guards: [
      {
        code: 'VISIT.DATE_PASSED',
        message: 'the visit day is already past',
        refuses: (c) => c.params.visit!.date < businessDate(c.now),
      },
    ],
    effects: (c) => ({ set: { plannedVisit: { date: c.params.visit!.date, window: c.params.visit!.window } } }),
    record: (c) => ({ visit: { date: c.params.visit!.date, window: c.params.visit!.window } }),
  },
  check_in: {
    from: ['claimed'],
    to: ['in_service'],
    by: ['claimant'],
    effects: (c) => ({ set: { checkedInAt: c.now, ...(c.params.place ? { checkInPlace: coarsePlace(c.params.place) } : {}) } }),
  },
  // Minutes beyond the time since check-in + MINUTES_MARGIN are accepted but marked to confirm: the
  // credit waits for the team leader (confirm_minutes).
  complete: {
    from: ['in_service'],
    to: ['completed'],
    by: ['claimant'],
    denied: 'ORDER.NOT_CLAIMANT',
    effects: (c) => ({
      set: { completion: completionOf(c.params.completion!, c.doc.checkedInAt, c.now), completedAt: c.now },
      push: { servers: c.actor.openid },
    }),
  },
  // The leader keeps or corrects minutes marked to confirm (never more than claimed); the status stays.
  confirm_minutes: {
    from: ['completed', 'rated'],
    to: ['completed', 'rated'],
    choose: (c) => c.doc.status,
    // A wish served from the wall or an activity has no team: its centre confirms.
    by: ['leader', 'dispatcher'],
    guards: [
      { code: 'MINUTES.NOTHING_TO_CONFIRM', message: 'these minutes need no confirmation', refuses: (c) => !c.doc.completion?.toConfirm },
      { code: 'AUTH.FORBIDDEN', message: 'the team leader confirms', refuses: (c) => c.as === 'dispatcher' && !!c.doc.teamId },
      {
        code: 'MINUTES.MORE_THAN_CLAIMED',
        message: 'cannot confirm more minutes than claimed',
        refuses: (c) => (c.params.minutes ?? 0) > c.doc.completion!.minutes,
      },
    ],
    // Dotted paths: an update merges nested objects, so the marks are removed field by field.
    effects: (c) => ({
      set: {
        'completion.minutes': c.params.minutes,
        'completion.confirmed': { claimed: c.doc.completion!.minutes, reason: c.params.note ?? '', at: c.now },
      },
      unset: ['completion.toConfirm', 'completion.allowedMinutes'],
    }),
    record: (c) => ({ minutes: c.params.minutes }),
  },
  rate: {
    from: ['completed'],
    to: ['rated', 'reopened'],
    choose: (c) => ((c.params.stars ?? 5) <= REOPEN_AT_OR_BELOW ? 'reopened' : 'rated'),
    by: ['owner'],
    wrongState: (c) => (c.doc.rating || c.doc.status === 'rated' || c.doc.status === 'reopened' ? 'WISH.ALREADY_RATED' : undefined),
    // 重办: back to the centre, never to the same team; the low rating stays in the history entry and
    // the attempt (for the volunteer who served it), so the resident rates the second service afresh.
    effects: (c) => ((c.params.stars ?? 5) <= REOPEN_AT_OR_BELOW ? sentBack(c) : { set: { rating: ratingOf(c) } }),
    // The comment is the entry's note: for a redo it is what was not done, which the centre reads.
    // On a proxy wish the filer is the helper: the rating is given on the elder's behalf (代老人评价).
    record: (c) => ({
      stars: c.params.stars,
      ...(c.params.comment ? { note: c.params.comment } : {}),
      ...(c.doc.proxy ? { onBehalf: true } : {}),
    }),
  },
  close: {
    from: ['rated', 'completed'],
    to: ['closed'],
    by: ['system'],
    guards: [
      {
        code: 'MINUTES.AWAITING_CONFIRMATION',
        message: 'the leader has not confirmed the minutes yet',
        refuses: (c) => !!c.doc.completion?.toConfirm,
      },
    ],
    effects: (c) => ({ set: { closedAt: c.now, ...(c.params.creditEntryId ? { creditEntryId: c.params.creditEntryId } : {}) } }),
  },
  // 服务日: the centre, or the leader of the team holding it, puts a wish not yet served into its
  // community's next weekly service day, which becomes its due date (the end of that working day).
  // The status stays; the history entry records the day.
  schedule_service_day: {
    from: ['submitted', 'returned', 'reopened', 'dispatched', 'claimed'],
    to: ['submitted', 'returned', 'reopened', 'dispatched', 'claimed'],
    choose: (c) => c.doc.status,
    by: ['dispatcher', 'leader'],
    guards: [
      {
        code: 'ORDER.ALREADY_SCHEDULED',
        message: 'already scheduled into that service day',
        refuses: (c) => c.doc.serviceDay === c.params.serviceDay!.day,
      },
    ],
    effects: (c) => ({ set: { serviceDay: c.params.serviceDay!.day, dueAt: c.params.serviceDay!.dueAt } }),
    record: (c) => ({ serviceDay: c.params.serviceDay!.day }),
  },
  // The dispatch timer's steps (src/domain/wish/escalation.ts dueSteps decides when; `note` is the reason).
  // 催办: the status stays, the history says who was reminded and why.
  remind: {
    from: [...AT_CENTRE, 'dispatched'],
    to: ['dispatched', ...AT_CENTRE],
    choose: (c) => c.doc.status,
    by: ['system'],
    effects: (c) => ({ set: { remindedAt: c.now } }),
  },
  // 升级: an order dispatched but unclaimed past its due time goes up to the parent team and the centre, once.
  escalate: {
    from: ['dispatched'],
    to: ['dispatched'],
    by: ['system'],
    guards: [{ code: 'ORDER.ALREADY_ESCALATED', message: 'this order is already escalated', refuses: (c) => !!c.doc.escalatedAt }],
    effects: (c) => ({ set: { escalatedAt: c.now, ...(c.params.parentTeamId ? { escalatedTo: c.params.parentTeamId } : {}) } }),
  },
  // 自动释放 (an assignment timeout): a claim not started in time goes back to the team's pool.
  auto_release: { from: ['claimed'], to: ['dispatched'], by: ['system'], effects: () => ({ unset: CLAIM }) },
};

const ratingOf = (c: S) => ({ stars: c.params.stars, ...(c.params.comment ? { comment: c.params.comment } : {}), at: c.now });

export type WishChange = Change<WishAction, Status, Relation>;

/** Decide one action on a wish, by an actor with `relations` to it: the complete change, or a refusal. */
export function decideWish(
  action: WishAction,
  wish: Wish,
  actor: { openid: string; relations: readonly Relation[] },
  now: Date,
  params: WishParams = {},
): Result<WishChange> {
  return decide(WISH_LIFECYCLE, action, wish, actor, now, params);
}

/**
 * The relations worth loading for `action` on this wish: the wall's and the activity's only when the
 * wish is on one, the centre for minutes only when no team holds the wish (the reads stay as before).
 */
export const relationsNeeded = (action: WishAction, wish: Pick<Wish, 'wall' | 'activityId' | 'teamId'>): Relation[] =>
  WISH_LIFECYCLE[action].by.filter(
    (r) =>
      (r !== 'wall' || !!wish.wall) &&
      (r !== 'attendee' || !!wish.activityId) &&
      !(r === 'dispatcher' && action === 'confirm_minutes' && wish.teamId),
  );

/** True when `path` (a wish's history) is a legal walk of the machine from `submitted`. */
export const isLegalHistory = (path: ReadonlyArray<Pick<HistoryEntry, 'action' | 'from' | 'to'>>): boolean =>
  legalWalk(WISH_LIFECYCLE, 'submitted', path);
