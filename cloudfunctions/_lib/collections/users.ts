// `users/{openid}`: roles are data, granted by an admin (or by registering as a volunteer): `roles` (the
// names the gates read) and `grants` (where each scoped role holds; src/domain/org/grants.ts).
import type { DB } from 'wx-server-sdk';
import { isRole, type Role } from '../../../src/domain/roles';
import { fitsScope, isScopedRole, SCOPE_KINDS, SCOPED_ROLES, type Grant } from '../../../src/domain/org/grants';
import type { Holdings } from '../../../src/domain/org/holdings';
import { getAll, getDoc } from '../db';
import { one, type Tx } from '../transaction';
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

/** A user document as a transaction reads it: its holdings (sanitised like accessOf) and the rest of it. */
export async function holdingsIn(t: Tx, openid: string): Promise<{ doc: Record<string, unknown> | null; holdings: Holdings | null }> {
  const doc = ((await t.collection('users').doc(openid).get()).data ?? null) as Record<string, unknown> | null;
  if (!doc) return { doc: null, holdings: null };
  return {
    doc,
    holdings: {
      roles: Array.isArray(doc.roles) ? doc.roles.filter(isRole) : [],
      grants: Array.isArray(doc.grants) ? doc.grants.filter(isGrant) : [],
    },
  };
}

/** Writes the roles and grants (and the name given), creating the user when `doc` is null, inside the same transaction. */
export async function writeHoldings(
  t: Tx,
  openid: string,
  doc: Record<string, unknown> | null,
  h: Holdings,
  now: Date,
  name?: string,
): Promise<void> {
  const ref = t.collection('users').doc(openid);
  const named = name ? { name } : {};
  if (doc) one(await ref.update({ data: { roles: h.roles, grants: h.grants, updatedAt: now, ...named } }));
  else await ref.set({ data: { roles: h.roles, grants: h.grants, createdAt: now, ...named } });
}

/** The names people gave when they accepted an invitation (`users.name`), by OPENID. */
export async function userNames(db: DB.Database, openids: readonly string[]): Promise<Map<string, string>> {
  const users = await getAll<{ _id: string; name?: unknown }>(
    collection(db, 'users')
      .where({ _id: db.command.in([...openids]) })
      .field({ _id: true, name: true }),
  );
  return new Map(users.filter((u) => typeof u.name === 'string').map((u) => [u._id, u.name as string]));
}

export interface UserDoc {
  _id: string;
  roles?: unknown;
  grants?: unknown;
}

/** Everyone holding a scoped role (index roles_1), in `_id` order; a street's staff, so bounded. */
export async function scopedHolders(db: DB.Database): Promise<Array<{ _id: string } & Access>> {
  const users = await getAll<UserDoc>(collection(db, 'users').where({ roles: db.command.in([...SCOPED_ROLES]) }));
  return users
    .map((u) => ({
      _id: u._id,
      roles: Array.isArray(u.roles) ? u.roles.filter(isRole) : [],
      grants: Array.isArray(u.grants) ? u.grants.filter(isGrant) : [],
    }))
    .sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
}
