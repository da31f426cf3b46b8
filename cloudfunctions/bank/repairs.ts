// 维修低偿: the price list, households' tiers kept by community staff (scoped by their grants, every
// change kept), and a household's quote — the amount and its basis, never the tier's name.
import { fail, ok, type Result } from '../../src/domain/errors';
import { SERVICE_MENU } from '../../src/domain/menu';
import { keepsHouseholdsOf } from '../../src/domain/money/household';
import { quoteText } from '../../src/domain/money/price';
import { PAGE_SIZE, roomProblem, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { householdsPage, recordTier } from '../_lib/collections/households';
import { settingOf } from '../_lib/collections/settings';
import type { Deps } from '../_lib/context';
import { peopleNamer } from '../_lib/names';
import { quoteFor } from '../_lib/quote';
import type { HandlerContext } from '../_lib/router';

type A = 'prices' | 'households' | 'set_household_tier' | 'quote';
type R<K extends A> = Promise<Result<ActionOutput<'bank', K>>>;

const roomIssue = (message: string) => fail('INPUT.INVALID', 'room does not fit the building code', [{ path: 'room', message }]);

export function repairHandlers(deps: Deps) {
  const { db, ref } = deps;
  const outOfScope = () => fail('HOUSEHOLD.OUT_OF_SCOPE', 'not a community this caller keeps');
  return {
    prices: async (): R<'prices'> => {
      const prices = await settingOf(db, 'prices');
      const items = prices.items.map((p) => ({ ...p, label: SERVICE_MENU[p.category].label }));
      return ok({ items });
    },

    households: async (input: ActionInput<'bank', 'households'>, ctx: HandlerContext): R<'households'> => {
      if (!(await ref.community(input.communityId))) return fail('COMMUNITY.NOT_FOUND', 'no such community');
      if (!keepsHouseholdsOf(ctx.roles ?? [], ctx.grants ?? [], input.communityId)) return outOfScope();
      const page = await householdsPage(db, input.communityId, input.page, PAGE_SIZE);
      const names = await peopleNamer(
        deps,
        page.items.map((h) => h.by),
      );
      const items = await Promise.all(
        page.items.map(async (h) => ({
          householdId: h._id,
          buildingId: h.buildingId,
          buildingName: (await ref.building(h.buildingId))?.name ?? h.buildingId,
          room: h.room,
          tier: h.tier,
          note: h.note,
          byName: names.name(h.by),
          at: new Date(h.at).toISOString(),
          version: h.version,
        })),
      );
      return ok({ ...page, items });
    },

    set_household_tier: async (input: ActionInput<'bank', 'set_household_tier'>, ctx: HandlerContext): R<'set_household_tier'> => {
      const building = await ref.building(input.buildingId);
      if (!building) return fail('BUILDING.NOT_FOUND', 'no such building');
      if (!keepsHouseholdsOf(ctx.roles ?? [], ctx.grants ?? [], building.communityId)) return outOfScope();
      const problem = roomProblem(input.room, building.fixes);
      if (problem) return roomIssue(problem);
      const saved = await recordTier(
        db,
        {
          buildingId: building._id,
          communityId: building.communityId,
          room: input.room,
          tier: input.tier,
          note: input.note,
          by: ctx.openid,
        },
        new Date(),
      );
      return ok({ householdId: saved._id, tier: saved.tier, version: saved.version });
    },

    quote: async (input: ActionInput<'bank', 'quote'>): R<'quote'> => {
      const building = await ref.building(input.buildingId);
      if (!building) return fail('BUILDING.NOT_FOUND', 'no such building');
      const problem = roomProblem(input.room, building.fixes);
      if (problem) return roomIssue(problem);
      const quote = await quoteFor(db, building._id, input.room, input.category);
      if (!quote) return ok({ priced: false as const });
      return ok({ priced: true as const, payFen: quote.householdFen, basis: quote.basis, text: quoteText(quote) });
    },
  };
}
