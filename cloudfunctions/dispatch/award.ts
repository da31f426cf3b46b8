// 补记积分: the centre pays a sent-back service (重办) after all, once per served attempt: a repeat
// pays nothing more (the journal entry's _id is the idempotency key). The router lets only dispatchers in.
import { decideAward } from '../../src/domain/bank/award';
import { fail, ok, type Result } from '../../src/domain/errors';
import { noticeData } from '../../src/domain/notify';
import type { ActionInput, ActionOutput } from '../../src/domain/schemas';
import { checkText } from '../_lib/content';
import type { Deps } from '../_lib/context';
import { bookOnce } from '../_lib/entries';
import { notify } from '../_lib/notify';
import type { HandlerContext } from '../_lib/router';
import { loadCentreWish } from '../_lib/wishes';

export function awardHandler({ cloud, db }: Deps) {
  return async (input: ActionInput<'dispatch', 'award'>, ctx: HandlerContext): Promise<Result<ActionOutput<'dispatch', 'award'>>> => {
    const loaded = await loadCentreWish(db, ctx, input.wishId);
    if (!loaded.ok) return loaded;
    const decided = decideAward(loaded.data, ctx.openid, input.points, input.reason, new Date());
    if (!decided.ok) return decided;
    // The reason is shown to the volunteer in the passbook.
    const checked = await checkText(cloud, ctx.openid, input.reason, 1);
    if (!checked.ok) return checked;
    const entry = decided.data;
    const volunteer = entry.lines.find((l) => l.points > 0)!.account.slice('passbook:'.length);
    const outcome = await bookOnce(db, entry);
    if (outcome === 'budget_exhausted') return fail('AWARD.BUDGET_EXHAUSTED', 'the sponsor budget is exhausted');
    if (outcome === 'booked') {
      const data = noticeData('points_credited', loaded.data, { points: input.points });
      await notify(cloud, 'dispatch', volunteer, 'points_credited', data, 'volunteer/pages/passbook/index');
    }
    return ok({ entryId: entry._id, points: input.points, created: outcome === 'booked' });
  };
}
