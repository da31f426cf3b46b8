// The hours of services sent back (重办): one transaction reads the wish, books each attempt's
// zero-point `service_hours` entry that is not in the journal yet (its _id is the idempotency key),
// grows the passbooks' minutes, and clears the wish's `hoursPending` — all or nothing. Called right
// after a ≤2★ rating, and by the hourly timer for any wish still flagged.
import type { DB } from 'wx-server-sdk';
import type { Account } from '../../src/domain/bank/account';
import { passbookOf, serviceHours } from '../../src/domain/bank/ledger';
import { countedMinutes } from '../../src/domain/wish/service';
import type { Wish } from '../../src/domain/wish/wish';
import { COLLECTIONS } from './collections/names';

const TX_TRIES = 15;

type Doc = {
  get(): Promise<{ data: unknown }>;
  update(o: { data: unknown }): Promise<unknown>;
  set(o: { data: unknown }): Promise<unknown>;
};
type Tx = { collection(name: string): { doc(id: string): Doc; add(o: { data: unknown }): Promise<unknown> } };

/** Books what is missing; answers how many entries it added (0: nothing was pending, or all were booked). */
export async function bookHours(db: DB.Database, wishId: string, now: Date): Promise<number> {
  const _ = db.command;
  return (db as unknown as { runTransaction<T>(cb: (t: Tx) => Promise<T>, times?: number): Promise<T> }).runTransaction(async (t) => {
    const wishRef = t.collection(COLLECTIONS.wishes).doc(wishId);
    const wish = (await wishRef.get()).data as Wish | null;
    if (!wish?.hoursPending) return 0;
    let added = 0;
    const attempts = wish.attempts ?? [];
    for (let n = 0; n < attempts.length; n++) {
      const a = attempts[n]!;
      const entry = serviceHours(wish._id, n, wish.category, a.claimant, wish.sponsorId, countedMinutes(a.completion), now);
      if ((await t.collection(COLLECTIONS.journal).doc(entry._id).get()).data) continue;
      const passbookRef = t.collection(COLLECTIONS.accounts).doc(passbookOf(a.claimant));
      const passbook = (await passbookRef.get()).data as Account | null;
      await t.collection(COLLECTIONS.journal).add({ data: { ...entry } });
      const minutes = entry.minutes ?? 0;
      if (!passbook) await passbookRef.set({ data: { kind: 'passbook', owner: a.claimant, balance: 0, minutes } });
      else if (minutes > 0) {
        const r = (await passbookRef.update({ data: { minutes: _.inc(minutes) } })) as { stats?: { updated?: number } };
        if (r.stats?.updated !== 1) throw new Error('hours step changed nothing');
      }
      added++;
    }
    await wishRef.update({ data: { hoursPending: _.remove() } });
    return added;
  }, TX_TRIES);
}
