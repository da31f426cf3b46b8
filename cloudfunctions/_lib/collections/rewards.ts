// `rewards/{id}` (a shop's items), `reservations/{id}` and `reservationCodes/{shopId}:{digits}` (which
// held reservation a shop's six digits name; `held: false` frees the digits for reuse).
import type { DB } from 'wx-server-sdk';
import type { Reservation } from '../../../src/domain/bank/reservation';
import type { Reward } from '../../../src/domain/bank/reward';
import { getAll, getDoc, getPage } from '../db';
import { collection } from './names';

export type { Reservation, Reward };
export interface ReservationCode {
  _id: string;
  reservationId: string;
  held: boolean;
}

export const getReward = (db: DB.Database, id: string) => getDoc<Reward>(db, 'rewards', id);
export const getReservation = (db: DB.Database, id: string) => getDoc<Reservation>(db, 'reservations', id);
export const getReservationCode = (db: DB.Database, id: string) => getDoc<ReservationCode>(db, 'reservationCodes', id);

/** The catalogue: active items in stock, by shop and price (index available_1_shopId_1_points_1). */
export const availableRewards = (db: DB.Database, page: number, size: number) =>
  getPage<Reward>(collection(db, 'rewards').where({ available: true }).orderBy('shopId', 'asc').orderBy('points', 'asc'), page, size);

/** A shop's own items, newest first (index shopId_1_createdAt_-1). */
export const shopRewards = (db: DB.Database, shopId: string, page: number, size: number) =>
  getPage<Reward>(collection(db, 'rewards').where({ shopId }).orderBy('createdAt', 'desc'), page, size);

/** A volunteer's reservations, newest first (index volunteer_1_createdAt_-1). */
export const reservationsOf = (db: DB.Database, volunteer: string, page: number, size: number) =>
  getPage<Reservation>(collection(db, 'reservations').where({ volunteer }).orderBy('createdAt', 'desc'), page, size);

/** The reservation a QR token names (index codeHash_1). */
export async function reservationByHash(db: DB.Database, hash: string): Promise<Reservation | null> {
  const { data } = (await collection(db, 'reservations').where({ codeHash: hash }).limit(1).get()) as unknown as { data: Reservation[] };
  return data[0] ?? null;
}

/** Held reservations past their time, oldest first, one page (index status_1_expiresAt_1). */
export async function dueReservations(db: DB.Database, now: Date, size: number): Promise<Reservation[]> {
  const _ = db.command;
  const { data } = (await collection(db, 'reservations')
    .where({ status: 'held', expiresAt: _.lte(now) })
    .orderBy('expiresAt', 'asc')
    .limit(size)
    .get()) as unknown as { data: Reservation[] };
  return data;
}

/** A shop's confirmed redemptions in [start, end), in order (index shopId_1_status_1_redeemedAt_1). */
export function shopRedemptions(db: DB.Database, shopId: string, start: Date, end: Date): Promise<Reservation[]> {
  const _ = db.command;
  return getAll<Reservation>(
    collection(db, 'reservations')
      .where({ shopId, status: 'redeemed', redeemedAt: _.gte(start).and(_.lt(end)) })
      .orderBy('redeemedAt', 'asc'),
    5_000,
  );
}
