// 资金账 (fen): the funds' balances, the money book's entries, and an admin's top-up of a community's
// fund (with a reason; idempotent by its requestId). Kept apart from the points ledger.
import type { DB } from 'wx-server-sdk';
import { fail, ok, type Result } from '../../src/domain/errors';
import { fundAccount, fundTopup, MONEY_KIND_LABELS, type MoneyEntry } from '../../src/domain/money/book';
import { PAGE_SIZE, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { collection } from '../_lib/collections/names';
import type { Deps } from '../_lib/context';
import { getAll, getDoc, getPage } from '../_lib/db';
import { postMoney, repairsToSettle, type MoneyAccount } from '../_lib/collections/money';
import { peopleNamer } from '../_lib/names';
import type { HandlerContext } from '../_lib/router';

type R<K extends 'money_book' | 'fund_topup'> = Promise<Result<ActionOutput<'bank', K>>>;

/** Newest first: every entry (index at_-1) or one community's (communityId_1_at_-1). */
const entriesPage = (db: DB.Database, communityId: string | undefined, page: number) =>
  getPage<MoneyEntry>(
    (communityId ? collection(db, 'moneyJournal').where({ communityId }) : collection(db, 'moneyJournal')).orderBy('at', 'desc'),
    page,
    PAGE_SIZE,
  );

export function moneyHandlers(deps: Deps) {
  const { db, ref } = deps;
  return {
    money_book: async (input: ActionInput<'bank', 'money_book'>): R<'money_book'> => {
      const [funds, entries, waiting] = await Promise.all([
        getAll<MoneyAccount>(collection(db, 'moneyAccounts').where({ kind: 'fund' }).orderBy('_id', 'asc')),
        entriesPage(db, input.communityId, input.page),
        repairsToSettle(db, 0, 100),
      ]);
      const names = await peopleNamer(
        deps,
        entries.items.map((e) => e.by).filter((by) => by !== 'system'),
      );
      return ok({
        funds: await Promise.all(
          funds.map(async (f) => ({
            communityId: f.owner,
            communityName: (await ref.community(f.owner))?.name ?? f.owner,
            balanceFen: f.balanceFen,
          })),
        ),
        waiting: waiting.items.length,
        entries: {
          ...entries,
          items: entries.items.map((e) => ({
            id: e._id,
            kind: e.kind,
            kindLabel: MONEY_KIND_LABELS[e.kind],
            at: new Date(e.at).toISOString(),
            communityId: e.communityId,
            lines: e.lines,
            byName: e.by === 'system' ? '系统' : names.name(e.by),
            reason: e.reason,
          })),
        },
      });
    },

    fund_topup: async (input: ActionInput<'bank', 'fund_topup'>, ctx: HandlerContext): R<'fund_topup'> => {
      if (!(await ref.community(input.communityId))) return fail('COMMUNITY.NOT_FOUND', 'no such community');
      const entry = fundTopup(
        { requestId: input.requestId, communityId: input.communityId, fen: input.fen, by: ctx.openid, reason: input.reason },
        new Date(),
      );
      await postMoney(db, entry);
      const fund = await getDoc<MoneyAccount>(db, 'moneyAccounts', fundAccount(input.communityId));
      return ok({ entryId: entry._id, balanceFen: fund?.balanceFen ?? 0 });
    },
  };
}
