// What a person holds: role names (`users.roles`, read by the gates) and scoped grants (`users.grants`).
// Adding and removing a grant keeps the two consistent: a scoped role's name stays while any grant of
// it remains. Pure: the function writes what these answer.
import { fail, ok, type Result } from '../errors';
import type { Role } from '../roles';
import { sameGrant, type Grant, type Scope, type ScopedRole } from './grants';

export interface Holdings {
  roles: Role[];
  grants: Grant[];
}

/** The holdings with `grant` added (a new user starts as a resident). Adding one held already changes nothing. */
export function withGrant(h: Holdings | null, grant: Grant): Holdings {
  const roles = h ? [...h.roles] : ['resident' as Role];
  const grants = h ? [...h.grants] : [];
  if (!roles.includes(grant.role)) roles.push(grant.role);
  if (!grants.some((g) => sameGrant(g, grant))) grants.push({ role: grant.role, scope: { kind: grant.scope.kind, id: grant.scope.id } });
  return { roles, grants };
}

/**
 * The holdings without one grant. Without a scope, removes a role held by name alone (given before
 * roles had scopes); a role with grants needs the scope named. GRANT.NOT_FOUND when nothing matches.
 */
export function withoutGrant(h: Holdings, role: ScopedRole, scope?: Scope): Result<Holdings> {
  const own = h.grants.filter((g) => g.role === role);
  if (scope) {
    const target: Grant = { role, scope };
    if (!own.some((g) => sameGrant(g, target))) return fail('GRANT.NOT_FOUND', 'no such grant');
    const grants = h.grants.filter((g) => !sameGrant(g, target));
    const stillHeld = grants.some((g) => g.role === role);
    return ok({ roles: stillHeld ? [...h.roles] : h.roles.filter((r) => r !== role), grants });
  }
  if (own.length > 0 || !h.roles.includes(role)) return fail('GRANT.NOT_FOUND', 'name the scope of this grant');
  return ok({ roles: h.roles.filter((r) => r !== role), grants: [...h.grants] });
}

/** Does anyone but `openid` still hold the admin role? (The last admin cannot remove themselves.) */
export const isLastAdmin = (adminIds: readonly string[], openid: string): boolean => adminIds.every((id) => id === openid);
