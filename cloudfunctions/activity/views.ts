// Reading activities: a community's upcoming ones, the caller's sign-ups, what the caller organises,
// and one activity in detail (the roster, masked, for its organisers; the wishes folded into it for
// organisers and signed-up volunteers). No code key and no OPENID leaves here.
import type { Activity, SignUpStatus } from '../../src/domain/activity/activity';
import { signUpIdOf } from '../../src/domain/activity/activity';
import { activityCard, mySignUpView, rosterOrder, rosterRow, wishRow } from '../../src/domain/activity/view';
import { fail, ok, type Result } from '../../src/domain/errors';
import { PAGE_SIZE, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import {
  activitiesByIds,
  allActivities,
  getActivity,
  foldedWishes,
  getSignUp,
  ofCommunities,
  ofTeams,
  publishedBy,
  signUpsByIds,
  signUpsIn,
  signUpsOf,
  upcomingIn,
  waitingAhead,
} from '../_lib/collections/activities';
import { getVolunteer, volunteerKey, volunteersByIds } from '../_lib/collections/volunteers';
import type { Deps } from '../_lib/context';
import type { HandlerContext } from '../_lib/router';
import { organises, organisingScope, relationsTo } from './organiser';

type R<K extends 'list' | 'detail'> = Promise<Result<ActionOutput<'activity', K>>>;
/** Sign-ups that may see the wishes folded in (they are going). */
const GOING: readonly SignUpStatus[] = ['signed_up', 'checked_in', 'checked_out', 'attended'];
const ROSTER: readonly SignUpStatus[] = ['signed_up', 'waiting', 'checked_in', 'checked_out', 'attended', 'no_show'];
const ms = (d: Date | string) => new Date(d).getTime();

/** Several newest-first lists as one page (an activity in two of them once). */
function mergeNewest(lists: readonly Activity[][], page: number) {
  const seen = new Map<string, Activity>();
  for (const list of lists) for (const a of list) seen.set(a._id, a);
  const all = [...seen.values()].sort((a, b) => ms(b.startAt) - ms(a.startAt) || a._id.localeCompare(b._id));
  return { items: all.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE), hasMore: all.length > (page + 1) * PAGE_SIZE };
}

export function viewHandlers(deps: Deps) {
  const { db, ref } = deps;
  const names = async () => new Map((await ref.communities()).map((c) => [c._id, c.name]));

  async function page(input: ActionInput<'activity', 'list'>, openid: string, scope: Awaited<ReturnType<typeof organisingScope>>) {
    const limit = (input.page + 1) * PAGE_SIZE + 1;
    if (input.scope === 'community') {
      const communityId = input.communityId ?? (await getVolunteer(db, openid))?.communityId;
      if (!communityId) return { items: [], hasMore: false };
      const found = await upcomingIn(db, communityId, new Date(), input.page * PAGE_SIZE, PAGE_SIZE + 1);
      return { items: found.slice(0, PAGE_SIZE), hasMore: found.length > PAGE_SIZE };
    }
    if (input.scope === 'mine') {
      const mine = await signUpsOf(db, openid, input.page * PAGE_SIZE, PAGE_SIZE + 1);
      const byId = new Map(
        (
          await activitiesByIds(
            db,
            mine.slice(0, PAGE_SIZE).map((s) => s.activityId),
          )
        ).map((a) => [a._id, a]),
      );
      const items = mine.slice(0, PAGE_SIZE).flatMap((s) => byId.get(s.activityId) ?? []);
      return { items, hasMore: mine.length > PAGE_SIZE };
    }
    const lists = await Promise.all([
      scope.communities === 'all' ? allActivities(db, limit) : scope.communities.length ? ofCommunities(db, scope.communities, limit) : [],
      scope.teams.length ? ofTeams(db, scope.teams, limit) : [],
      publishedBy(db, openid, limit),
    ]);
    return mergeNewest(lists, input.page);
  }

  return {
    list: async (input: ActionInput<'activity', 'list'>, ctx: HandlerContext): R<'list'> => {
      const scope = await organisingScope(deps, ctx);
      const { items, hasMore } = await page(input, ctx.openid, scope);
      const mine = await signUpsByIds(
        db,
        items.map((a) => signUpIdOf(a._id, ctx.openid)),
      );
      const status = new Map(mine.map((s) => [s.activityId, s.status]));
      const communityNames = await names();
      return ok({
        items: items.map((a) =>
          activityCard(a, communityNames.get(a.communityId) ?? '', {
            mine: status.get(a._id),
            organising: organises(scope, a, ctx.openid),
          }),
        ),
        page: input.page,
        hasMore,
      });
    },

    detail: async (input: ActionInput<'activity', 'detail'>, ctx: HandlerContext): R<'detail'> => {
      const a = await getActivity(db, input.activityId);
      if (!a) return fail('ACTIVITY.NOT_FOUND', 'no such activity');
      const activity = { ...a, _id: input.activityId };
      const [relations, mine] = await Promise.all([
        relationsTo(deps, activity, ctx),
        getSignUp(db, signUpIdOf(input.activityId, ctx.openid)),
      ]);
      const organiser = relations.includes('organiser');
      const going = !!mine && GOING.includes(mine.status);
      const [roster, wishes, ahead] = await Promise.all([
        organiser ? signUpsIn(db, input.activityId, ROSTER) : Promise.resolve([]),
        organiser || going ? foldedWishes(db, activity) : Promise.resolve([]),
        mine?.status === 'waiting' && mine.seq !== undefined ? waitingAhead(db, input.activityId, mine.seq) : Promise.resolve(0),
      ]);
      const people =
        organiser && roster.length
          ? new Map(
              (
                await volunteersByIds(
                  db,
                  roster.map((s) => s.openid),
                )
              ).map((v) => [v._id, v]),
            )
          : new Map();
      const communityName = (await ref.community(activity.communityId))?.name ?? '';
      return ok({
        ...activityCard(activity, communityName, { ...(mine ? { mine: mine.status } : {}), organising: organiser }),
        content: activity.content,
        skills: activity.skills,
        withdrawBy: new Date(activity.withdrawBy).toISOString(),
        willCome: activity.willCome,
        ...(mine ? { mySignUp: mySignUpView(mine, ahead + 1) } : {}),
        wishes: wishes.map((w) => wishRow(w, ctx.openid)),
        ...(organiser
          ? { roster: [...roster].sort(rosterOrder).map((s) => rosterRow(s, people.get(s.openid), volunteerKey(s.openid))) }
          : {}),
      });
    },
  };
}
