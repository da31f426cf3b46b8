// The activity's lifecycle as a table (../lifecycle.ts): published → closing (credits being paid,
// resumable) → closed, or cancelled; and who organises it. The sign-up's table is in ./signup.ts.
import { decide, type Change, type Situation, type Table } from '../lifecycle';
import type { ErrorCode, Result } from '../errors';
import type { Activity, ActivityAction, ActivityRelation, ActivityStatus } from './activity';

type AC = Situation<Activity, ActivityRelation, { note?: string }>;

const notEnded = (c: AC) => c.now.getTime() < new Date(c.doc.endAt).getTime();
const DONE: Partial<Record<ActivityStatus, ErrorCode>> = {
  closing: 'ACTIVITY.ALREADY_CLOSED',
  closed: 'ACTIVITY.ALREADY_CLOSED',
  cancelled: 'ACTIVITY.NOT_FOUND',
};

export const ACTIVITY_LIFECYCLE: Table<ActivityAction, ActivityStatus, ActivityRelation, AC> = {
  close: {
    from: ['published'],
    to: ['closing'],
    by: ['organiser', 'system'],
    denied: 'ACTIVITY.NOT_ORGANISER',
    wrongState: (c) => DONE[c.doc.status],
    guards: [{ code: 'ACTIVITY.NOT_ENDED', message: 'the activity has not ended', refuses: notEnded }],
  },
  finish_closing: {
    from: ['closing'],
    to: ['closed'],
    by: ['organiser', 'system'],
    denied: 'ACTIVITY.NOT_ORGANISER',
    wrongState: (c) => DONE[c.doc.status],
    effects: (c) => ({ set: { closedAt: c.now } }),
  },
  cancel: {
    from: ['published'],
    to: ['cancelled'],
    by: ['organiser'],
    denied: 'ACTIVITY.NOT_ORGANISER',
    wrongState: (c) => DONE[c.doc.status],
  },
};

export function decideActivity(
  action: ActivityAction,
  activity: Activity,
  actor: { openid: string; relations: readonly ActivityRelation[] },
  now: Date,
  params: { note?: string } = {},
): Result<Change<ActivityAction, ActivityStatus, ActivityRelation>> {
  return decide(ACTIVITY_LIFECYCLE, action, activity, actor, now, params);
}

/** Organiser: who published it, a dispatcher of its community, the active leader of its team. */
export function activityRelationsOf(
  a: Pick<Activity, 'organiser' | 'communityId' | 'teamId'>,
  openid: string,
  who: { dispatchesIn: (communityId: string) => boolean; leads: readonly string[] },
): ActivityRelation[] {
  const organiser = a.organiser === openid || who.dispatchesIn(a.communityId) || (!!a.teamId && who.leads.includes(a.teamId));
  return organiser ? ['organiser', 'volunteer'] : ['volunteer'];
}
