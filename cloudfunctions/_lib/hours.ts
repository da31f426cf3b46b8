// The hours of services sent back (重办): one transaction reads the wish, posts each attempt's
// zero-point `service_hours` entry through postIn (its _id is the idempotency key: one already in the
// journal is skipped), which grows the passbooks' minutes, and clears the wish's `hoursPending` — all
// or nothing. Called right after a ≤2★ rating, and by the hourly timer for any wish still flagged.
import type { DB } from 'wx-server-sdk';
import { serviceHours } from '../../src/domain/bank/ledger';
import { countedMinutes } from '../../src/domain/wish/service';
import type { Wish } from '../../src/domain/wish/wish';
import { postIn } from './post';
import { COLLECTIONS } from './collections/names';
import { inTransaction } from './transaction';

/** Books what is missing; answers how many entries it added (0: nothing was pending, or all were booked). */
export async function bookHours(db: DB.Database, wishId: string, now: Date): Promise<number> {
  const _ = db.command;
  const r = await inTransaction<number, never>(db, async (t) => {
    const wishRef = t.collection(COLLECTIONS.wishes).doc(wishId);
    const wish = (await wishRef.get()).data as Wish | null;
    if (!wish?.hoursPending) return 0;
    let added = 0;
    const attempts = wish.attempts ?? [];
    for (let n = 0; n < attempts.length; n++) {
      const a = attempts[n]!;
      const entry = serviceHours(wish._id, n, wish.category, a.claimant, wish.sponsorId, countedMinutes(a.completion), now);
      if ((await postIn(t, _, entry)).outcome === 'posted') added++;
    }
    await wishRef.update({ data: { hoursPending: _.remove() } });
    return added;
  });
  if ('done' in r) return r.done;
  throw new Error('hours: unexpected rollback');
}
