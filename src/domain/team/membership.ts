// A membership of a team: applied for (pending), approved by the team's leader (active). Its lifecycle
// uses the same table machinery as a wish (../lifecycle.ts): one row, and the handler only persists it.
import * as z from 'zod';
import { decide, type Change, type Situation, type Table } from '../lifecycle';
import type { Result } from '../errors';
import { TEAM_ROLES } from './team';

export const MEMBERSHIP_STATUSES = ['pending', 'active'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const MembershipSchema = z.object({
  _id: z.string(),
  teamId: z.string(),
  openid: z.string(),
  role: z.enum(TEAM_ROLES),
  status: z.enum(MEMBERSHIP_STATUSES),
  createdAt: z.date(),
});
export type Membership = z.infer<typeof MembershipSchema>;

/** Memberships are keyed `<teamId>_<openid>`: one per person and team. */
export const membershipId = (teamId: string, openid: string) => `${teamId}_${openid}`;

/** A new application to join a team. */
export const application = (teamId: string, openid: string, now: Date): Membership => ({
  _id: membershipId(teamId, openid),
  teamId,
  openid,
  role: 'member',
  status: 'pending',
  createdAt: now,
});

export type MembershipAction = 'approve';
type S = Situation<Membership, 'leader', { note?: string }>;

export const MEMBERSHIP_LIFECYCLE: Table<MembershipAction, MembershipStatus, 'leader', S> = {
  // Only the team's leader learns that an application exists: anyone else hears TEAM.NOT_FOUND.
  approve: {
    from: ['pending'],
    to: ['active'],
    by: ['leader'],
    denied: 'TEAM.NOT_FOUND',
    effects: (c) => ({ set: { approvedAt: c.now, approvedBy: c.actor.openid } }),
  },
};

export function decideMembership(
  action: MembershipAction,
  m: Membership,
  actor: { openid: string; leads: boolean },
  now: Date,
): Result<Change<MembershipAction, MembershipStatus, 'leader'>> {
  return decide(MEMBERSHIP_LIFECYCLE, action, m, { openid: actor.openid, relations: actor.leads ? ['leader'] : [] }, now, {});
}
