// Guards on submission: a daily quota per OPENID and per phone, and the 24-hour duplicate rule.
import { STATUS_GROUP, type Status } from './states';

export const DAILY_WISHES_PER_OPENID = 5;
export const DAILY_WISHES_PER_PHONE = 5;
export const DUPLICATE_WINDOW_MS = 24 * 3_600_000;

/**
 * Today's quota document (one per business day) and where its two counters live: a map per kind, keyed
 * by hash. The phone and the OPENID are hashed by the caller: no phone in a stored field name.
 * Each map is nested by the hash's first two hex digits (`o.<1>.<1>.<rest>`: 16 × 16 groups). An
 * update rewrites every object on its path, so a counter costs two 16-key objects and its group, not
 * every counter of a busy day.
 */
export const quotaKeys = (day: string, openidHash: string, phoneHash: string) => ({
  docId: `day:${day}`,
  openidHash,
  phoneHash,
  openidField: ['o', ...groupedPath(openidHash)].join('.'),
  phoneField: ['p', ...groupedPath(phoneHash)].join('.'),
});

const groupedPath = (hash: string) => [hash.slice(0, 1), hash.slice(1, 2), hash.slice(2)];

/** The day's document as the first submission creates it: each counter at 1. */
export const firstQuotaCounters = (k: ReturnType<typeof quotaKeys>) => ({
  o: nested(groupedPath(k.openidHash), 1),
  p: nested(groupedPath(k.phoneHash), 1),
});

const nested = (path: string[], value: unknown) =>
  path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as Record<string, unknown>;

export interface RecentWish {
  _id: string;
  buildingId: string;
  category: string;
  status: Status;
  createdAt: Date;
  filedBy: string;
}

/** The same phone + building + category, still waiting or being served (group open), in the last 24 h. */
function sameRequest(recent: readonly RecentWish[], wish: { buildingId: string; category: string }, now: Date): RecentWish[] {
  return recent.filter(
    (r) =>
      r.buildingId === wish.buildingId &&
      r.category === wish.category &&
      STATUS_GROUP[r.status] === 'open' &&
      now.getTime() - r.createdAt.getTime() < DUPLICATE_WINDOW_MS,
  );
}

/**
 * The duplicate rule. Only the filer's own wish is ever named (`own`: warn, and file only when they
 * confirm). Someone else's open wish with the same phone is never revealed: the new wish is filed and
 * flagged for the centre (`flagFor`), so the centre does not serve the same request twice.
 */
export function findDuplicate(
  recent: readonly RecentWish[],
  wish: { buildingId: string; category: string },
  filer: string,
  now: Date,
): { own?: RecentWish; flagFor?: RecentWish } {
  const same = sameRequest(recent, wish, now);
  const own = same.find((r) => r.filedBy === filer);
  return own ? { own } : same.length > 0 ? { flagFor: same[0] } : {};
}

/** Unrated completed wishes close after this long, without penalty. */
export const AUTO_CLOSE_AFTER_DAYS = 7;
