// 我的: the services I completed, newest first, each with its rating, the points it paid me, or the
// reason it was sent back (重办). One page of wishes, then one read of the journal entries they name.
import { ok, type Result } from '../../src/domain/errors';
import { passbookOf } from '../../src/domain/bank/ledger';
import { PAGE_SIZE, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { servedOutcome } from '../../src/domain/wish/served';
import { viewOf } from '../../src/domain/wish/view';
import { entriesById } from '../_lib/collections/bank';
import { servedBy } from '../_lib/collections/wishes';
import type { Deps } from '../_lib/context';
import type { HandlerContext } from '../_lib/router';

export function historyHandler({ db }: Deps) {
  return async (
    input: ActionInput<'volunteer', 'history'>,
    { openid }: HandlerContext,
  ): Promise<Result<ActionOutput<'volunteer', 'history'>>> => {
    const page = await servedBy(db, openid, input.page, PAGE_SIZE);
    const served = page.items.map((w) => ({ wish: w, served: servedOutcome(w, openid) }));
    const entries = await entriesById(
      db,
      served.flatMap((s) => (s.served.entryId ? [s.served.entryId] : [])),
    );
    const mine = passbookOf(openid);
    const pointsOf = (id?: string) =>
      entries.find((e) => e._id === id)?.lines.reduce((sum, l) => sum + (l.account === mine ? l.points : 0), 0) ?? 0;
    return ok({
      page: page.page,
      hasMore: page.hasMore,
      items: served.map(({ wish, served: s }) => ({
        // A past service needs no contact: the resident's name and phone stay masked here.
        wish: viewOf(wish, openid, []),
        outcome: s.outcome,
        ...(s.stars ? { stars: s.stars } : {}),
        ...(s.reason ? { reason: s.reason } : {}),
        minutes: s.minutes,
        points: pointsOf(s.entryId),
      })),
    });
  };
}
