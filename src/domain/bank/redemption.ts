// The three journal entries of a reservation (预约兑换) of the 爱心联盟: its points are held (passbook
// → hold) when the volunteer reserves; the hold goes to the shop when the counter confirms (核销), or
// back to the passbook when the reservation expires or is cancelled. A hold account's floor is 0, so
// a reservation can be resolved only once: a second release or confirm would take it below zero.
import { holdAccount, makeEntry, merchantAccount, passbookOf, type JournalEntry } from './ledger';

export interface HeldReservation {
  reservationId: string;
  volunteer: string;
  shopId: string;
  points: number;
  /** What was reserved, for the passbook (一桶花生油 · 幸福超市). */
  what: string;
}

export const holdEntryId = (reservationId: string) => `hold:${reservationId}`;
export const releaseEntryId = (reservationId: string) => `release:${reservationId}`;
export const redeemEntryId = (reservationId: string) => `redeem:${reservationId}`;

/** Reserving: the points leave the passbook for the reservation's hold. */
export function redemptionHold(r: HeldReservation, now: Date): JournalEntry {
  return makeEntry({
    _id: holdEntryId(r.reservationId),
    kind: 'redemption_hold',
    at: now,
    reservationId: r.reservationId,
    lines: [
      { account: passbookOf(r.volunteer), points: -r.points },
      { account: holdAccount(r.reservationId), points: r.points },
    ],
    memo: `预约兑换 ${r.what}`,
    by: r.volunteer,
  });
}

/** Expired or cancelled: the hold goes back to the passbook. */
export function redemptionRelease(r: HeldReservation, why: 'expired' | 'cancelled', now: Date, by?: string): JournalEntry {
  return makeEntry({
    _id: releaseEntryId(r.reservationId),
    kind: 'redemption_release',
    at: now,
    reservationId: r.reservationId,
    lines: [
      { account: holdAccount(r.reservationId), points: -r.points },
      { account: passbookOf(r.volunteer), points: r.points },
    ],
    memo: why === 'expired' ? `预约已过期，积分退回：${r.what}` : `已取消预约，积分退回：${r.what}`,
    ...(by ? { by } : {}),
  });
}

/**
 * Confirmed at the counter by the shop's merchant (`by`): the hold goes to the shop. The passbook is
 * named with a zero line, so the volunteer's passbook lists the confirmation (已核销) next to the hold.
 */
export function redemptionConfirm(r: HeldReservation, by: string, now: Date): JournalEntry {
  return makeEntry({
    _id: redeemEntryId(r.reservationId),
    kind: 'redemption',
    at: now,
    reservationId: r.reservationId,
    lines: [
      { account: holdAccount(r.reservationId), points: -r.points },
      { account: merchantAccount(r.shopId), points: r.points },
      { account: passbookOf(r.volunteer), points: 0 },
    ],
    memo: `已核销 ${r.what}`,
    by,
  });
}
