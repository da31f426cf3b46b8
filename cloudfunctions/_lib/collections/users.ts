// `users/{openid}`: roles are data, granted by an admin (or by registering as a volunteer).
import type { DB } from 'wx-server-sdk';
import { isRole, type Role } from '../../../src/domain/roles';
import { fitsScope, isScopedRole, SCOPE_KINDS, type Grant } from '../../../src/domain/org/grants';
import { getAll, getDoc } from '../db';
import { collection, type Updated } from './names';

/** What a caller may do: role names (for the gates) and where the scoped ones hold. */
export interface Access {
  roles: Role[];
  grants: Grant[];
}

export const isGrant = (g: unknown): g is Grant => {
  if (typeof g !== 'object' || g === null) return false;
  const { role, scope } = g as { role?: unknown; scope?: { kind?: unknown; id?: unknown } };
  return (
    isRole(role) &&
    isScopedRole(role) &&
    typeof scope?.id === 'string' &&
    (SCOPE_KINDS as readonly unknown[]).includes(scope.kind) &&
    fitsScope(role, scope as Grant['scope'])
  );
};

/** One read of `users/{openid}`: roles and grants, anything malformed dropped (closed by default). */
export async function accessOf(db: DB.Database, openid: string): Promise<Access> {
  const user = await getDoc<{ roles?: unknown; grants?: unknown }>(db, 'users', openid);
  return {
    roles: Array.isArray(user?.roles) ? user.roles.filter(isRole) : [],
    grants: Array.isArray(user?.grants) ? user.grants.filter(isGrant) : [],
  };
}

export async function rolesOf(db: DB.Database, openid: string): Promise<Role[]> {
  return (await accessOf(db, openid)).roles;
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

/** Everyone holding a role, with their grants (index roles_1; `roles` is an array, so the index is multikey). */
export async function holdersOf(db: DB.Database, role: Role): Promise<Array<{ openid: string; grants: Grant[] }>> {
  const users = await getAll<{ _id: string; grants?: unknown }>(
    collection(db, 'users').where({ roles: role }).orderBy('_id', 'asc').field({ _id: true, grants: true }),
  );
  return users.map((u) => ({ openid: u._id, grants: Array.isArray(u.grants) ? u.grants.filter(isGrant) : [] }));
}
