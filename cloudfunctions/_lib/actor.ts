// The caller as data: roles from `users`, team memberships from `memberships`. Each loader reads
// only what the action needs, so an action costs as few database requests as possible.
import type { DB } from 'wx-server-sdk';
import type { Actor } from '../../src/domain/policy';
import { isRole, type Role } from '../../src/domain/roles';
import { getDoc } from './db';

export interface Membership {
  _id: string;
  teamId: string;
  openid: string;
  role: 'member' | 'leader';
  status: 'pending' | 'active';
  createdAt: Date;
}

export const membershipId = (teamId: string, openid: string) => `${teamId}_${openid}`;

export async function rolesOf(db: DB.Database, openid: string): Promise<Role[]> {
  const user = await getDoc<{ roles?: unknown }>(db, 'users', openid);
  return Array.isArray(user?.roles) ? user.roles.filter(isRole) : [];
}

/** The caller's active membership of one team, if any. */
export async function activeMembership(db: DB.Database, teamId: string | undefined, openid: string): Promise<Membership | null> {
  if (!teamId) return null;
  const m = await getDoc<Membership>(db, 'memberships', membershipId(teamId, openid));
  return m?.status === 'active' ? m : null;
}

/** An actor for relation checks on one wish: roles only if `withRoles`, the wish's team only. */
export async function actorForWish(db: DB.Database, openid: string, wish: { teamId?: string }, need: { roles: boolean; team: boolean }): Promise<Actor> {
  const [roles, membership] = await Promise.all([
    need.roles ? rolesOf(db, openid) : Promise.resolve([] as Role[]),
    need.team ? activeMembership(db, wish.teamId, openid) : Promise.resolve(null),
  ]);
  return { openid, roles, teams: membership ? { [membership.teamId]: membership.role } : {} };
}
