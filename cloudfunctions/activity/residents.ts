// The residents' side (居民): what is coming in a community (no personal data, a head count) and
// "I will come" (我会去): the turnout document and the activity's count move in one transaction, so
// saying it twice counts once and taking it back counts down once.
import type { Activity, Turnout } from '../../src/domain/activity/activity';
import { turnoutIdOf } from '../../src/domain/activity/activity';
import { upcomingCard } from '../../src/domain/activity/view';
import { fail, ok, type ErrorCode, type Result } from '../../src/domain/errors';
import { PAGE_SIZE, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { turnoutsByIds, upcomingIn } from '../_lib/collections/activities';
import { COLLECTIONS } from '../_lib/collections/names';
import type { Deps } from '../_lib/context';
import type { HandlerContext } from '../_lib/router';
import { rerunTransaction } from '../_lib/transaction';

type R<K extends 'upcoming' | 'will_come'> = Promise<Result<ActionOutput<'activity', K>>>;

export function residentHandlers(deps: Deps) {
  const { db } = deps;
  return {
    upcoming: async (input: ActionInput<'activity', 'upcoming'>, { openid }: HandlerContext): R<'upcoming'> => {
      const found = await upcomingIn(db, input.communityId, new Date(), input.page * PAGE_SIZE, PAGE_SIZE + 1);
      const items = found.slice(0, PAGE_SIZE);
      const coming = new Set(
        (
          await turnoutsByIds(
            db,
            items.map((a) => turnoutIdOf(a._id, openid)),
          )
        ).map((t) => t.activityId),
      );
      return ok({ items: items.map((a) => upcomingCard(a, coming.has(a._id))), page: input.page, hasMore: found.length > PAGE_SIZE });
    },

    will_come: async (input: ActionInput<'activity', 'will_come'>, { openid }: HandlerContext): R<'will_come'> => {
      const now = new Date();
      const r = await rerunTransaction<number, ErrorCode>(db, async (t, refuse) => {
        const activities = t.collection(COLLECTIONS.activities);
        const a = (await activities.doc(input.activityId).get()).data as Activity | null;
        if (!a || a.status === 'cancelled') return refuse('ACTIVITY.NOT_FOUND');
        if (a.status !== 'published' || new Date(a.endAt).getTime() <= now.getTime()) return refuse('ACTIVITY.ENDED');
        const ref = t.collection(COLLECTIONS.turnouts).doc(turnoutIdOf(input.activityId, openid));
        const said = !!((await ref.get()).data as Turnout | null);
        if (said === input.coming) return a.willCome;
        if (input.coming) await ref.set({ data: { activityId: input.activityId, at: now } });
        else await ref.remove();
        const willCome = Math.max(0, a.willCome + (input.coming ? 1 : -1));
        // No `one()`: the commit conflicts on the activity if another count came first (see signups.ts).
        await activities.doc(input.activityId).update({ data: { willCome } });
        return willCome;
      });
      if (!r.ok) return fail(r.code, 'refused');
      return ok({ activityId: input.activityId, willCome: r.value, coming: input.coming });
    },
  };
}
