// The money book (fen), apart from the points: posting one entry in a transaction (idempotent by its
// _id, refused with nothing written when a fund would go below zero), and settling served priced
// wishes — run by the wish function's hourly timer, after the wish closed (its credit booked).
import type { DB } from 'wx-server-sdk';
import { decideMoneyPost, repairEntry, type MoneyAccountId, type MoneyEntry } from '../../../src/domain/money/book';
import type { Wish } from '../../../src/domain/wish/wish';
import { getPage } from '../db';
import { collection } from './names';
import { inTransaction, one, type Tx } from '../transaction';

export interface MoneyAccount {
  _id: MoneyAccountId;
  kind: 'fund' | 'household' | 'provider' | 'outside';
  owner: string;
  balanceFen: number;
}

export type MoneyOutcome = { outcome: 'posted' } | { outcome: 'already_posted' } | { outcome: 'below_floor'; account: MoneyAccountId };

export async function postMoneyIn(t: Tx, _: DB.DatabaseCommand, entry: MoneyEntry): Promise<MoneyOutcome> {
  if ((await t.collection('moneyJournal').doc(entry._id).get()).data) return { outcome: 'already_posted' };
  const stored = new Map<MoneyAccountId, MoneyAccount | null>();
  for (const account of entry.accounts)
    stored.set(account, (await t.collection('moneyAccounts').doc(account).get()).data as MoneyAccount | null);
  const decided = decideMoneyPost((a) => stored.get(a)?.balanceFen ?? 0, entry);
  if (!decided.ok) return { outcome: 'below_floor', account: decided.account };
  await t.collection('moneyJournal').add({ data: { ...entry } });
  for (const [account, fen] of decided.moves) {
    const ref = t.collection('moneyAccounts').doc(account);
    if (stored.get(account)) one(await ref.update({ data: { balanceFen: _.inc(fen) } }));
    else {
      const at = account.indexOf(':');
      await ref.set({ data: { kind: account.slice(0, at), owner: account.slice(at + 1), balanceFen: fen } });
    }
  }
  return { outcome: 'posted' };
}

export async function postMoney(db: DB.Database, entry: MoneyEntry): Promise<MoneyOutcome> {
  const r = await inTransaction<MoneyOutcome, never>(db, (t) => postMoneyIn(t, db.command, entry));
  if ('done' in r) return r.done;
  throw new Error('postMoney: unexpected rollback');
}

/** Closed wishes with a quote not yet in the money book (index moneyPending_1_status_1). */
export const repairsToSettle = (db: DB.Database, page: number, size: number) =>
  getPage<Pick<Wish, '_id'>>(collection(db, 'wishes').where({ moneyPending: true, status: 'closed' }).field({ _id: true }), page, size);

export type SettleOutcome = 'settled' | 'fund_short' | 'not_due';

/**
 * One served wish's money entry and the end of its `moneyPending`, in one transaction: retried, it
 * books once; a fund that is short leaves the wish waiting (nothing written) for a top-up.
 */
export async function settleRepair(db: DB.Database, wishId: string, now: Date): Promise<SettleOutcome> {
  const _ = db.command;
  const r = await inTransaction<SettleOutcome, never>(db, async (t) => {
    const ref = t.collection('wishes').doc(wishId);
    const wish = (await ref.get()).data as Wish | null;
    if (!wish?.moneyPending || wish.status !== 'closed' || !wish.quote || !wish.teamId) return 'not_due';
    const posted = await postMoneyIn(
      t,
      _,
      repairEntry({ _id: wishId, communityId: wish.communityId, teamId: wish.teamId, quote: wish.quote }, now),
    );
    if (posted.outcome === 'below_floor') return 'fund_short';
    one(await ref.update({ data: { moneyPending: _.remove() } }));
    return 'settled';
  });
  if ('done' in r) return r.done;
  throw new Error('settleRepair: unexpected rollback');
}

/**
 * The timer's step: settles closed priced wishes, `batch` at a time, up to `pages` batches. Those whose
 * fund is short stay flagged; the next read skips them (settled ones leave the query), so a short fund
 * never hides the wishes of other communities behind it.
 */
export async function settleRepairs(db: DB.Database, now: Date, batch: number, pages = 5): Promise<Record<SettleOutcome, number>> {
  const counts: Record<SettleOutcome, number> = { settled: 0, fund_short: 0, not_due: 0 };
  for (let n = 0; n < pages; n++) {
    const offset = counts.fund_short + counts.not_due;
    const { data } = (await collection(db, 'wishes')
      .where({ moneyPending: true, status: 'closed' })
      .field({ _id: true })
      .skip(offset)
      .limit(batch + 1)
      .get()) as unknown as { data: Array<Pick<Wish, '_id'>> };
    const items = data.slice(0, batch);
    const hasMore = data.length > batch;
    for (const w of items) counts[await settleRepair(db, w._id, now)]++;
    if (!hasMore) break;
  }
  return counts;
}
