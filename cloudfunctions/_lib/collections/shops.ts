// `shops/{id}`: the 爱心联盟's shops (a merchant's grant names one).
import type { DB } from 'wx-server-sdk';
import type { Shop } from '../../../src/domain/org/shop';
import { getDoc } from '../db';

export const getShop = (db: DB.Database, id: string) => getDoc<Shop>(db, 'shops', id);
