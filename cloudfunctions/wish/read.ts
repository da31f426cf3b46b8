// Reading: the building behind a stairwell code, my wishes, one wish as its viewer may see it.
import { fail, ok, type Result } from '../../src/domain/errors';
import { mayView, relationsOf } from '../../src/domain/policy';
import { PAGE_SIZE, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { decodeScene } from '../../src/domain/scene';
import { STATUS_GROUP } from '../../src/domain/wish/states';
import { viewOf } from '../../src/domain/wish/view';
import type { Wish } from '../../src/domain/wish/wish';
import { actorForWish } from '../_lib/actor';
import type { Deps } from '../_lib/context';
import { getPage } from '../_lib/db';
import { loadWish } from '../_lib/wishes';

type Ctx = { openid: string };

export function readHandlers({ db, ref }: Deps) {
  return {
    building: async (input: ActionInput<'wish', 'building'>): Promise<Result<ActionOutput<'wish', 'building'>>> => {
      // The page passes the scene as it got it (URL-encoded by WeChat); decode and check it here too.
      const scene = decodeScene(input.scene);
      if (!scene.ok) return scene;
      const building = scene.data ? await ref.building(scene.data) : undefined;
      if (!building) return fail('BUILDING.NOT_FOUND', 'no such building');
      return ok({ buildingId: building._id, name: building.name, estateName: building.estateName, communityId: building.communityId, communityName: building.communityName });
    },

    mine: async (input: ActionInput<'wish', 'mine'>, { openid }: Ctx): Promise<Result<ActionOutput<'wish', 'mine'>>> => {
      const page = await getPage<Wish>(
        db.collection('wishes').where({ filedBy: openid }).orderBy('createdAt', 'desc').field({ history: false, contact: false, photos: false }),
        input.page,
        PAGE_SIZE,
      );
      const iso = (d: Date) => new Date(d).toISOString();
      return ok({
        ...page,
        items: page.items.map((w) => ({ id: w._id, status: w.status, group: STATUS_GROUP[w.status], category: w.category, description: w.description, createdAt: iso(w.createdAt), dueAt: iso(w.dueAt), urgency: w.urgency })),
      });
    },

    detail: async (input: ActionInput<'wish', 'detail'>, { openid }: Ctx): Promise<Result<ActionOutput<'wish', 'detail'>>> => {
      const loaded = await loadWish(db, input.wishId);
      if (!loaded.ok) return loaded;
      const wish = loaded.data;
      // The owner needs no further reads; anyone else is checked against the centre and the team.
      const mine = wish.filedBy === openid || wish.claimant === openid;
      const actor = mine ? { openid, roles: [], teams: {} } : await actorForWish(db, openid, wish, { roles: true, team: true });
      const relations = relationsOf(wish, actor);
      // Someone else's wish looks the same as a missing one: ids reveal nothing.
      if (!mayView(relations)) return fail('WISH.NOT_FOUND', 'no such wish');
      return ok(viewOf(wish, openid, relations));
    },
  };
}
