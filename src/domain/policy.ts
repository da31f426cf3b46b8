// Who may do what, as data. Role gates for actions that are not about one wish, and the caller's
// relations to a wish for the lifecycle (see wish/machine.ts TRANSITIONS[action].by).
import type { Role } from './roles';
import type { Relation } from './wish/machine';

/** The caller as the functions load it: roles from `users`, active team memberships. */
export interface Actor {
  openid: string;
  roles: readonly Role[];
  /** teamId → 'member' | 'leader', active memberships only. */
  teams: Readonly<Record<string, 'member' | 'leader'>>;
}

/** Role-gated actions (`function.action`). Anyone signed in may call an action not listed here. */
export const ROLE_GATES: Readonly<Record<string, readonly Role[]>> = {
  'dispatch.queue': ['dispatcher'],
  'dispatch.suggest': ['dispatcher'],
  'dispatch.dispatch': ['dispatcher'],
  'dispatch.reject': ['dispatcher'],
  'volunteer.join': ['volunteer'],
};

/** Filing for someone else (帮办) is for grid workers and helpers. */
export const PROXY_FILERS: readonly Role[] = ['helper', 'dispatcher'];

export function mayCall(fnAction: string, roles: readonly Role[]): boolean {
  const gate = ROLE_GATES[fnAction];
  return !gate || gate.some((r) => roles.includes(r));
}

/** The caller's relations to one wish. */
export function relationsOf(wish: { filedBy: string; teamId?: string; claimant?: string }, actor: Actor): Relation[] {
  const out: Relation[] = [];
  if (wish.filedBy === actor.openid) out.push('owner');
  if (actor.roles.includes('dispatcher')) out.push('dispatcher');
  // own keys only: a team id like 'constructor' must not match Object.prototype
  const team = wish.teamId && Object.prototype.hasOwnProperty.call(actor.teams, wish.teamId) ? actor.teams[wish.teamId] : undefined;
  // An active membership is the relation (joining needs a registered volunteer; see volunteer.join).
  if (team) out.push('team_member');
  if (team === 'leader') out.push('team_leader');
  if (wish.claimant && wish.claimant === actor.openid) out.push('claimant');
  return out;
}

/** Reading a wish: its owner, the centre, and the team it was dispatched to. */
export function mayView(relations: readonly Relation[]): boolean {
  return relations.length > 0;
}
