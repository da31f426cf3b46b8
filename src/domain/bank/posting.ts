// Whether an entry may be posted against the stored balances, and what it moves: the pure half of
// cloudfunctions/_lib/post.ts (which reads the balances in a transaction and writes the moves), so
// property tests can run the same rule over long random sequences.
import { floorOf, type AccountId, type JournalEntry } from './ledger';

export interface Move {
  points: number;
  /** Service minutes: only passbooks count them. */
  minutes: number;
}

/** Each account's change: points summed over its lines, and the entry's minutes for passbooks. */
export function movesOf(entry: Pick<JournalEntry, 'lines' | 'minutes'>): Map<AccountId, Move> {
  const out = new Map<AccountId, Move>();
  for (const l of entry.lines) {
    const m = out.get(l.account) ?? { points: 0, minutes: 0 };
    m.points += l.points;
    out.set(l.account, m);
  }
  for (const [account, m] of out) if (account.startsWith('passbook:')) m.minutes = entry.minutes ?? 0;
  return out;
}

export type PostDecision = { ok: true; moves: Map<AccountId, Move> } | { ok: false; account: AccountId };

/** Refuses when any account would fall below its floor (`floorOf`: 0 for all but the issuer). */
export function decidePost(balanceOf: (account: AccountId) => number, entry: Pick<JournalEntry, 'lines' | 'minutes'>): PostDecision {
  const moves = movesOf(entry);
  for (const [account, m] of moves) if (balanceOf(account) + m.points < floorOf(account)) return { ok: false, account };
  return { ok: true, moves };
}
