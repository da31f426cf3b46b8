// How the caller stands to a visit order: its named volunteer, or an active member of its team.
import { visitRelationsOf, type VisitRelation } from '../../src/domain/visit/lifecycle';
import type { VisitOrder } from '../../src/domain/visit/order';
import { activeMembership } from '../_lib/collections/memberships';
import type { Deps } from '../_lib/context';

/** One membership read, only for a pool order. */
export async function relationsTo(deps: Deps, order: VisitOrder, openid: string): Promise<VisitRelation[]> {
  const inTeam = order.teamId && (await activeMembership(deps.db, order.teamId, openid)) ? [order.teamId] : [];
  return visitRelationsOf(order, openid, inTeam);
}
