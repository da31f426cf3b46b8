// 微心愿墙 and the service day's activity: the centre publishes a wish to its community's wall, or
// folds it into an activity of that community. Each wish keeps its own lifecycle (WISH_LIFECYCLE).
import { ok, type Result } from '../../src/domain/errors';
import { noticeData } from '../../src/domain/notify';
import type { ActionInput, ActionOutput } from '../../src/domain/schemas';
import type { Wish } from '../../src/domain/wish/wish';
import { addWishToActivity, getActivity } from '../_lib/collections/activities';
import type { Deps } from '../_lib/context';
import { notify } from '../_lib/notify';
import type { HandlerContext } from '../_lib/router';
import { actOnWish, loadCentreWish } from '../_lib/wishes';

type Out<A extends 'publish_to_wall' | 'attach_to_activity'> = Promise<Result<ActionOutput<'dispatch', A>>>;
const detailPage = (w: Wish) => `pages/wish/detail/index?id=${w._id}`;

export function wallHandlers(deps: Deps) {
  const { cloud, db } = deps;
  const tellResident = (wish: Wish, where: string) =>
    notify(cloud, 'dispatch', wish.filedBy, 'wish_dispatched', noticeData('wish_dispatched', wish, { team: where }), detailPage(wish));

  return {
    // Requests: the wish, the compare-and-set (the router read the dispatcher's roles).
    publish_to_wall: async (input: ActionInput<'dispatch', 'publish_to_wall'>, ctx: HandlerContext): Out<'publish_to_wall'> => {
      const loaded = await loadCentreWish(db, ctx, input.wishId);
      if (!loaded.ok) return loaded;
      const done = await actOnWish(deps, ctx, loaded.data, 'publish_to_wall', { note: input.note });
      if (done.ok) await tellResident(loaded.data, '社区微心愿墙');
      return done;
    },

    // The wish is the truth (its activityId, on the compare-and-set); the activity's `wishIds` is a copy
    // added after it. Should that second write fail, the same call again finds the wish already in this
    // activity and adds it once more (a set), so a retry repairs it and nothing is half-done for good.
    attach_to_activity: async (input: ActionInput<'dispatch', 'attach_to_activity'>, ctx: HandlerContext): Out<'attach_to_activity'> => {
      const [loaded, activity] = await Promise.all([loadCentreWish(db, ctx, input.wishId), getActivity(db, input.activityId)]);
      if (!loaded.ok) return loaded;
      const wish = loaded.data;
      if (wish.activityId === input.activityId && wish.status === 'dispatched') {
        await addWishToActivity(db, input.activityId, wish._id);
        return ok({ wishId: wish._id, status: wish.status, version: wish.version, activityId: input.activityId });
      }
      const params = { activity: activity ? { ...activity, endAt: new Date(activity.endAt) } : undefined };
      const done = await actOnWish(deps, ctx, wish, 'attach_activity', params);
      if (!done.ok) return done;
      await addWishToActivity(db, input.activityId, wish._id);
      await tellResident(wish, activity!.title);
      return ok({ ...done.data, activityId: input.activityId });
    },
  };
}
