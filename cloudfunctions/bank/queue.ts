// 等待预算: credits waiting for their sponsor's budget, oldest first, with the budget they wait on.
// The admin grants budget (admin.grant_budget), which pays them in order.
import type { Account } from '../../src/domain/bank/account';
import { sponsorAccount } from '../../src/domain/bank/ledger';
import { ok, type Result } from '../../src/domain/errors';
import { PAGE_SIZE, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { allWaiting, waitingOf } from '../_lib/collections/waiting';
import { collection } from '../_lib/collections/names';
import type { Deps } from '../_lib/context';
import { peopleNamer } from '../_lib/names';

export function queueHandlers(deps: Deps) {
  const { db } = deps;
  return {
    waiting_credits: async (input: ActionInput<'bank', 'waiting_credits'>): Promise<Result<ActionOutput<'bank', 'waiting_credits'>>> => {
      const page = input.sponsorId
        ? await waitingOf(db, input.sponsorId, input.page, PAGE_SIZE)
        : await allWaiting(db, input.page, PAGE_SIZE);
      const sponsorIds = [...new Set(page.items.map((w) => sponsorAccount(w.sponsorId)))];
      const [people, sponsors] = await Promise.all([
        peopleNamer(
          deps,
          page.items.map((w) => w.volunteer),
        ),
        sponsorIds.length
          ? (collection(db, 'accounts')
              .where({ _id: db.command.in(sponsorIds) })
              .get() as unknown as Promise<{ data: Account[] }>)
          : Promise.resolve({ data: [] as Account[] }),
      ]);
      const byId = new Map(sponsors.data.map((a) => [a._id, a]));
      return ok({
        ...page,
        items: page.items.map((w) => {
          const a = byId.get(sponsorAccount(w.sponsorId));
          return {
            wishId: w._id,
            sponsorId: w.sponsorId,
            sponsorName: a?.name ?? w.sponsorId,
            balance: a?.balance ?? 0,
            points: w.points,
            category: w.category,
            volunteerName: people.name(w.volunteer),
            since: new Date(w.since).toISOString(),
          };
        }),
      });
    },
  };
}
