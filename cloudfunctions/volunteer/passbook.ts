// 公益存折: my points balance and service time, and the journal lines that made them.
import { ok, type Result } from '../../src/domain/errors';
import { passbookOf } from '../../src/domain/bank/ledger';
import { PAGE_SIZE, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { entriesOf, getAccount } from '../_lib/collections/bank';
import type { Deps } from '../_lib/context';
import type { HandlerContext } from '../_lib/router';

export function passbookHandler({ db }: Deps) {
  return async (
    input: ActionInput<'volunteer', 'passbook'>,
    { openid }: HandlerContext,
  ): Promise<Result<ActionOutput<'volunteer', 'passbook'>>> => {
    const account = passbookOf(openid);
    const [stored, page] = await Promise.all([getAccount(db, account), entriesOf(db, account, input.page, PAGE_SIZE)]);
    return ok({
      balance: stored?.balance ?? 0,
      minutes: stored?.minutes ?? 0,
      hasMore: page.hasMore,
      entries: page.items.map((e) => ({
        id: e._id,
        at: new Date(e.at).toISOString(),
        kind: e.kind,
        points: e.lines.filter((l) => l.account === account).reduce((s, l) => s + l.points, 0),
        minutes: e.minutes ?? 0,
        memo: e.memo,
      })),
    });
  };
}
