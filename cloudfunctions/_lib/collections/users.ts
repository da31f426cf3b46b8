// `users/{openid}`: roles are data, granted by an admin (or by registering as a volunteer).
import type { DB } from 'wx-server-sdk';
import { isRole, type Role } from '../../../src/domain/roles';
import { getAll, getDoc } from '../db';
import { collection, type Updated } from './names';

export async function rolesOf(db: DB.Database, openid: string): Promise<Role[]> {
  const user = await getDoc<{ roles?: unknown }>(db, 'users', openid);
  return Array.isArray(user?.roles) ? user.roles.filter(isRole) : [];
}

/** Adds a role, creating the user (as a resident) when they have no document yet. */
export async function grantRole(db: DB.Database, openid: string, role: Role, now: Date): Promise<void> {
  const res = (await collection(db, 'users')
    .doc(openid)
    .update({ data: { roles: db.command.addToSet(role) } })) as Updated;
  if (res.stats.updated === 0 && !(await getDoc(db, 'users', openid))) {
    await collection(db, 'users')
      .doc(openid)
      .set({ data: { roles: ['resident', role], createdAt: now } });
  }
}

/** Everyone holding a role, as OPENIDs (index roles_1; `roles` is an array, so the index is multikey). */
export async function holdersOf(db: DB.Database, role: Role): Promise<string[]> {
  const users = await getAll<{ _id: string }>(collection(db, 'users').where({ roles: role }).orderBy('_id', 'asc').field({ _id: true }));
  return users.map((u) => u._id);
}
