// 接单大厅: orders dispatched to my teams, waiting for a claim; and the orders I hold.
import { ok, type Result } from '../../src/domain/errors';
import { relationsOf, type Actor } from '../../src/domain/policy';
import { PAGE_SIZE, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { viewOf } from '../../src/domain/wish/view';
import type { Wish } from '../../src/domain/wish/wish';
import type { Membership } from '../_lib/actor';
import type { Deps } from '../_lib/context';
import { getAll, getPage } from '../_lib/db';

export function hallHandler({ db }: Deps) {
  const _ = db.command;
  return async (input: ActionInput<'volunteer', 'hall'>, { openid }: { openid: string }): Promise<Result<ActionOutput<'volunteer', 'hall'>>> => {
    if (input.tab === 'mine') {
      const page = await getPage<Wish>(db.collection('wishes').where({ claimant: openid, status: _.in(['claimed', 'in_service']) }).orderBy('dueAt', 'asc'), input.page, PAGE_SIZE);
      const actor: Actor = { openid, roles: [], teams: {} };
      return ok({ ...page, items: page.items.map((w) => viewOf(w, openid, relationsOf(w, actor))) });
    }
    const memberships = await getAll<Membership>(db.collection('memberships').where({ openid, status: 'active' }));
    if (memberships.length === 0) return ok({ items: [], page: input.page, hasMore: false });
    const actor: Actor = { openid, roles: [], teams: Object.fromEntries(memberships.map((m) => [m.teamId, m.role])) };
    const page = await getPage<Wish>(
      db.collection('wishes').where({ teamId: _.in(Object.keys(actor.teams)), status: 'dispatched' }).orderBy('dueAt', 'asc'),
      input.page,
      PAGE_SIZE,
    );
    // Before a claim the resident's name and phone are masked (viewOf: team members only).
    return ok({ ...page, items: page.items.map((w) => viewOf(w, openid, relationsOf(w, actor))) });
  };
}
