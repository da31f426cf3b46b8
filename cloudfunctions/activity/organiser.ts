// Who organises an activity: whoever published it, a dispatcher whose grants cover its community, the
// active leader of its team (activityRelationsOf). Read lazily: the caller's grants, then one membership.
import type { Activity, ActivityRelation } from '../../src/domain/activity/activity';
import { activityRelationsOf } from '../../src/domain/activity/lifecycle';
import { dispatcherCommunities, dispatchesIn, type Grant } from '../../src/domain/org/grants';
import { activeMembership, membershipsOf } from '../_lib/collections/memberships';
import type { Deps } from '../_lib/context';
import type { HandlerContext } from '../_lib/router';

const grantsOf = async (deps: Deps, ctx: HandlerContext): Promise<readonly Grant[]> => ctx.grants ?? (await deps.access(ctx.openid)).grants;

/** The caller's relations to one activity. */
export async function relationsTo(deps: Deps, a: Activity, ctx: HandlerContext): Promise<ActivityRelation[]> {
  if (a.organiser === ctx.openid) return ['organiser', 'volunteer'];
  const grants = await grantsOf(deps, ctx);
  const leads = a.teamId && (await activeMembership(deps.db, a.teamId, ctx.openid))?.role === 'leader' ? [a.teamId] : [];
  return activityRelationsOf(a, ctx.openid, { dispatchesIn: (c) => dispatchesIn(grants, c), leads });
}

/** What the caller may organise: the dispatcher's communities ('all' for the street) and the teams they lead. */
export async function organisingScope(deps: Deps, ctx: HandlerContext): Promise<{ communities: 'all' | string[]; teams: string[] }> {
  const [grants, memberships] = await Promise.all([grantsOf(deps, ctx), membershipsOf(deps.db, ctx.openid, ['active'])]);
  return { communities: dispatcherCommunities(grants), teams: memberships.filter((m) => m.role === 'leader').map((m) => m.teamId) };
}

/** Is the caller an organiser of activities like `a` (for a list's `organising` flag), without more reads? */
export const organises = (scope: { communities: 'all' | string[]; teams: string[] }, a: Activity, openid: string) =>
  a.organiser === openid ||
  scope.communities === 'all' ||
  scope.communities.includes(a.communityId) ||
  (!!a.teamId && scope.teams.includes(a.teamId));
