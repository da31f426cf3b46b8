// 公益存折: my points balance and service time, and the journal lines that made them.
import { ok, type Result } from '../../src/domain/errors';
import { passbookOf, type JournalEntry } from '../../src/domain/bank/ledger';
import { PAGE_SIZE, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import type { Deps } from '../_lib/context';
import { getDoc, getPage } from '../_lib/db';

export function passbookHandler({ db }: Deps) {
  return async (input: ActionInput<'volunteer', 'passbook'>, { openid }: { openid: string }): Promise<Result<ActionOutput<'volunteer', 'passbook'>>> => {
    const account = passbookOf(openid);
    const [stored, page] = await Promise.all([
      getDoc<{ balance: number; minutes: number }>(db, 'accounts', account),
      getPage<JournalEntry>(db.collection('journal').where({ accounts: account }).orderBy('at', 'desc'), input.page, PAGE_SIZE),
    ]);
    return ok({
      balance: stored?.balance ?? 0,
      minutes: stored?.minutes ?? 0,
      hasMore: page.hasMore,
      entries: page.items.map((e) => ({
        id: e._id,
        at: new Date(e.at).toISOString(),
        points: e.lines.filter((l) => l.account === account).reduce((s, l) => s + l.points, 0),
        minutes: e.minutes ?? 0,
        memo: e.memo,
      })),
    });
  };
}
