// Posting one journal entry inside a transaction: the one way points move. It reads the entry's _id
// (the idempotency key: posted before → nothing is written) and every account it touches, refuses
// when any account would fall below its floor (nothing written), then adds the entry and moves each
// balance. A passbook's minutes grow by the entry's minutes. A missing account is opened with its
// kind and owner taken from its id. Callers compose it with their own reads and writes (a
// reservation's stock, a wish's close) in the same transaction.
import type { DB } from 'wx-server-sdk';
import type { Account } from '../../src/domain/bank/account';
import type { AccountId, JournalEntry } from '../../src/domain/bank/ledger';
import { decidePost } from '../../src/domain/bank/posting';
import { COLLECTIONS } from './collections/names';
import { inTransaction, one, type Tx } from './transaction';

export type PostOutcome = { outcome: 'posted' } | { outcome: 'already_posted' } | { outcome: 'below_floor'; account: AccountId };

/** `passbook:o_x` → { kind: 'passbook', owner: 'o_x' }; `office:savings:c-1` → { kind: 'office', owner: 'savings:c-1' }. */
export function openingOf(id: AccountId): Pick<Account, 'kind' | 'owner'> {
  const at = id.indexOf(':');
  return { kind: id.slice(0, at) as Account['kind'], owner: id.slice(at + 1) };
}

export async function postIn(t: Tx, _: DB.DatabaseCommand, entry: JournalEntry): Promise<PostOutcome> {
  if ((await t.collection(COLLECTIONS.journal).doc(entry._id).get()).data) return { outcome: 'already_posted' };
  const stored = new Map<AccountId, Account | null>();
  for (const account of new Set(entry.lines.map((l) => l.account)))
    stored.set(account, (await t.collection(COLLECTIONS.accounts).doc(account).get()).data as Account | null);
  const decided = decidePost((a) => stored.get(a)?.balance ?? 0, entry);
  if (!decided.ok) return { outcome: 'below_floor', account: decided.account };
  await t.collection(COLLECTIONS.journal).add({ data: { ...entry } });
  for (const [account, m] of decided.moves) {
    if (m.points === 0 && m.minutes === 0) continue;
    const ref = t.collection(COLLECTIONS.accounts).doc(account);
    if (stored.get(account)) one(await ref.update({ data: { balance: _.inc(m.points), minutes: _.inc(m.minutes) } }));
    else await ref.set({ data: { ...openingOf(account), balance: m.points, minutes: m.minutes } });
  }
  return { outcome: 'posted' };
}

/** Posts `entry` in a transaction of its own. */
export async function postOnce(db: DB.Database, entry: JournalEntry): Promise<PostOutcome> {
  const r = await inTransaction<PostOutcome, never>(db, (t) => postIn(t, db.command, entry));
  if ('done' in r) return r.done;
  throw new Error('post: unexpected rollback');
}
