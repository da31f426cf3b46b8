// Guards on submission: a daily quota per OPENID and per phone, and the 24-hour duplicate warning.
import { STATUS_GROUP, type Status } from './states';

export const DAILY_WISHES_PER_OPENID = 5;
export const DAILY_WISHES_PER_PHONE = 5;
export const DUPLICATE_WINDOW_MS = 24 * 3_600_000;

/** Quota counter ids for one business day (the phone is hashed by the caller: no phone in ids). */
export const quotaIds = (day: string, openid: string, phoneHash: string) => ({
  openid: `wish:o:${openid}:${day}`,
  phone: `wish:p:${phoneHash}:${day}`,
});

export interface RecentWish {
  _id: string;
  buildingId: string;
  category: string;
  status: Status;
  createdAt: Date;
}

/** The same phone + building + category, still waiting or being served (group open), in the last 24 h. */
export function findDuplicate(recent: readonly RecentWish[], wish: { buildingId: string; category: string }, now: Date): RecentWish | undefined {
  return recent.find(
    (r) =>
      r.buildingId === wish.buildingId &&
      r.category === wish.category &&
      STATUS_GROUP[r.status] === 'open' &&
      now.getTime() - r.createdAt.getTime() < DUPLICATE_WINDOW_MS,
  );
}

/** Unrated completed wishes close after this long, without penalty. */
export const AUTO_CLOSE_AFTER_DAYS = 7;
