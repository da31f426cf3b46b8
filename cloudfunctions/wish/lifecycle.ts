// The resident's transitions: cancel before a claim; rate a completed service (≤2 stars reopens it
// for another team; otherwise the volunteer is paid and the wish closes, in one transaction).
import { ok, type Result } from '../../src/domain/errors';
import type { Wish } from '../../src/domain/wish/wish';
import { noticeData } from '../../src/domain/notify';
import type { ActionInput, ActionOutput } from '../../src/domain/schemas';
import type { Deps } from '../_lib/context';
import { creditAndClose } from '../_lib/credit';
import { bookHours } from '../_lib/hours';
import { logFailure } from '../_lib/log';
import { notify, notifyCentre } from '../_lib/notify';
import type { HandlerContext } from '../_lib/router';
import { actOnWish, loadWish } from '../_lib/wishes';

export function lifecycleHandlers(deps: Deps) {
  const { cloud, db } = deps;
  /**
   * 重办: the volunteer who served it keeps the hours (a zero-point journal entry, once per attempt) and
   * is told why. Both are courtesies after the rating stands: a failure is logged, never answered.
   */
  const sentBack = async (wish: Wish, reason: string | undefined) => {
    if (!wish.claimant) return;
    // A failure leaves `hoursPending` on the wish: the hourly timer books them.
    await bookHours(db, wish._id, new Date()).catch((err: unknown) => logFailure('wish', 'rate:hours', err));
    await notify(
      cloud,
      'wish',
      wish.claimant,
      'order_sent_back',
      noticeData('order_sent_back', wish, { reason }),
      `volunteer/pages/order/index?wishId=${wish._id}`,
    );
  };
  return {
    cancel: async (input: ActionInput<'wish', 'cancel'>, ctx: HandlerContext): Promise<Result<ActionOutput<'wish', 'cancel'>>> => {
      const loaded = await loadWish(db, input.wishId);
      // The reason is shown to the team and the centre in the timeline.
      return loaded.ok ? actOnWish(deps, ctx, loaded.data, 'cancel', { note: input.reason }, input.reason) : loaded;
    },

    rate: async (input: ActionInput<'wish', 'rate'>, ctx: HandlerContext): Promise<Result<ActionOutput<'wish', 'rate'>>> => {
      const loaded = await loadWish(db, input.wishId);
      if (!loaded.ok) return loaded;
      const wish = loaded.data;
      const rated = await actOnWish(deps, ctx, wish, 'rate', { stars: input.stars, comment: input.comment }, input.comment);
      if (!rated.ok) return rated;
      if (rated.data.status === 'reopened') {
        // ≤2★ sends it back to the centre for another team: tell the dispatchers and the volunteer.
        await Promise.all([notifyCentre(cloud, deps.ref, 'wish', wish, 'rating'), sentBack(wish, input.comment)]);
        return ok({ ...rated.data, credited: false });
      }
      // A credit that fails (contention on the sponsor's budget, a store error) leaves the wish `rated`:
      // the rating stands, and the hourly timer pays it.
      const now = new Date();
      const credit = await creditAndClose(db, wish._id, now).catch((err: unknown) => {
        logFailure('wish', 'rate:credit', err);
        return { outcome: 'not_closable' as const, entry: undefined };
      });
      if (credit.outcome === 'credited' && credit.entry) {
        const points = credit.entry.lines.find((l) => l.points > 0)?.points ?? 0;
        await notify(
          cloud,
          'wish',
          wish.claimant,
          'points_credited',
          noticeData('points_credited', wish, { points }),
          'volunteer/pages/passbook/index',
        );
        return ok({ wishId: wish._id, status: 'closed', version: rated.data.version + 1, credited: true });
      }
      // Budget exhausted or a failure mid-way: the wish stays `rated` and the hourly timer retries.
      return ok({ ...rated.data, credited: false });
    },
  };
}
