// `shops/{id}`: the 爱心联盟's shops (src/domain/org/shop.ts); a merchant's grant is scoped to one.
import type { DB } from 'wx-server-sdk';
import type { Shop } from '../../../src/domain/org/shop';
import { getAll, getDoc } from '../db';
import type { Tx } from '../transaction';
import { collection } from './names';

export type { Shop };

export const getShop = (db: DB.Database, id: string) => getDoc<Shop>(db, 'shops', id);

/** Every shop, in `_id` order (an index scan): a street has a few dozen. */
export const allShops = (db: DB.Database) => getAll<Shop>(collection(db, 'shops').orderBy('_id', 'asc'));

/** A new shop, made (in the invitation's transaction) with the first invitation of its merchant. */
export const addShopIn = (t: Tx, id: string, name: string, now: Date) =>
  t
    .collection('shops')
    .doc(id)
    .set({ data: { name, createdAt: now } });
