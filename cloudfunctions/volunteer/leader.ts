// The leader's view of the team: its open orders and who holds each, and the lasting record of
// assignments (who assigned what to whom, when). Names only, never OPENIDs.
import { fail, ok, type Result } from '../../src/domain/errors';
import { PAGE_SIZE, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { viewOf } from '../../src/domain/wish/view';
import { assignmentsOf } from '../_lib/collections/assignments';
import { activeMembership } from '../_lib/collections/memberships';
import { volunteersByIds } from '../_lib/collections/volunteers';
import { minutesToConfirm, openOfTeam } from '../_lib/collections/wishes';
import type { Deps } from '../_lib/context';
import type { HandlerContext } from '../_lib/router';

export function leaderHandler({ db }: Deps) {
  return async (
    input: ActionInput<'volunteer', 'team_orders'>,
    { openid }: HandlerContext,
  ): Promise<Result<ActionOutput<'volunteer', 'team_orders'>>> => {
    const mine = await activeMembership(db, input.teamId, openid);
    if (mine?.role !== 'leader') return fail('AUTH.FORBIDDEN', 'leaders only');
    // Page 0 also brings the record of assignments and the minutes waiting for this leader.
    const first = input.page === 0;
    const [orders, assignments, waiting] = await Promise.all([
      openOfTeam(db, input.teamId, input.page, PAGE_SIZE),
      first ? assignmentsOf(db, input.teamId, 0, PAGE_SIZE) : { items: [] },
      first ? minutesToConfirm(db, input.teamId, PAGE_SIZE) : { items: [] },
    ]);
    const ids = new Set<string>();
    for (const w of [...orders.items, ...waiting.items]) if (w.claimant) ids.add(w.claimant);
    for (const a of assignments.items) ids.add(a.by).add(a.to);
    const people = ids.size ? await volunteersByIds(db, [...ids]) : [];
    const nameOf = (id: string) => people.find((p) => p._id === id)?.name ?? '队员';
    const withHolder = (w: (typeof orders.items)[number]) => ({
      wish: viewOf(w, openid, ['member', 'leader']),
      ...(w.claimant ? { holder: nameOf(w.claimant) } : {}),
    });
    return ok({
      page: orders.page,
      hasMore: orders.hasMore,
      // The leader is a member of the wish's team: the resident's contact stays masked (viewOf).
      items: orders.items.map(withHolder),
      toConfirm: waiting.items.map(withHolder),
      assignments: assignments.items.map((a) => ({
        wishId: a.wishId,
        category: a.category,
        by: nameOf(a.by),
        to: nameOf(a.to),
        at: new Date(a.at).toISOString(),
      })),
    });
  };
}
