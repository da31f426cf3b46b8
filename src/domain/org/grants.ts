// Roles are data with a scope. A person's grants live on their `users/{openid}` document next to
// `roles` (the union of the granted role names, which the router's gates and the roles_1 index
// read); the grant says where the role holds: an admin of a street, a dispatcher of a street or of
// one community, a leader of a team, a merchant of a shop, a helper (帮办员) of a community.
import type { Role } from '../roles';

export const SCOPE_KINDS = ['street', 'community', 'team', 'shop'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

export interface Scope {
  kind: ScopeKind;
  id: string;
}

/** The roles an admin grants (resident and volunteer come by themselves: signing in, registering). */
export const SCOPED_ROLES = ['admin', 'dispatcher', 'leader', 'merchant', 'helper'] as const;
export type ScopedRole = (typeof SCOPED_ROLES)[number];

/** Which scopes each role takes. */
export const ROLE_SCOPES: Readonly<Record<ScopedRole, readonly ScopeKind[]>> = {
  admin: ['street'],
  dispatcher: ['street', 'community'],
  leader: ['team'],
  merchant: ['shop'],
  helper: ['community'],
};

export const SCOPE_LABELS: Readonly<Record<ScopeKind, string>> = { street: '街道', community: '社区', team: '队伍', shop: '商户' };

/** One role held in one scope, as stored in `users.grants`. */
export interface Grant {
  role: ScopedRole;
  scope: Scope;
}

export const isScopedRole = (role: Role): role is ScopedRole => (SCOPED_ROLES as readonly string[]).includes(role);

export const sameGrant = (a: Grant, b: Grant): boolean => a.role === b.role && a.scope.kind === b.scope.kind && a.scope.id === b.scope.id;

/** May `role` take `scope`? */
export const fitsScope = (role: ScopedRole, scope: Scope): boolean => ROLE_SCOPES[role].includes(scope.kind);

/**
 * The communities a dispatcher acts for: 'all' for a street dispatcher, else the listed communities
 * (none at all when the person holds the role with no dispatcher grant: closed by default).
 */
export function dispatcherCommunities(grants: readonly Grant[]): 'all' | string[] {
  const own = grants.filter((g) => g.role === 'dispatcher');
  if (own.some((g) => g.scope.kind === 'street')) return 'all';
  return own.filter((g) => g.scope.kind === 'community').map((g) => g.scope.id);
}

/** Does a dispatcher with these grants act for wishes of `communityId`? */
export function dispatchesIn(grants: readonly Grant[], communityId: string | undefined): boolean {
  const communities = dispatcherCommunities(grants);
  return communities === 'all' || (communityId !== undefined && communities.includes(communityId));
}

/** May a 帮办员 or dispatcher with these grants file a wish for a resident of `communityId` (帮办)? */
export function filesFor(grants: readonly Grant[], communityId: string): boolean {
  return grants.some((g) => g.role === 'helper' && g.scope.id === communityId) || dispatchesIn(grants, communityId);
}
