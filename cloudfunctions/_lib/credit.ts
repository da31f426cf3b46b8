// Closing a served wish and paying its volunteer: one transaction reads the wish, the sponsor's
// budget and the passbook, appends a balanced journal entry whose _id is the idempotency key
// (`credit:<wishId>`), moves the balances and closes the wish. Retried, it pays exactly once.
import type { DB } from 'wx-server-sdk';
import type { Account } from '../../src/domain/bank/account';
import { serviceCredit, passbookOf, sponsorAccount, type JournalEntry } from '../../src/domain/bank/ledger';
import { decideWish } from '../../src/domain/wish/machine';
import type { Wish } from '../../src/domain/wish/wish';
import { updateOf } from './collections/changes';
import { COLLECTIONS } from './collections/names';

/**
 * Every credit debits its sponsor's one budget document, and optimistic commits let one of N
 * concurrent credits through per round: allow many more retries than the SDK's 3.
 */
const TX_TRIES = 15;

/** awaiting_confirmation: minutes marked to confirm; the leader's confirm_minutes pays it. */
export type CreditOutcome = 'credited' | 'already_closed' | 'budget_exhausted' | 'not_closable' | 'awaiting_confirmation';

/* The SDK's transaction object is untyped in wx-server-sdk's declarations. */
type Tx = {
  collection(name: string): {
    doc(id: string): {
      get(): Promise<{ data: unknown }>;
      update(o: { data: unknown }): Promise<unknown>;
      set(o: { data: unknown }): Promise<unknown>;
    };
    add(o: { data: unknown }): Promise<unknown>;
  };
  rollback(reason: unknown): Promise<void>;
};

export async function creditAndClose(
  db: DB.Database,
  wishId: string,
  now: Date,
): Promise<{ outcome: CreditOutcome; entry?: JournalEntry; wish?: Wish }> {
  const _ = db.command;
  try {
    return await (db as unknown as { runTransaction<T>(cb: (t: Tx) => Promise<T>, times?: number): Promise<T> }).runTransaction(
      async (t) => {
        const wish = (await t.collection(COLLECTIONS.wishes).doc(wishId).get()).data as Wish | null;
        if (!wish) return { outcome: 'not_closable' as const };
        if (wish.status === 'closed') return { outcome: 'already_closed' as const };
        if (!wish.claimant) return { outcome: 'not_closable' as const };
        const sponsorId = wish.sponsorId;
        const entry = serviceCredit(wish, wish.claimant, sponsorId, now);
        const decision = decideWish('close', wish, { openid: 'system', relations: ['system'] }, now, { creditEntryId: entry._id });
        if (!decision.ok)
          return {
            outcome:
              decision.error.code === 'MINUTES.AWAITING_CONFIRMATION' ? ('awaiting_confirmation' as const) : ('not_closable' as const),
          };
        const points = entry.lines.find((l) => l.points > 0)!.points;
        const sponsorRef = t.collection(COLLECTIONS.accounts).doc(sponsorAccount(sponsorId));
        const sponsor = (await sponsorRef.get()).data as Account | null;
        if (!sponsor || sponsor.balance < points) {
          await t.rollback('BUDGET');
          return { outcome: 'budget_exhausted' as const };
        }
        const passbookRef = t.collection(COLLECTIONS.accounts).doc(passbookOf(wish.claimant));
        const passbook = (await passbookRef.get()).data as Account | null;
        // Every step must change exactly what it names, or the whole transaction is thrown away.
        const one = (r: unknown) => {
          if ((r as { stats?: { updated?: number } }).stats?.updated !== 1) throw new Error('credit step changed nothing');
        };
        await t.collection(COLLECTIONS.journal).add({ data: { ...entry } });
        one(await sponsorRef.update({ data: { balance: _.inc(-points) } }));
        if (passbook) one(await passbookRef.update({ data: { balance: _.inc(points), minutes: _.inc(entry.minutes ?? 0) } }));
        else await passbookRef.set({ data: { kind: 'passbook', owner: wish.claimant, balance: points, minutes: entry.minutes ?? 0 } });
        one(
          await t
            .collection(COLLECTIONS.wishes)
            .doc(wishId)
            .update({ data: updateOf(_, decision.data) }),
        );
        return { outcome: 'credited' as const, entry, wish };
      },
      TX_TRIES,
    );
  } catch (err) {
    if (err === 'BUDGET') return { outcome: 'budget_exhausted' };
    throw err;
  }
}
