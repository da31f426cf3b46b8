// The resident's transitions: cancel before a claim; rate a completed service (≤2 stars reopens it
// for another team; otherwise the volunteer is paid and the wish closes, in one transaction).
import { fail, ok, type Result } from '../../src/domain/errors';
import { noticeData } from '../../src/domain/notify';
import type { ActionInput, ActionOutput } from '../../src/domain/schemas';
import { checkText } from '../_lib/content';
import type { Deps } from '../_lib/context';
import { creditAndClose } from '../_lib/credit';
import { logFailure } from '../_lib/log';
import { notify } from '../_lib/notify';
import { loadWish, transition } from '../_lib/wishes';

type Ctx = { openid: string };

export function lifecycleHandlers({ cloud, db }: Deps) {
  const _ = db.command;
  return {
    cancel: async (input: ActionInput<'wish', 'cancel'>, { openid }: Ctx): Promise<Result<ActionOutput<'wish', 'cancel'>>> => {
      const loaded = await loadWish(db, input.wishId);
      if (!loaded.ok) return loaded;
      const owner = loaded.data.filedBy === openid;
      // The reason is shown to the team and the centre in the timeline.
      if (owner && input.reason) {
        const checked = await checkText(cloud, openid, input.reason, 1);
        if (!checked.ok) return checked;
      }
      return transition(db, loaded.data, 'cancel', { openid, relations: owner ? ['owner'] : [] }, new Date(), { note: input.reason });
    },

    rate: async (input: ActionInput<'wish', 'rate'>, { openid }: Ctx): Promise<Result<ActionOutput<'wish', 'rate'>>> => {
      const now = new Date();
      const loaded = await loadWish(db, input.wishId);
      if (!loaded.ok) return loaded;
      const wish = loaded.data;
      const relations = wish.filedBy === openid ? (['owner'] as const) : ([] as const);
      if (wish.rating && relations.length) return fail('WISH.ALREADY_RATED', 'rated already');
      if (input.comment && relations.length) {
        const checked = await checkText(cloud, openid, input.comment, 2);
        if (!checked.ok) return checked;
      }
      const rating = { stars: input.stars, ...(input.comment ? { comment: input.comment } : {}), at: now };
      const rated = await transition(db, wish, 'rate', { openid, relations }, now, {
        stars: input.stars,
        patch: (to) =>
          to === 'reopened'
            ? // 重办: back to the centre, and never to the same team again
              { rating, excludedTeamIds: _.push([wish.teamId]), teamId: _.remove(), claimant: _.remove(), claimedAt: _.remove() }
            : { rating },
      });
      if (!rated.ok || rated.data.status === 'reopened') return rated.ok ? ok({ ...rated.data, credited: false }) : rated;
      // A credit that fails (contention on the sponsor's budget, a store error) leaves the wish `rated`:
      // the rating stands, and the hourly timer pays it.
      const credit = await creditAndClose(db, wish._id, now).catch((err: unknown) => {
        logFailure('wish', 'rate:credit', err);
        return { outcome: 'not_closable' as const, entry: undefined };
      });
      if (credit.outcome === 'credited' && credit.entry) {
        const points = credit.entry.lines.find((l) => l.points > 0)?.points ?? 0;
        await notify(cloud, 'wish', wish.claimant, 'points_credited', noticeData('points_credited', wish, { points }), 'volunteer/pages/passbook/index');
        return ok({ wishId: wish._id, status: 'closed', version: rated.data.version + 1, credited: true });
      }
      // Budget exhausted or a failure mid-way: the wish stays `rated` and the hourly timer retries.
      return ok({ ...rated.data, credited: false });
    },
  };
}
