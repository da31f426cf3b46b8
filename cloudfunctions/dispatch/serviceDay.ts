// 服务日: the centre (or the leader of the team holding it) puts a wish not yet served into its
// community's next weekly service day (the community's own day, else the calendar's default; a day
// that falls on a holiday is not held, so the week after). Its due date becomes that day's end, and
// the history entry records the day (WISH_LIFECYCLE schedule_service_day). Database requests: the
// wish, the caller's roles and membership (in parallel), the compare-and-set; the calendar and the
// community come from the per-instance cache.
import { nextServiceDay, serviceDayEnd } from '../../src/domain/calendar';
import { ok, type Result } from '../../src/domain/errors';
import type { ActionInput, ActionOutput } from '../../src/domain/schemas';
import type { Deps } from '../_lib/context';
import type { HandlerContext } from '../_lib/router';
import { actOnWish, loadWish } from '../_lib/wishes';

type Input = ActionInput<'dispatch', 'schedule_service_day'>;
type Output = ActionOutput<'dispatch', 'schedule_service_day'>;

export function scheduleServiceDayHandler(deps: Deps) {
  const { db, ref } = deps;
  return async (input: Input, ctx: HandlerContext): Promise<Result<Output>> => {
    const [loaded, { calendar }] = await Promise.all([loadWish(db, input.wishId), ref.deadlines()]);
    if (!loaded.ok) return loaded;
    const community = await ref.community(loaded.data.communityId);
    const day = nextServiceDay(new Date(), community?.serviceDay ?? calendar.serviceDay, calendar);
    const dueAt = serviceDayEnd(day, calendar);
    const done = await actOnWish(deps, ctx, loaded.data, 'schedule_service_day', { serviceDay: { day, dueAt } });
    return done.ok ? ok({ ...done.data, serviceDay: day, dueAt: dueAt.toISOString() }) : done;
  };
}
