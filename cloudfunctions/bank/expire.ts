// The timer (every ten minutes): held reservations past their time expire — points back to the
// passbook, one back to the stock — each in its own transaction. Bounded pages of the oldest due
// (index status_1_expiresAt_1), so a late run catches up; a second run finds nothing left to do.
import type { DB } from 'wx-server-sdk';
import { dueReservations } from '../_lib/collections/rewards';
import { releaseReservation } from './moves';

const PAGE = 50;
const MAX_PAGES = 20;

export async function expireDue(db: DB.Database, now = new Date()): Promise<{ expired: number; skipped: number }> {
  const seen = new Set<string>();
  let expired = 0;
  for (let p = 0; p < MAX_PAGES; p++) {
    const due = (await dueReservations(db, now, PAGE)).filter((r) => !seen.has(r._id));
    if (due.length === 0) break;
    for (const r of due) {
      seen.add(r._id);
      const out = await releaseReservation(db, r._id, 'expire', now);
      if (out.ok && out.value.changed) expired++;
    }
  }
  return { expired, skipped: seen.size - expired };
}
