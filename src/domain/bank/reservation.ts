// A reservation (预约兑换): a volunteer holds an item's points and one of its stock until the shop's
// counter confirms it (核销) or it expires or is cancelled. The lifecycle is the table below; every
// move out of `held` posts one entry of redemption.ts and gives the stock back unless redeemed.
import type { HeldReservation } from './redemption';

export const RESERVATION_STATUSES = ['held', 'redeemed', 'expired', 'cancelled'] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];
export type ReservationAction = 'redeem' | 'expire' | 'cancel';

/** Who may do what to a held reservation; nothing leaves a final status. */
export const RESERVATION_LIFECYCLE: Readonly<
  Record<ReservationStatus, Partial<Record<ReservationAction, { to: ReservationStatus; by: 'merchant' | 'owner' | 'timer' }>>>
> = {
  held: {
    redeem: { to: 'redeemed', by: 'merchant' }, // the shop's own merchant, at the counter
    expire: { to: 'expired', by: 'timer' }, // past expiresAt
    cancel: { to: 'cancelled', by: 'owner' }, // the volunteer who reserved
  },
  redeemed: {},
  expired: {},
  cancelled: {},
};

export const nextStatus = (from: ReservationStatus, action: ReservationAction): ReservationStatus | undefined =>
  RESERVATION_LIFECYCLE[from][action]?.to;

export interface Reservation {
  _id: string;
  itemId: string;
  shopId: string;
  /** The volunteer's OPENID. */
  volunteer: string;
  /** The volunteer's community (reviews group by it). */
  communityId: string;
  points: number;
  itemName: string;
  /** 花生油 · 幸福超市 */
  what: string;
  status: ReservationStatus;
  createdAt: Date;
  expiresAt: Date;
  redeemedAt?: Date;
  redeemedBy?: string;
  endedAt?: Date;
  /** sha256 of the QR token (the token itself is derived, never stored: see cloudfunctions/_lib/codes.ts). */
  codeHash: string;
  /** The six digits typed at the counter: unique among the shop's held reservations. */
  digits: string;
  requestId: string;
}

export const heldOf = (r: Pick<Reservation, '_id' | 'volunteer' | 'shopId' | 'points' | 'what'>): HeldReservation => ({
  reservationId: r._id,
  volunteer: r.volunteer,
  shopId: r.shopId,
  points: r.points,
  what: r.what,
});

/** Six digits from a random integer (leading zeros kept): what the volunteer reads out at the counter. */
export const digitsOf = (n: number): string => String(Math.abs(Math.trunc(n)) % 1_000_000).padStart(6, '0');
export const isDigits = (s: string): boolean => /^\d{6}$/.test(s);

export const expiresAtOf = (now: Date, holdHours: number): Date => new Date(now.getTime() + holdHours * 3_600_000);
/** A held reservation past its time reads as expired, even before the timer turns it. */
export const isPastDue = (r: Pick<Reservation, 'expiresAt'>, now: Date): boolean => new Date(r.expiresAt).getTime() <= now.getTime();
