// The transactions of a reservation: taking the hold (points, one of stock, the six digits) and
// ending it (confirmed at the counter, expired, cancelled). Each is ONE transaction: the journal
// entry through postIn, the item's stock, the reservation's status and its digits move together.
import type { DB } from 'wx-server-sdk';
import { redemptionConfirm, redemptionHold, redemptionRelease } from '../../src/domain/bank/redemption';
import { heldOf, isPastDue, nextStatus, type Reservation } from '../../src/domain/bank/reservation';
import { withStock, type Reward } from '../../src/domain/bank/reward';
import type { ErrorCode } from '../../src/domain/errors';
import { codeDocId } from '../_lib/codes';
import type { ReservationCode } from '../_lib/collections/rewards';
import { postIn } from '../_lib/post';
import { COLLECTIONS } from '../_lib/collections/names';
import { one, rerunTransaction, type Tx } from '../_lib/transaction';

export type Refusal = ErrorCode | 'collision';
type Outcome<T> = { ok: true; value: T } | { ok: false; code: Refusal };

/** One transaction, run again on stale reads (rerunTransaction); a refusal rolls it back. */
const run = <T>(db: DB.Database, work: (t: Tx, refuse: (c: Refusal) => Promise<never>) => Promise<T>): Promise<Outcome<T>> =>
  rerunTransaction<T, Refusal>(db, work);

/** Reserving: the reservation (new, or the one this request made before), or a refusal; 'collision': try other digits. */
export function holdReservation(db: DB.Database, r: Reservation): Promise<Outcome<{ reservation: Reservation; created: boolean }>> {
  return run(db, async (t, refuse) => {
    const before = (await t.collection(COLLECTIONS.reservations).doc(r._id).get()).data as Reservation | null;
    if (before) return { reservation: { ...before, _id: r._id }, created: false };
    const item = (await t.collection(COLLECTIONS.rewards).doc(r.itemId).get()).data as Reward | null;
    if (!item || !item.active) return refuse('REDEEM.ITEM_NOT_FOUND');
    if (item.stock < 1) return refuse('REDEEM.OUT_OF_STOCK');
    const codeId = codeDocId(r.shopId, r.digits);
    const code = (await t.collection(COLLECTIONS.reservationCodes).doc(codeId).get()).data as ReservationCode | null;
    if (code?.held) return refuse('collision');
    const posted = await postIn(t, db.command, redemptionHold(heldOf(r), r.createdAt));
    if (posted.outcome === 'below_floor') return refuse('REDEEM.NOT_ENOUGH_POINTS');
    // The same request committed meanwhile (this transaction read before it): try again, and find it.
    if (posted.outcome === 'already_posted') return refuse('collision');
    one(
      await t
        .collection(COLLECTIONS.rewards)
        .doc(r.itemId)
        .update({ data: { ...withStock(item, -1), version: item.version + 1, updatedAt: r.createdAt } }),
    );
    const { _id, ...doc } = r;
    await t.collection(COLLECTIONS.reservations).doc(_id).set({ data: doc });
    await t
      .collection(COLLECTIONS.reservationCodes)
      .doc(codeId)
      .set({ data: { reservationId: _id, held: true } });
    return { reservation: r, created: true };
  });
}

async function freeDigits(t: Tx, r: Reservation) {
  const id = codeDocId(r.shopId, r.digits);
  const code = (await t.collection(COLLECTIONS.reservationCodes).doc(id).get()).data as ReservationCode | null;
  if (code?.reservationId === r._id && code.held)
    one(
      await t
        .collection(COLLECTIONS.reservationCodes)
        .doc(id)
        .update({ data: { held: false } }),
    );
}

/**
 * Expired or cancelled: points back to the passbook, one back to the stock. `owner`: only that
 * volunteer's (cancel); an already ended reservation answers its status (the timer may run twice).
 */
export function releaseReservation(
  db: DB.Database,
  id: string,
  action: 'expire' | 'cancel',
  now: Date,
  owner?: string,
): Promise<Outcome<{ status: Reservation['status']; changed: boolean }>> {
  return run(db, async (t, refuse) => {
    const r = (await t.collection(COLLECTIONS.reservations).doc(id).get()).data as Reservation | null;
    if (!r || (owner !== undefined && r.volunteer !== owner)) return refuse('REDEEM.NOT_FOUND');
    const to = nextStatus(r.status, action);
    if (!to) return { status: r.status, changed: false };
    const held = { ...r, _id: id };
    const posted = await postIn(t, db.command, redemptionRelease(heldOf(held), action === 'expire' ? 'expired' : 'cancelled', now, owner));
    // Ended by a transaction that committed after this one read it held: run again on fresh reads.
    if (posted.outcome !== 'posted') throw new Error(`stale read: release of ${id} ${posted.outcome}`);
    const item = (await t.collection(COLLECTIONS.rewards).doc(r.itemId).get()).data as Reward | null;
    if (item)
      one(
        await t
          .collection(COLLECTIONS.rewards)
          .doc(r.itemId)
          .update({ data: { ...withStock(item, 1), version: item.version + 1, updatedAt: now } }),
      );
    one(
      await t
        .collection(COLLECTIONS.reservations)
        .doc(id)
        .update({ data: { status: to, endedAt: now } }),
    );
    await freeDigits(t, held);
    return { status: to, changed: true };
  });
}

/** Confirmed at the counter (核销) by the merchant of `shopId`: the hold goes to the shop, once. */
export function confirmReservation(db: DB.Database, id: string, shopId: string, by: string, now: Date): Promise<Outcome<Reservation>> {
  return run(db, async (t, refuse) => {
    const r = (await t.collection(COLLECTIONS.reservations).doc(id).get()).data as Reservation | null;
    // Another shop's reservation reads as not found: its code tells a merchant nothing.
    if (!r || r.shopId !== shopId) return refuse('REDEEM.NOT_FOUND');
    if (r.status === 'redeemed') return refuse('REDEEM.ALREADY_REDEEMED');
    if (nextStatus(r.status, 'redeem') !== 'redeemed' || isPastDue(r, now)) return refuse('REDEEM.NOT_HELD');
    const held = { ...r, _id: id };
    const posted = await postIn(t, db.command, redemptionConfirm(heldOf(held), by, now));
    // Confirmed or released by a transaction that committed after this one read it held: run again on fresh reads.
    if (posted.outcome !== 'posted') throw new Error(`stale read: confirm of ${id} ${posted.outcome}`);
    one(
      await t
        .collection(COLLECTIONS.reservations)
        .doc(id)
        .update({ data: { status: 'redeemed', redeemedAt: now, redeemedBy: by } }),
    );
    await freeDigits(t, held);
    return { ...held, status: 'redeemed', redeemedAt: now, redeemedBy: by };
  });
}
