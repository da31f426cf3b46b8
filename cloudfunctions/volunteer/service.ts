// 志愿者接单 and service: claim (first claim wins), a leader's assign and return, release,
// plan the visit (约定上门), check in on arrival, complete with what was done and how long. The domain's table decides each one.
import { fail, type Result } from '../../src/domain/errors';
import { noticeData } from '../../src/domain/notify';
import type { ActionInput, ActionOutput } from '../../src/domain/schemas';
import { wallClaimRefusal } from '../../src/domain/wish/wall';
import type { Wish } from '../../src/domain/wish/wish';
import { recordAssignment } from '../_lib/collections/assignments';
import { getMembership } from '../_lib/collections/memberships';
import { getVolunteer } from '../_lib/collections/volunteers';
import type { Deps } from '../_lib/context';
import { creditAndClose } from '../_lib/credit';
import { logFailure } from '../_lib/log';
import { notify, notifyCentre } from '../_lib/notify';
import type { HandlerContext } from '../_lib/router';
import { actOnWish, loadWish } from '../_lib/wishes';

type Done = Result<ActionOutput<'volunteer', 'claim'>>;
const detailPage = (w: Wish) => `pages/wish/detail/index?id=${w._id}`;

export function serviceHandlers(deps: Deps) {
  const { cloud, db } = deps;
  const onWish = async (wishId: string, act: (wish: Wish) => Promise<Done>): Promise<Done> => {
    const loaded = await loadWish(db, wishId);
    return loaded.ok ? act(loaded.data) : loaded;
  };

  return {
    claim: (input: ActionInput<'volunteer', 'claim'>, ctx: HandlerContext) =>
      onWish(input.wishId, async (wish) => {
        const done = await actOnWish(deps, ctx, wish, 'claim');
        // A wall wish says why it cannot be claimed (not registered, another community); read on refusal only.
        if (!done.ok && done.error.code === 'WISH.NOT_FOUND' && wish.wall) {
          const code = wallClaimRefusal(wish, (await getVolunteer(db, ctx.openid))?.communityId);
          if (code) return fail(code, 'only a registered volunteer of its community claims from the wall');
        }
        if (done.ok) await notify(cloud, 'volunteer', wish.filedBy, 'wish_claimed', noticeData('wish_claimed', wish), detailPage(wish));
        return done;
      }),

    assign: async (input: ActionInput<'volunteer', 'assign'>, ctx: HandlerContext): Promise<Done> => {
      const [loaded, target] = await Promise.all([loadWish(db, input.wishId), getMembership(db, input.membershipId)]);
      if (!loaded.ok) return loaded;
      const wish = loaded.data;
      const done = await actOnWish(deps, ctx, wish, 'assign', { target: target ?? undefined });
      if (done.ok && target) {
        // The lasting record for the leader (the wish's own history names roles only).
        const record = { teamId: target.teamId, wishId: wish._id, category: wish.category, by: ctx.openid, to: target.openid };
        await Promise.all([
          recordAssignment(db, { _id: `${wish._id}_${wish.version}`, ...record, at: new Date() }),
          notify(
            cloud,
            'volunteer',
            target.openid,
            'order_assigned',
            noticeData('order_assigned', wish),
            `volunteer/pages/order/index?wishId=${wish._id}`,
          ),
          notify(cloud, 'volunteer', wish.filedBy, 'wish_claimed', noticeData('wish_claimed', wish), detailPage(wish)),
        ]);
      }
      return done;
    },

    release: (input: ActionInput<'volunteer', 'release'>, ctx: HandlerContext) =>
      onWish(input.wishId, (wish) => actOnWish(deps, ctx, wish, 'release')),

    // The reason goes to the centre and into the resident's timeline; the dispatchers are told.
    return: (input: ActionInput<'volunteer', 'return'>, ctx: HandlerContext) =>
      onWish(input.wishId, async (wish) => {
        const done = await actOnWish(deps, ctx, wish, 'return', { note: input.reason }, input.reason);
        if (done.ok) await notifyCentre(deps.cloud, deps.ref, 'volunteer', wish, 'return');
        return done;
      }),

    // 约定上门: no subscribe message (no template); the resident sees it on the detail page.
    plan_visit: (input: ActionInput<'volunteer', 'plan_visit'>, ctx: HandlerContext) =>
      onWish(input.wishId, (wish) => actOnWish(deps, ctx, wish, 'plan_visit', { visit: { date: input.date, window: input.window } })),

    check_in: (input: ActionInput<'volunteer', 'check_in'>, ctx: HandlerContext) =>
      onWish(input.wishId, (wish) => actOnWish(deps, ctx, wish, 'check_in', input.place ? { place: input.place } : {})),

    complete: (input: ActionInput<'volunteer', 'complete'>, ctx: HandlerContext) =>
      onWish(input.wishId, async (wish) => {
        const completion = { summary: input.summary, minutes: input.minutes, ...(input.photo ? { photo: input.photo } : {}) };
        const done = await actOnWish(deps, ctx, wish, 'complete', { completion }, input.summary);
        if (done.ok) await notify(cloud, 'volunteer', wish.filedBy, 'wish_completed', noticeData('wish_completed', wish), detailPage(wish));
        return done;
      }),

    // The leader keeps or corrects minutes marked to confirm; a rated wish is then paid and closed.
    confirm_minutes: (input: ActionInput<'volunteer', 'confirm_minutes'>, ctx: HandlerContext) =>
      onWish(input.wishId, async (wish) => {
        const done = await actOnWish(deps, ctx, wish, 'confirm_minutes', { minutes: input.minutes, note: input.reason }, input.reason);
        if (!done.ok || done.data.status !== 'rated') return done;
        const credit = await creditAndClose(db, wish._id, new Date()).catch((err: unknown) => {
          logFailure('volunteer', 'confirm:credit', err);
          return { outcome: 'not_closable' as const };
        });
        return credit.outcome === 'credited'
          ? { ...done, data: { ...done.data, status: 'closed' as const, version: done.data.version + 1 } }
          : done;
      }),
  };
}
