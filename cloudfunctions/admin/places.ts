// 场所: the places tree (street → community → estate, with counts), a community's stairwells paged and
// searched, and retiring a stairwell (its code is never reused).
import { fail, ok, type Result } from '../../src/domain/errors';
import { decideRetire, inScope, placeTree, stairwellSearch } from '../../src/domain/org/placeTree';
import { PAGE_SIZE, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { sponsorAccounts } from '../_lib/collections/bank';
import { retireBuilding, stairwellsPage } from '../_lib/collections/places';
import type { Deps } from '../_lib/context';
import { getDoc } from '../_lib/db';
import type { HandlerContext } from '../_lib/router';
import type { Building } from '../_lib/reference';
import { scopeOf } from './scope';

type R<A extends 'places' | 'stairwells' | 'retire_stairwell'> = Promise<Result<ActionOutput<'admin', A>>>;

export function placeHandlers({ db, ref }: Deps) {
  return {
    places: async (_input: ActionInput<'admin', 'places'>, ctx: HandlerContext): R<'places'> => {
      const [streets, communities, buildings, sponsors] = await Promise.all([
        ref.streets(),
        ref.communities(),
        ref.buildings(),
        sponsorAccounts(db, 0, 100),
      ]);
      const names = new Map(sponsors.items.map((a) => [a._id.slice('sponsor:'.length), a.name ?? '']));
      return ok({ streets: placeTree(streets, communities, buildings, scopeOf(ctx), names) });
    },

    stairwells: async (input: ActionInput<'admin', 'stairwells'>, ctx: HandlerContext): R<'stairwells'> => {
      // Unknown and someone else's community answer alike.
      if (!inScope(scopeOf(ctx), input.communityId) || !(await ref.community(input.communityId)))
        return fail('COMMUNITY.NOT_FOUND', 'no such community in your scope');
      const search = input.search ? stairwellSearch(input.search) : undefined;
      const page = await stairwellsPage(db, input.communityId, search, input.page, PAGE_SIZE);
      return ok({
        ...page,
        items: page.items.map((b) => ({
          code: b._id,
          name: b.name,
          estateName: b.estateName,
          ...(b.fixes ? { fixes: b.fixes } : {}),
          retired: b.retired === true,
        })),
      });
    },

    // Admins only (the router): one street office per deployment.
    retire_stairwell: async (input: ActionInput<'admin', 'retire_stairwell'>, ctx: HandlerContext): R<'retire_stairwell'> => {
      const b = await getDoc<Building>(db, 'buildings', input.code);
      if (!b) return fail('BUILDING.NOT_FOUND', 'no such stairwell');
      if (decideRetire(b) === 'unchanged') return ok({ code: b._id, retired: true, changed: false });
      // Lost to someone retiring it at the same moment: it is retired either way.
      const changed = await retireBuilding(db, b._id, ctx.openid, new Date());
      return ok({ code: b._id, retired: true, changed });
    },
  };
}
