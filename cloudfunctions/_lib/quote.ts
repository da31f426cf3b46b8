// A household's quote for a category: the prices in force (one read) and, for a priced category only,
// the household's recorded tier (one more read). Used by bank.quote and fixed on the wish by submit.
import type { DB } from 'wx-server-sdk';
import type { Category } from '../../src/domain/menu';
import { tierOf } from '../../src/domain/money/household';
import { priceOf, quoteOf, type RepairQuote } from '../../src/domain/money/price';
import { householdOf } from './collections/households';
import { settingOf } from './collections/settings';

export async function quoteFor(db: DB.Database, buildingId: string, room: string, category: Category): Promise<RepairQuote | undefined> {
  const prices = await settingOf(db, 'prices');
  if (!priceOf(prices, category)) return undefined;
  return quoteOf(prices, category, tierOf(await householdOf(db, buildingId, room)));
}
