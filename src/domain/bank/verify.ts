// 核对 (bank:verify): recompute every balance and every passbook's minutes from the journal and list
// where the stored accounts differ, and any entry that does not balance. Pure: the caller reads the
// whole journal and every account (the admin action in pages, the script from the store).
import type { Account } from './account';
import { floorOf, isBalanced, type AccountId, type JournalEntry } from './ledger';
import { movesOf } from './posting';

export interface Difference {
  account: string;
  stored: { balance: number; minutes: number } | null;
  derived: { balance: number; minutes: number };
}

export interface VerifyReport {
  entries: number;
  accounts: number;
  /** Sum of every line of every entry: 0 when the books balance. */
  total: number;
  unbalanced: string[];
  differences: Difference[];
  /** Accounts (stored or derived) below their floor. */
  belowFloor: string[];
}

export function verifyLedger(
  journal: readonly Pick<JournalEntry, '_id' | 'lines' | 'minutes'>[],
  accounts: readonly Pick<Account, '_id' | 'balance' | 'minutes'>[],
): VerifyReport {
  const derived = new Map<string, { balance: number; minutes: number }>();
  const unbalanced: string[] = [];
  let total = 0;
  for (const e of journal) {
    if (!isBalanced(e)) unbalanced.push(e._id);
    for (const l of e.lines) total += l.points;
    for (const [account, m] of movesOf(e)) {
      const d = derived.get(account) ?? { balance: 0, minutes: 0 };
      d.balance += m.points;
      d.minutes += m.minutes;
      derived.set(account, d);
    }
  }
  const stored = new Map(accounts.map((a) => [a._id, a]));
  const differences: Difference[] = [];
  for (const id of new Set([...stored.keys(), ...derived.keys()])) {
    const s = stored.get(id);
    const d = derived.get(id) ?? { balance: 0, minutes: 0 };
    const sm = { balance: s?.balance ?? 0, minutes: s?.minutes ?? 0 };
    // Minutes are counted on passbooks only (other accounts' stored minutes stay 0).
    const minutesDiffer = id.startsWith('passbook:') && sm.minutes !== d.minutes;
    if (sm.balance !== d.balance || minutesDiffer)
      differences.push({ account: id, stored: s ? { balance: s.balance, minutes: s.minutes } : null, derived: d });
  }
  const belowFloor = [...new Set([...stored.keys(), ...derived.keys()])].filter((id) => {
    const floor = floorOf(id as AccountId);
    return (stored.get(id)?.balance ?? 0) < floor || (derived.get(id)?.balance ?? 0) < floor;
  });
  return { entries: journal.length, accounts: accounts.length, total, unbalanced, differences, belowFloor };
}
