// 账户与更正: the admin reads any account and its entries, and corrects an entry by reversing it
// (src/domain/bank/correction.ts) — posted through postOnce, so the floor and the idempotency key
// (`reversal:<id>`) hold as for every other entry.
import type { Account } from '../../src/domain/bank/account';
import { decideCorrection, isCorrectable } from '../../src/domain/bank/correction';
import { reversalEntryId, type AccountId, type JournalEntry } from '../../src/domain/bank/ledger';
import { fail, ok, type Result } from '../../src/domain/errors';
import { PAGE_SIZE, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { checkText } from '../_lib/content';
import { entriesById, entriesOf, getAccount } from '../_lib/collections/bank';
import { collection } from '../_lib/collections/names';
import type { Deps } from '../_lib/context';
import { getDoc, getPage } from '../_lib/db';
import { peopleNamer } from '../_lib/names';
import { postOnce } from '../_lib/post';
import type { HandlerContext } from '../_lib/router';
import { accountNamer } from './accountNames';

type R<A extends 'accounts' | 'account_entries' | 'correct'> = Promise<Result<ActionOutput<'bank', A>>>;

export function ledgerHandlers(deps: Deps) {
  const { db } = deps;
  return {
    accounts: async (input: ActionInput<'bank', 'accounts'>): R<'accounts'> => {
      // Index kind_1__id_1: one page examined.
      const page = await getPage<Account>(
        collection(db, 'accounts').where({ kind: input.kind }).orderBy('_id', 'asc'),
        input.page,
        PAGE_SIZE,
      );
      const name = await accountNamer(
        deps,
        page.items.map((a) => a._id),
        page.items,
      );
      return ok({
        ...page,
        items: page.items.map((a) => ({ accountId: a._id, kind: a.kind, name: name(a._id), balance: a.balance, minutes: a.minutes ?? 0 })),
      });
    },

    account_entries: async (input: ActionInput<'bank', 'account_entries'>): R<'account_entries'> => {
      const id = input.accountId as AccountId;
      const [account, page] = await Promise.all([getAccount(db, id), entriesOf(db, id, input.page, PAGE_SIZE)]);
      const [name, people, reversed] = await Promise.all([
        accountNamer(deps, [id], account ? [account] : []),
        peopleNamer(
          deps,
          page.items.map((e) => e.by),
        ),
        entriesById(
          db,
          page.items.map((e) => reversalEntryId(e._id)),
        ),
      ]);
      const corrected = new Set(reversed.map((r) => r.reverses));
      return ok({
        account: { accountId: id, name: name(id), balance: account?.balance ?? 0, minutes: account?.minutes ?? 0 },
        page: page.page,
        hasMore: page.hasMore,
        items: page.items.map((e) => ({
          entryId: e._id,
          kind: e.kind,
          category: e.category,
          at: new Date(e.at).toISOString(),
          memo: e.memo,
          reason: e.reason,
          byName: e.by === 'system' ? '系统' : people.name(e.by),
          points: e.lines.filter((l) => l.account === id).reduce((s, l) => s + l.points, 0),
          minutes: id.startsWith('passbook:') ? (e.minutes ?? 0) : 0,
          ...(e.reverses ? { reverses: e.reverses } : {}),
          corrected: corrected.has(e._id),
          correctable: isCorrectable(e) && !corrected.has(e._id),
        })),
      });
    },

    correct: async (input: ActionInput<'bank', 'correct'>, ctx: HandlerContext): R<'correct'> => {
      // The reason shows in the volunteer's passbook: checked like the centre's award reason.
      const checked = await checkText(deps.cloud, ctx.openid, input.reason, 1);
      if (!checked.ok) return checked;
      const original = await getDoc<JournalEntry>(db, 'journal', input.entryId);
      const decided = decideCorrection(original, { by: ctx.openid, reason: input.reason, requestId: input.requestId }, new Date());
      if (!decided.ok) return decided;
      const posted = await postOnce(db, decided.data);
      if (posted.outcome === 'below_floor') return fail('BANK.CORRECTION_BELOW_FLOOR', `${posted.account} would go below its floor`);
      if (posted.outcome === 'already_posted') {
        // The same request again (a retry) answers as the first did; another admin's second correction is refused.
        const earlier = await getDoc<JournalEntry & { requestId?: string }>(db, 'journal', decided.data._id);
        if (earlier?.requestId !== input.requestId) return fail('BANK.ALREADY_CORRECTED', 'this entry was reversed already');
        return ok({ entryId: decided.data._id, created: false });
      }
      return ok({ entryId: decided.data._id, created: true });
    },
  };
}
