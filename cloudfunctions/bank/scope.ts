// Where a reviewer reads: an admin the whole street (one deployment = one street office), a street
// dispatcher every community, a community dispatcher their own. A community asked for outside it reads
// as missing (COMMUNITY.NOT_FOUND), as an unknown one.
import { dispatcherCommunities } from '../../src/domain/org/grants';
import type { HandlerContext } from '../_lib/router';

export type ReviewScope = { communities: 'all' | string[]; street: boolean };

/** The communities to read, or undefined when `communityId` is outside the caller's scope. */
export function reviewScope(ctx: HandlerContext, communityId: string | undefined, known: ReadonlySet<string>): ReviewScope | undefined {
  const own = ctx.roles?.includes('admin') ? 'all' : dispatcherCommunities(ctx.grants ?? []);
  if (communityId === undefined) return { communities: own, street: own === 'all' };
  if (!known.has(communityId) || (own !== 'all' && !own.includes(communityId))) return undefined;
  return { communities: [communityId], street: false };
}

export const inReview = (scope: ReviewScope, communityId: string | undefined) =>
  scope.communities === 'all' || (communityId !== undefined && scope.communities.includes(communityId));
