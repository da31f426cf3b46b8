// `bank` actions of repairs at cost (维修低偿): the price list, the households' tiers kept by
// community staff, a household's quote, and the money book (fen) with its funds.
import * as z from 'zod';
import { HOUSEHOLD_TIERS } from '../money/household';
import { QUOTE_BASES } from '../money/price';
import { Category, Id, Page, pageOf, RequestId, Room, text } from './common';

export const PricesInput = z.strictObject({ action: z.literal('prices') });
/** The categories that carry a price (the rest are free). */
export const PricesOutput = z.strictObject({
  items: z.array(
    z.strictObject({
      category: Category,
      label: z.string(),
      marketFen: z.number().int(),
      materialFen: z.number().int(),
      ordinaryPercent: z.number().int(),
    }),
  ),
});

const Tier = z.enum(HOUSEHOLD_TIERS, { error: '请选择困难户类别' });

export const HouseholdsInput = z.strictObject({ action: z.literal('households'), communityId: Id, page: Page });
export const HouseholdsOutput = pageOf(
  z.strictObject({
    householdId: z.string(),
    buildingId: z.string(),
    buildingName: z.string(),
    room: z.string(),
    tier: Tier,
    note: z.string(),
    byName: z.string(),
    at: z.string(),
    version: z.number().int(),
  }),
);

export const SetHouseholdTierInput = z.strictObject({
  action: z.literal('set_household_tier'),
  buildingId: Id,
  room: Room,
  tier: Tier,
  /** Why (e.g. 「低保证号 …，2026年复核」): kept with the change. */
  note: text(2, 60),
});
export const SetHouseholdTierOutput = z.strictObject({ householdId: z.string(), tier: Tier, version: z.number().int() });

export const QuoteInput = z.strictObject({ action: z.literal('quote'), buildingId: Id, room: Room, category: Category });
/** What THIS household pays: the amount and its basis (「材料费」), never the tier's name. */
export const QuoteOutput = z.discriminatedUnion('priced', [
  z.strictObject({ priced: z.literal(false) }),
  z.strictObject({ priced: z.literal(true), payFen: z.number().int(), basis: z.enum(QUOTE_BASES), text: z.string() }),
]);

export const MoneyBookInput = z.strictObject({ action: z.literal('money_book'), communityId: Id.optional(), page: Page });
export const MoneyBookOutput = z.strictObject({
  funds: z.array(z.strictObject({ communityId: z.string(), communityName: z.string(), balanceFen: z.number().int() })),
  /** Served priced wishes whose settlement waits (the fund is short): a top-up releases them at the next hourly run. */
  waiting: z.number().int(),
  entries: pageOf(
    z.strictObject({
      id: z.string(),
      kind: z.enum(['repair', 'fund_topup']),
      kindLabel: z.string(),
      at: z.string(),
      communityId: z.string(),
      lines: z.array(z.strictObject({ account: z.string(), fen: z.number().int() })),
      byName: z.string(),
      reason: z.string(),
    }),
  ),
});

export const FundTopupInput = z.strictObject({
  action: z.literal('fund_topup'),
  communityId: Id,
  fen: z.number({ error: '请填写金额' }).int('金额以分为单位').min(1, '金额须大于0').max(100_000_000, '金额过大'),
  reason: text(2, 60),
  /** Makes a retried top-up land once. */
  requestId: RequestId,
});
export const FundTopupOutput = z.strictObject({ entryId: z.string(), balanceFen: z.number().int() });

export const repairsActions = {
  prices: { input: PricesInput, output: PricesOutput },
  households: { input: HouseholdsInput, output: HouseholdsOutput },
  set_household_tier: { input: SetHouseholdTierInput, output: SetHouseholdTierOutput },
  quote: { input: QuoteInput, output: QuoteOutput },
  money_book: { input: MoneyBookInput, output: MoneyBookOutput },
  fund_topup: { input: FundTopupInput, output: FundTopupOutput },
} as const;
