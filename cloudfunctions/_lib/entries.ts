// Appending one journal entry outside a wish's close (today: the centre's award for a sent-back
// service). One transaction reads the entry's _id (the idempotency key: a second call writes
// nothing), the sponsor's budget when points move, and the passbook; adds the entry and moves both
// balances and the minutes. Retried, it books exactly once.
import type { DB } from 'wx-server-sdk';
import type { Account } from '../../src/domain/bank/account';
import { passbookOf, type JournalEntry } from '../../src/domain/bank/ledger';
import { COLLECTIONS } from './collections/names';

const TX_TRIES = 15;

export type BookOutcome = 'booked' | 'already_booked' | 'budget_exhausted';

type Doc = {
  get(): Promise<{ data: unknown }>;
  update(o: { data: unknown }): Promise<unknown>;
  set(o: { data: unknown }): Promise<unknown>;
};
type Tx = {
  collection(name: string): { doc(id: string): Doc; add(o: { data: unknown }): Promise<unknown> };
  rollback(r: unknown): Promise<void>;
};

/** Books `entry` (its positive line, if any, goes to `volunteer`'s passbook; its negative to the sponsor). */
export async function bookOnce(db: DB.Database, entry: JournalEntry, volunteer: string): Promise<BookOutcome> {
  const _ = db.command;
  const points = entry.lines.find((l) => l.points > 0)?.points ?? 0;
  const sponsorLine = entry.lines.find((l) => l.account.startsWith('sponsor:'))!;
  try {
    return await (db as unknown as { runTransaction<T>(cb: (t: Tx) => Promise<T>, times?: number): Promise<T> }).runTransaction(
      async (t) => {
        const accounts = t.collection(COLLECTIONS.accounts);
        if ((await t.collection(COLLECTIONS.journal).doc(entry._id).get()).data) return 'already_booked' as const;
        const sponsorRef = accounts.doc(sponsorLine.account);
        if (points > 0) {
          const sponsor = (await sponsorRef.get()).data as Account | null;
          if (!sponsor || sponsor.balance < points) {
            await t.rollback('BUDGET');
            return 'budget_exhausted' as const;
          }
        }
        const passbookRef = accounts.doc(passbookOf(volunteer));
        const passbook = (await passbookRef.get()).data as Account | null;
        const one = (r: unknown) => {
          if ((r as { stats?: { updated?: number } }).stats?.updated !== 1) throw new Error('booking step changed nothing');
        };
        const minutes = entry.minutes ?? 0;
        await t.collection(COLLECTIONS.journal).add({ data: { ...entry } });
        if (points > 0) one(await sponsorRef.update({ data: { balance: _.inc(-points) } }));
        if (passbook) {
          if (points > 0 || minutes > 0) one(await passbookRef.update({ data: { balance: _.inc(points), minutes: _.inc(minutes) } }));
        } else await passbookRef.set({ data: { kind: 'passbook', owner: volunteer, balance: points, minutes } });
        return 'booked' as const;
      },
      TX_TRIES,
    );
  } catch (err) {
    if (err === 'BUDGET') return 'budget_exhausted';
    throw err;
  }
}
