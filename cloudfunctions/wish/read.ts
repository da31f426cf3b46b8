// Reading: the building behind a stairwell code, the places to choose from by hand, my wishes, one
// wish as its viewer may see it.
import { fail, ok, type Result } from '../../src/domain/errors';
import { mayView } from '../../src/domain/policy';
import { PAGE_SIZE, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { decodeScene } from '../../src/domain/scene';
import { STATUS_GROUP } from '../../src/domain/wish/states';
import { viewOf, type ServiceFacts } from '../../src/domain/wish/view';
import type { Wish } from '../../src/domain/wish/wish';
import { getActivity } from '../_lib/collections/activities';
import { getVolunteer } from '../_lib/collections/volunteers';
import { mine } from '../_lib/collections/wishes';
import type { Deps } from '../_lib/context';
import type { HandlerContext } from '../_lib/router';
import { placesOf } from './places';
import { freeRelations, loadWish, relationsFor } from '../_lib/wishes';

export function readHandlers({ db, ref }: Deps) {
  const iso = (d: Date) => new Date(d).toISOString();
  /** For the resident, once someone holds the wish: who serves it (one read), the team and the hotline (cached). */
  const serviceFacts = async (wish: Wish): Promise<ServiceFacts> => {
    if (!wish.claimant) return {};
    const [volunteer, team, community] = await Promise.all([
      getVolunteer(db, wish.claimant),
      wish.teamId ? ref.team(wish.teamId) : undefined,
      ref.community(wish.communityId),
    ]);
    return { volunteerName: volunteer?.name ?? '志愿者', teamName: team?.name, hotline: community?.hotline };
  };
  return {
    building: async (input: ActionInput<'wish', 'building'>): Promise<Result<ActionOutput<'wish', 'building'>>> => {
      // The page passes the scene as it got it (URL-encoded by WeChat); decode and check it here too.
      const scene = decodeScene(input.scene);
      if (!scene.ok) return scene;
      const building = scene.data ? await ref.building(scene.data) : undefined;
      if (!building) return fail('BUILDING.NOT_FOUND', 'no such building');
      const [community, streets] = await Promise.all([ref.community(building.communityId), ref.streets()]);
      const hotline = community?.hotline ?? streets[0]?.hotline;
      return ok({
        buildingId: building._id,
        name: building.name,
        estateName: building.estateName,
        communityId: building.communityId,
        communityName: building.communityName,
        ...(building.fixes ? { fixes: building.fixes } : {}),
        ...(hotline ? { hotline } : {}),
        ...(building.retired ? { retired: true } : {}),
      });
    },

    places: async (): Promise<Result<ActionOutput<'wish', 'places'>>> => {
      const [streets, communities, buildings] = await Promise.all([ref.streets(), ref.communities(), ref.buildings()]);
      return ok(placesOf(streets, communities, buildings));
    },

    mine: async (input: ActionInput<'wish', 'mine'>, { openid }: HandlerContext): Promise<Result<ActionOutput<'wish', 'mine'>>> => {
      const page = await mine(db, openid, input.page, PAGE_SIZE);
      return ok({
        ...page,
        items: page.items.map((w) => ({
          id: w._id,
          status: w.status,
          group: STATUS_GROUP[w.status],
          category: w.category,
          description: w.description,
          createdAt: iso(w.createdAt),
          dueAt: iso(w.dueAt),
          ...(w.serviceDay ? { serviceDay: w.serviceDay } : {}),
          urgency: w.urgency,
        })),
      });
    },

    detail: async (input: ActionInput<'wish', 'detail'>, ctx: HandlerContext): Promise<Result<ActionOutput<'wish', 'detail'>>> => {
      const loaded = await loadWish(db, input.wishId);
      if (!loaded.ok) return loaded;
      // The owner and the claimant need no further reads; anyone else is checked against the centre and the team.
      const free = freeRelations(ctx, loaded.data);
      const relations = free.length > 0 ? free : await relationsFor(db, ctx, loaded.data);
      // Someone else's wish looks the same as a missing one: ids reveal nothing.
      if (!mayView(relations)) return fail('WISH.NOT_FOUND', 'no such wish');
      // A wish folded into an activity says when and where it will be served: one more read, only for such a wish.
      const [facts, place, activity] = await Promise.all([
        relations.includes('owner') ? serviceFacts(loaded.data) : {},
        ref.place(loaded.data.buildingId),
        loaded.data.activityId ? getActivity(db, loaded.data.activityId) : undefined,
      ]);
      return ok(viewOf(loaded.data, ctx.openid, relations, { ...facts, place, ...(activity ? { activity } : {}) }));
    },
  };
}
