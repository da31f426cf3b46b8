// `memberships/{teamId}_{openid}`: who belongs to which team, and as what.
import type { DB } from 'wx-server-sdk';
import { membershipId, type Membership, type MembershipStatus } from '../../../src/domain/team/membership';
import { getAll, getDoc } from '../db';
import { one, type Tx } from '../transaction';
import { collection } from './names';

export const getMembership = (db: DB.Database, id: string) => getDoc<Membership>(db, 'memberships', id);

/** The caller's active membership of one team, if any. */
export async function activeMembership(db: DB.Database, teamId: string | undefined, openid: string): Promise<Membership | null> {
  if (!teamId) return null;
  const m = await getMembership(db, `${teamId}_${openid}`);
  return m?.status === 'active' ? m : null;
}

/** One person's memberships in these statuses (index openid_1_status_1). */
export const membershipsOf = (db: DB.Database, openid: string, statuses: readonly MembershipStatus[]) =>
  getAll<Membership>(collection(db, 'memberships').where({ openid, status: db.command.in([...statuses]) }));

/** The members of some teams in these statuses (index teamId_1_status_1). */
export const membersOf = (db: DB.Database, teamIds: readonly string[], statuses: readonly MembershipStatus[]) =>
  getAll<Membership>(collection(db, 'memberships').where({ teamId: db.command.in([...teamIds]), status: db.command.in([...statuses]) }));

/** Adds an application; false when one exists already (the id is one per person and team). */
export async function addMembership(db: DB.Database, m: Membership): Promise<boolean> {
  try {
    await collection(db, 'memberships').add({ data: { ...m } });
    return true;
  } catch {
    return false;
  }
}

/** Inside a transaction: makes `openid` the active leader of `teamId` (a leader invitation accepted). */
export async function leadIn(t: Tx, teamId: string, openid: string, now: Date): Promise<void> {
  const ref = t.collection('memberships').doc(membershipId(teamId, openid));
  const m = (await ref.get()).data as Membership | null;
  if (!m) await ref.set({ data: { teamId, openid, role: 'leader', status: 'active', createdAt: now } });
  else if (m.role !== 'leader' || m.status !== 'active') one(await ref.update({ data: { role: 'leader', status: 'active' } }));
}

/** Inside a transaction: a revoked leader grant leaves the person an ordinary member of the team. */
export async function unleadIn(t: Tx, teamId: string, openid: string): Promise<void> {
  const ref = t.collection('memberships').doc(membershipId(teamId, openid));
  const m = (await ref.get()).data as Membership | null;
  if (m?.role === 'leader') one(await ref.update({ data: { role: 'member' } }));
}
