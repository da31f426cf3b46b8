// 公益存折: my points balance and service time, and the journal lines that made them, each with its
// category and the balance after it (the newest entry's is the stored balance; earlier pages subtract
// the entries above them: page p reads 20·p entries' lines more, ⌈20p/1000⌉ requests), and my credits
// waiting for their sponsor's budget (等待预算: how many, how many points; one request).
import { ok, type Result } from '../../src/domain/errors';
import { CATEGORY_OF, passbookOf } from '../../src/domain/bank/ledger';
import { pointsOn, runningBalances } from '../../src/domain/bank/statement';
import { PAGE_SIZE, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { entriesOf, getAccount } from '../_lib/collections/bank';
import { newestPoints } from '../_lib/collections/recognition';
import { waitingForVolunteer } from '../_lib/collections/waiting';
import type { Deps } from '../_lib/context';
import type { HandlerContext } from '../_lib/router';

export function passbookHandler({ db }: Deps) {
  return async (
    input: ActionInput<'volunteer', 'passbook'>,
    { openid }: HandlerContext,
  ): Promise<Result<ActionOutput<'volunteer', 'passbook'>>> => {
    const account = passbookOf(openid);
    const [stored, page, newer, waiting] = await Promise.all([
      getAccount(db, account),
      entriesOf(db, account, input.page, PAGE_SIZE),
      newestPoints(db, account, input.page * PAGE_SIZE),
      waitingForVolunteer(db, openid),
    ]);
    const balance = stored?.balance ?? 0;
    const points = page.items.map((e) => pointsOn(e, account));
    const after = runningBalances(
      points.map((p) => ({ points: p })),
      balance,
      newer,
    );
    return ok({
      balance,
      minutes: stored?.minutes ?? 0,
      hasMore: page.hasMore,
      entries: page.items.map((e, i) => ({
        id: e._id,
        at: new Date(e.at).toISOString(),
        kind: e.kind,
        points: points[i]!,
        minutes: e.minutes ?? 0,
        memo: e.memo,
        category: e.category ?? CATEGORY_OF[e.kind],
        balance: after[i]!,
      })),
      waiting: { count: waiting.length, points: waiting.reduce((sum, w) => sum + w.points, 0) },
    });
  };
}
