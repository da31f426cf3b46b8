// Closing a served wish and paying its volunteer: one transaction reads the wish, posts its balanced
// `credit:<wishId>` entry through postIn (the idempotency key: retried, it pays exactly once) and
// closes the wish. The points come from the rules in force (settings `points`), read when it books.
// When the sponsor's budget is short the credit waits in the queue (`waitingCredits`, 等待预算) with
// its points fixed; only the queue's release (oldest first) pays a waiting credit.
import type { DB } from 'wx-server-sdk';
import { serviceCredit, type JournalEntry } from '../../src/domain/bank/ledger';
import { pointsOf, type Priced } from '../../src/domain/bank/rules';
import { settingValue, type StoredSetting } from '../../src/domain/settings';
import { waitingCredit, type WaitingCredit } from '../../src/domain/bank/waiting';
import { countedMinutes } from '../../src/domain/wish/service';
import { decideWish } from '../../src/domain/wish/machine';
import type { Wish } from '../../src/domain/wish/wish';
import { updateOf } from './collections/changes';
import { postIn } from './post';
import { COLLECTIONS } from './collections/names';
import { inTransaction, one } from './transaction';

/** awaiting_confirmation: minutes marked to confirm; the leader's confirm_minutes pays it. budget_exhausted: it waits (等待预算). */
export type CreditOutcome = 'credited' | 'already_closed' | 'budget_exhausted' | 'not_closable' | 'awaiting_confirmation';

type Credited = { outcome: CreditOutcome; entry?: JournalEntry; wish?: Wish };

/** `fromQueue`: the queue's release is paying it (a waiting credit is paid only in its turn). */
export async function creditAndClose(db: DB.Database, wishId: string, now: Date, opts: { fromQueue?: boolean } = {}): Promise<Credited> {
  const _ = db.command;
  const r = await inTransaction<Credited, 'BUDGET'>(db, async (t) => {
    const wish = (await t.collection(COLLECTIONS.wishes).doc(wishId).get()).data as Wish | null;
    if (!wish) return { outcome: 'not_closable' };
    if (wish.status === 'closed') return { outcome: 'already_closed' };
    if (!wish.claimant) return { outcome: 'not_closable' };
    const waitingRef = t.collection(COLLECTIONS.waitingCredits).doc(wishId);
    const waiting = (await waitingRef.get()).data as WaitingCredit | null;
    const queued = waiting?.status === 'waiting';
    if (queued && !opts.fromQueue) return { outcome: 'budget_exhausted' };
    // The rules in force now, read in the transaction (no request of its own); a waiting credit keeps its points.
    const stored = queued ? null : ((await t.collection(COLLECTIONS.settings).doc('points').get()).data as StoredSetting<'points'> | null);
    const priced: Priced = queued
      ? { points: waiting.points, rulesVersion: waiting.rulesVersion }
      : {
          points: pointsOf(settingValue('points', stored)[wish.category], countedMinutes(wish.completion)),
          rulesVersion: stored?.version ?? 0,
        };
    const entry = serviceCredit(wish, wish.claimant, wish.sponsorId, now, priced);
    const decision = decideWish('close', wish, { openid: 'system', relations: ['system'] }, now, { creditEntryId: entry._id });
    if (!decision.ok)
      return { outcome: decision.error.code === 'MINUTES.AWAITING_CONFIRMATION' ? 'awaiting_confirmation' : 'not_closable' };
    const posted = await postIn(t, _, entry);
    if (posted.outcome === 'below_floor') {
      // Short of budget: the first time, the credit joins the queue (that write commits); after, nothing is written.
      if (queued) await t.rollback('BUDGET');
      else {
        const { _id, ...queue } = waitingCredit(
          { wishId, sponsorId: wish.sponsorId, volunteer: wish.claimant, category: wish.category, ...priced },
          now,
        );
        await waitingRef.set({ data: queue });
      }
      return { outcome: 'budget_exhausted' };
    }
    one(
      await t
        .collection(COLLECTIONS.wishes)
        .doc(wishId)
        .update({ data: updateOf(_, decision.data) }),
    );
    if (waiting) one(await waitingRef.update({ data: { status: 'paid', paidAt: now } }));
    return { outcome: 'credited', entry, wish };
  });
  return 'done' in r ? r.done : { outcome: 'budget_exhausted' };
}
