// 赞助方与预算: sponsors' budget balances (stored, equal to the journal's) and the communities each pays
// for; an admin grants points to a budget as one balanced journal entry, once per request id.
import { fail, ok, type Result } from '../../src/domain/errors';
import { budgetGrantEntry } from '../../src/domain/bank/budget';
import { PAGE_SIZE, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { grantOnce } from '../_lib/budget';
import { getAccount, sponsorAccounts } from '../_lib/collections/bank';
import { sponsorAccount } from '../../src/domain/bank/ledger';
import { sponsorProfileOf } from '../../src/domain/bank/sponsor';
import type { Deps } from '../_lib/context';
import { logFailure } from '../_lib/log';
import { releaseWaiting } from '../_lib/queue';
import type { HandlerContext } from '../_lib/router';

type R<A extends 'sponsors' | 'grant_budget'> = Promise<Result<ActionOutput<'admin', A>>>;

export function sponsorHandlers({ db, ref }: Deps) {
  return {
    sponsors: async (input: ActionInput<'admin', 'sponsors'>): R<'sponsors'> => {
      const [page, communities] = await Promise.all([sponsorAccounts(db, input.page, PAGE_SIZE), ref.communities()]);
      return ok({
        ...page,
        items: page.items.map((a) => {
          const sponsorId = a._id.slice('sponsor:'.length);
          return {
            sponsorId,
            ...sponsorProfileOf(a),
            balance: a.balance,
            communities: communities.filter((c) => c.sponsorId === sponsorId).map((c) => ({ communityId: c._id, name: c.name })),
          };
        }),
      });
    },

    grant_budget: async (input: ActionInput<'admin', 'grant_budget'>, ctx: HandlerContext): R<'grant_budget'> => {
      const entry = budgetGrantEntry({ ...input, by: ctx.openid }, new Date());
      const done = await grantOnce(db, entry);
      if (done.outcome === 'no_sponsor') return fail('SPONSOR.NOT_FOUND', 'no such sponsor');
      // The new budget pays the credits waiting for it, oldest first (a repeat finds the queue as it left it).
      // A failure there must not hide the grant, which stands: the hourly timer pays the queue then.
      const released = await releaseWaiting(db, input.sponsorId, new Date()).catch((err: unknown) => {
        logFailure('admin', 'grant:queue', err);
        return { paid: 0 };
      });
      const balance = released.paid > 0 ? ((await getAccount(db, sponsorAccount(input.sponsorId)))?.balance ?? 0) : done.balance;
      return ok({ entryId: entry._id, balance, created: done.outcome === 'granted', released: released.paid });
    },
  };
}
