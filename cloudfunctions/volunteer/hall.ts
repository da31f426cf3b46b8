// 接单大厅: orders dispatched to my teams, waiting for a claim; and the orders I hold.
import { ok, type Result } from '../../src/domain/errors';
import { relationsOf, type Actor } from '../../src/domain/policy';
import { PAGE_SIZE, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { viewOf } from '../../src/domain/wish/view';
import type { Wish } from '../../src/domain/wish/wish';
import { membershipsOf } from '../_lib/collections/memberships';
import { heldBy, openForTeams } from '../_lib/collections/wishes';
import type { Deps } from '../_lib/context';
import type { HandlerContext } from '../_lib/router';

export function hallHandler({ db, ref }: Deps) {
  // The place's names come from the cached reference data: no request per order.
  const viewAll = (items: Wish[], openid: string, actor: Actor) =>
    Promise.all(items.map(async (w) => viewOf(w, openid, relationsOf(w, actor), { place: await ref.place(w.buildingId) })));
  return async (
    input: ActionInput<'volunteer', 'hall'>,
    { openid }: HandlerContext,
  ): Promise<Result<ActionOutput<'volunteer', 'hall'>>> => {
    if (input.tab === 'mine') {
      const page = await heldBy(db, openid, input.page, PAGE_SIZE);
      const actor: Actor = { openid, roles: [], teams: {} };
      return ok({ ...page, items: await viewAll(page.items, openid, actor) });
    }
    // A pending applicant is not a member: only active memberships open the hall.
    const memberships = await membershipsOf(db, openid, ['active']);
    if (memberships.length === 0) return ok({ items: [], page: input.page, hasMore: false });
    const actor: Actor = { openid, roles: [], teams: Object.fromEntries(memberships.map((m) => [m.teamId, m.role])) };
    const page = await openForTeams(db, Object.keys(actor.teams), input.page, PAGE_SIZE);
    // Before a claim the resident's name, phone and room are masked (viewOf: team members only).
    return ok({ ...page, items: await viewAll(page.items, openid, actor) });
  };
}
