// 我的: the services I completed, newest first, each with its rating, the points it paid me, or the
// reason it was sent back (重办), or that its credit waits for budget (等待预算). One page of wishes, then
// one read of the journal entries they name (and of my waiting credits when one is unpaid).
import { ok, type Result } from '../../src/domain/errors';
import { passbookOf } from '../../src/domain/bank/ledger';
import { PAGE_SIZE, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { servedOutcome } from '../../src/domain/wish/served';
import { viewOf } from '../../src/domain/wish/view';
import { entriesById } from '../_lib/collections/bank';
import { waitingForVolunteer } from '../_lib/collections/waiting';
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
    // Served but not paid: its credit may wait for budget (等待预算; one more request, only then).
    const unpaid = served.some((s) => s.served.outcome === 'waiting');
    const [entries, waiting] = await Promise.all([
      entriesById(
        db,
        served.flatMap((s) => (s.served.entryId ? [s.served.entryId] : [])),
      ),
      unpaid ? waitingForVolunteer(db, openid) : Promise.resolve([]),
    ]);
    const waits = new Set(waiting.map((w) => w._id));
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
        ...(s.outcome === 'waiting' && waits.has(wish._id) ? { waitingBudget: true as const } : {}),
      })),
    });
  };
}
