// Repairs at cost (乐修匠 at cost, seed 001): a service category may carry a price. Ordinary households
// pay slightly below market, 低保 households pay the material cost only, 特困 households pay nothing;
// the community's public-welfare fund (公益基金) pays the difference to the market price. All in fen.
import * as z from 'zod';
import { CATEGORIES, type Category } from '../menu';
import { formatFen, isFen } from './fen';
import type { HouseholdTier } from './household';

const Fen = z.number({ error: '请填写金额（分）' }).int('金额以分为单位，须为整数').min(0, '金额不能为负').max(10_000_000, '金额过大');

/** One category's price: the market price, the material cost (≤ market), the ordinary households' percentage of market. */
export const CategoryPrice = z
  .strictObject({
    category: z.enum(CATEGORIES, { error: '请选择服务类别' }),
    marketFen: Fen.min(1, '市场价须大于0'),
    materialFen: Fen,
    /** Ordinary households pay this percentage of the market price, e.g. 90 (九折). */
    ordinaryPercent: z.number().int('请填写整数百分比').min(1, '比例须在1到100之间').max(100, '比例须在1到100之间'),
  })
  .refine((p) => p.materialFen <= p.marketFen, { path: ['materialFen'], error: '材料费不能高于市场价' });
export type CategoryPrice = z.infer<typeof CategoryPrice>;

/**
 * Settings key `prices` (收费标准): the categories at cost, one entry each; every other category is free,
 * as before. (A list, not a record keyed by category: the client builds' zod has no records.)
 */
export const PriceSettings = z
  .strictObject({ items: z.array(CategoryPrice).max(CATEGORIES.length) })
  .refine((p) => new Set(p.items.map((i) => i.category)).size === p.items.length, { path: ['items'], error: '每个服务类别只能定一个价格' });
export type PriceSettings = z.infer<typeof PriceSettings>;
export const DEFAULT_PRICES: PriceSettings = { items: [] };

/** The price of a category, or undefined when it is free. */
export const priceOf = (prices: PriceSettings, category: Category): CategoryPrice | undefined =>
  prices.items.find((i) => i.category === category);

/** What the household's share is called: 优惠价 (ordinary), 材料费 (低保), 免费 (特困). */
export const QUOTE_BASES = ['discount', 'material', 'free'] as const;
export type QuoteBasis = (typeof QUOTE_BASES)[number];
export const BASIS_LABELS: Readonly<Record<QuoteBasis, string>> = { discount: '优惠价', material: '材料费', free: '免费' };
const BASIS_OF: Readonly<Record<HouseholdTier, QuoteBasis>> = { ordinary: 'discount', dibao: 'material', tekun: 'free' };
/** The tier a quote was made for: each basis belongs to one tier. */
export const tierOfBasis = (basis: QuoteBasis): HouseholdTier =>
  (Object.keys(BASIS_OF) as HouseholdTier[]).find((t) => BASIS_OF[t] === basis) ?? 'ordinary';

/** The price of one service for one household, fixed on the wish when it is submitted. */
export interface RepairQuote {
  category: Category;
  marketFen: number;
  /** What the household pays. */
  householdFen: number;
  /** What the community's fund pays: market − household's share. */
  fundFen: number;
  basis: QuoteBasis;
}

/**
 * The quote, or undefined for a free category. Rounding: the ordinary share is market × percent / 100
 * rounded DOWN to the fen (in the household's favour); the fund pays the rest, so the two always add
 * up to the market price exactly.
 */
export function quoteOf(prices: PriceSettings, category: Category, tier: HouseholdTier): RepairQuote | undefined {
  const price = priceOf(prices, category);
  if (!price) return undefined;
  const householdFen =
    tier === 'tekun' ? 0 : tier === 'dibao' ? price.materialFen : Math.floor((price.marketFen * price.ordinaryPercent) / 100);
  const quote = { category, marketFen: price.marketFen, householdFen, fundFen: price.marketFen - householdFen, basis: BASIS_OF[tier] };
  if (![quote.householdFen, quote.fundFen].every(isFen)) throw new Error(`bad price for ${category}`);
  return quote;
}

/**
 * The household agreed to this quote: it pays no more than the form showed (`agreedFen`). A free
 * category needs no agreement; a priced one with nothing shown (the quote had not arrived, or the
 * category was priced after the form loaded) was not agreed to.
 */
export const priceAgreed = (quote: Pick<RepairQuote, 'householdFen'> | undefined, agreedFen: number | undefined): boolean =>
  !quote || (agreedFen !== undefined && quote.householdFen <= agreedFen);

/**
 * What the resident reads before submitting: 「您需支付 ¥12.00（材料费）」, or 「本次服务免费」; on a visit's
 * 转为心愿 the volunteer reads 「老人需支付 …」, to tell the elder.
 */
export function quoteText(quote: Pick<RepairQuote, 'householdFen' | 'basis'>, payer: '您' | '老人' = '您'): string {
  return quote.householdFen === 0 ? '本次服务免费' : `${payer}需支付 ${formatFen(quote.householdFen)}（${BASIS_LABELS[quote.basis]}）`;
}
