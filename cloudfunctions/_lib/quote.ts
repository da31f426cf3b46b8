// A household's quote for a category: the prices in force (one read, or the cached prices submit holds)
// and, for a priced category only, the household's recorded tier (one more read). Shown by bank.quote,
// fixed on the wish by submit.
import type { DB } from 'wx-server-sdk';
import type { Category } from '../../src/domain/menu';
import { tierOf } from '../../src/domain/money/household';
import { priceOf, quoteOf, tierOfBasis, type PriceSettings, type RepairQuote } from '../../src/domain/money/price';
import { householdOf } from './collections/households';
import { settingOf } from './collections/settings';

/** The quote under `prices`: the household's tier is read for a priced category only. */
export async function quoteUnder(
  db: DB.Database,
  prices: PriceSettings,
  buildingId: string,
  room: string,
  category: Category,
): Promise<RepairQuote | undefined> {
  if (!priceOf(prices, category)) return undefined;
  return quoteOf(prices, category, tierOf(await householdOf(db, buildingId, room)));
}

/** The quote under the prices in force now. */
export const quoteFor = async (db: DB.Database, buildingId: string, room: string, category: Category) =>
  quoteUnder(db, await settingOf(db, 'prices'), buildingId, room, category);

/** The same household's quote under the prices in force now: its tier comes from the quote, not a second read. */
export const requote = async (db: DB.Database, quote: RepairQuote) =>
  quoteOf(await settingOf(db, 'prices'), quote.category, tierOfBasis(quote.basis));
