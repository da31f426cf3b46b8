// Invariants of the whole store after races and faults: every wish's history is a legal walk of the
// machine that ends in its status and matches its version; the journal balances entry by entry and in
// total; stored balances equal balances recomputed from the journal; a closed wish was paid exactly once;
// no account but the issuer is below 0; a reservation's hold resolves at most once; a reversal mirrors
// its original and is never reversed; a waiting credit (等待预算) is for a wish not yet paid; an
// activity's counters equal its sign-ups, and each attendee is paid by exactly the entry it names.
import type { Database } from '../../localcloud/store/database';
import { signUpIdOf, type Activity, type SignUp } from '../../src/domain/activity/activity';
import { balancesOf, floorOf, isBalanced, type AccountId, type JournalEntry } from '../../src/domain/bank/ledger';
import { movesOf } from '../../src/domain/bank/posting';
import { isLegalHistory } from '../../src/domain/wish/machine';
import { HELD } from '../../src/domain/wish/states';
import type { Wish } from '../../src/domain/wish/wish';

export interface InvariantReport {
  wishes: number;
  byStatus: Record<string, number>;
  journalEntries: number;
  creditEntries: number;
  /** Points moved by service credits (sponsor → passbooks). */
  pointsMoved: number;
  minutesCredited: number;
  /** Human-readable violations; empty when every invariant holds. */
  violations: string[];
}

const MAX_LISTED = 20;
/** Sign-up statuses that hold one of an activity's places. */
const PLACED: readonly string[] = ['signed_up', 'checked_in', 'checked_out', 'attended', 'no_show'];

export function wishesOf(db: Database): Wish[] {
  return [...db.get('wishes').docs.values()] as unknown as Wish[];
}

export function journalOf(db: Database): JournalEntry[] {
  return [...db.get('journal').docs.values()] as unknown as JournalEntry[];
}

export function accountsOf(db: Database): Array<{ _id: string; balance: unknown; minutes?: unknown }> {
  return [...db.get('accounts').docs.values()] as unknown as Array<{ _id: string; balance: unknown; minutes?: unknown }>;
}

/** Checks every invariant over the in-process store; never throws, lists what is wrong. */
export function checkInvariants(db: Database): InvariantReport {
  const violations: string[] = [];
  const flag = (msg: string) => {
    if (violations.length < MAX_LISTED) violations.push(msg);
    else if (violations.length === MAX_LISTED) violations.push('… more violations not listed');
  };
  const wishes = wishesOf(db);
  const journal = journalOf(db);
  const byStatus: Record<string, number> = {};

  // Wishes: legal history, last `to` = status, history length + 1 = version.
  for (const w of wishes) {
    byStatus[w.status] = (byStatus[w.status] ?? 0) + 1;
    if (!isLegalHistory(w.history))
      flag(`wish ${w._id}: illegal history ${w.history.map((h) => `${h.from}-${h.action}->${h.to}`).join(', ')}`);
    const last = w.history.length ? w.history[w.history.length - 1]!.to : 'submitted';
    if (last !== w.status) flag(`wish ${w._id}: status ${w.status} but history ends in ${last}`);
    if (w.history.length + 1 !== w.version) flag(`wish ${w._id}: version ${w.version} for ${w.history.length} transitions`);
    // Who holds it must agree with the state.
    const held = HELD.includes(w.status);
    if (held && !w.claimant) flag(`wish ${w._id}: ${w.status} without a claimant`);
    if (!held && w.claimant) flag(`wish ${w._id}: ${w.status} but still has claimant`);
  }

  // Journal: each entry balances, the whole journal sums to zero.
  let total = 0;
  for (const e of journal) {
    if (!isBalanced(e)) flag(`journal ${e._id}: unbalanced`);
    for (const l of e.lines) total += l.points;
  }
  if (total !== 0) flag(`journal sums to ${total}, not 0`);

  // Stored balances = balances derived from the journal (both directions).
  const derived = balancesOf(journal);
  const stored = new Map(accountsOf(db).map((a) => [a._id, a]));
  for (const [account, points] of derived) {
    const s = stored.get(account);
    if (!s) flag(`account ${account}: in the journal (${points}) but not stored`);
    else if (s.balance !== points) flag(`account ${account}: stored ${JSON.stringify(s.balance)} ≠ journal ${points}`);
  }
  for (const [id, s] of stored) {
    if (!derived.has(id as never) && s.balance !== 0) flag(`account ${id}: stored ${JSON.stringify(s.balance)} without journal entries`);
  }
  // Passbook minutes = minutes of its entries (the posting rule's moves: credits, a sent-back service's
  // hours, a reversal's negative minutes).
  const minutesByPassbook = new Map<string, number>();
  for (const e of journal)
    for (const [account, m] of movesOf(e)) if (m.minutes) minutesByPassbook.set(account, (minutesByPassbook.get(account) ?? 0) + m.minutes);
  for (const [account, minutes] of minutesByPassbook) {
    const s = stored.get(account);
    if (s && s.minutes !== minutes) flag(`account ${account}: stored minutes ${JSON.stringify(s.minutes)} ≠ journal ${minutes}`);
  }
  // Floors: only the issuer goes below 0, stored or derived.
  for (const id of new Set<string>([...stored.keys(), ...derived.keys()])) {
    const floor = floorOf(id as AccountId);
    const s = stored.get(id)?.balance;
    if ((typeof s === 'number' && s < floor) || (derived.get(id as AccountId) ?? 0) < floor) flag(`account ${id}: below its floor`);
  }
  // A reservation's hold resolves at most once (released or confirmed), and a resolved hold is empty.
  const entryIds = new Set(journal.map((e) => e._id));
  for (const e of journal.filter((x) => x.kind === 'redemption_hold')) {
    const rid = e.reservationId ?? e._id.slice('hold:'.length);
    const resolved = [`release:${rid}`, `redeem:${rid}`].filter((id) => entryIds.has(id));
    if (resolved.length > 1) flag(`reservation ${rid}: resolved ${resolved.length} times`);
    if (resolved.length === 1 && (derived.get(`hold:${rid}`) ?? 0) !== 0) flag(`reservation ${rid}: resolved but its hold is not empty`);
  }
  // Corrections: a reversal mirrors its original, which exists and is not itself a reversal.
  const journalById = new Map(journal.map((e) => [e._id, e]));
  for (const r of journal.filter((x) => x.kind === 'reversal')) {
    const original = r.reverses ? journalById.get(r.reverses) : undefined;
    if (!original) flag(`${r._id}: reverses nothing`);
    else if (original.kind === 'reversal') flag(`${r._id}: reverses a reversal`);
    else if (original.lines.some((l, i) => r.lines[i]?.account !== l.account || r.lines[i]?.points !== -l.points))
      flag(`${r._id}: does not mirror ${original._id}`);
  }

  // Credits: exactly one per closed-and-credited wish, paid to its claimant; none for any other wish.
  const credits = journal.filter((e) => e.kind === 'service_credit');
  const creditsByWish = new Map<string, JournalEntry[]>();
  for (const e of credits) creditsByWish.set(e.wishId ?? '?', [...(creditsByWish.get(e.wishId ?? '?') ?? []), e]);
  const byId = new Map(wishes.map((w) => [w._id, w]));
  for (const w of wishes) {
    const mine = creditsByWish.get(w._id) ?? [];
    if (w.status === 'closed') {
      if (mine.length !== 1) flag(`wish ${w._id}: closed with ${mine.length} credit entries`);
      if (w.creditEntryId !== `credit:${w._id}`) flag(`wish ${w._id}: closed with creditEntryId ${String(w.creditEntryId)}`);
      // The idempotency key: the entry's _id is `credit:<wishId>`, and the wish names that very entry.
      if (mine[0] && (mine[0]._id !== `credit:${w._id}` || mine[0]._id !== w.creditEntryId))
        flag(`wish ${w._id}: paid by entry ${mine[0]._id}, names ${String(w.creditEntryId)}`);
      const to = mine[0]?.lines.find((l) => l.points > 0)?.account;
      if (mine[0] && to !== `passbook:${w.claimant}`) flag(`wish ${w._id}: credit went to ${to}, claimant ${w.claimant}`);
    } else if (mine.length) flag(`wish ${w._id}: ${w.status} but has ${mine.length} credit entries`);
  }
  for (const wishId of creditsByWish.keys()) if (!byId.has(wishId)) flag(`credit for unknown wish ${wishId}`);
  // The budget queue: a waiting credit's wish is not paid yet; a paid one's wish is closed.
  for (const q of db.get('waitingCredits').docs.values() as unknown as Iterable<{ _id: string; status: string }>) {
    const w = byId.get(q._id);
    if (q.status === 'waiting' && (creditsByWish.get(q._id)?.length ?? 0) > 0) flag(`waiting credit ${q._id}: already paid`);
    if (q.status === 'paid' && w?.status !== 'closed') flag(`waiting credit ${q._id}: paid but the wish is ${w?.status}`);
  }

  // A redo's hours and awards: `<kind>:<wishId>:<n>` names an attempt of that wish and pays its claimant.
  for (const e of journal.filter((x) => x.kind === 'service_hours' || x.kind === 'service_award')) {
    const [, wishId = '', n = ''] = e._id.split(':');
    const attempt = byId.get(wishId)?.attempts?.[Number(n)];
    const to = e.lines.find((l) => l.account.startsWith('passbook:'))?.account;
    if (!attempt) flag(`${e._id}: no such attempt`);
    else if (to !== `passbook:${attempt.claimant}`) flag(`${e._id}: went to ${to}, attempt served by ${attempt.claimant}`);
  }

  // Activities: the counters equal the sign-ups; an activity_credit pays the attended sign-up naming it, once.
  const signUps = [...db.get('signups').docs.values()] as unknown as SignUp[];
  for (const a of db.get('activities').docs.values() as unknown as Iterable<Activity>) {
    const mine = signUps.filter((x) => x.activityId === a._id);
    const placed = mine.filter((x) => PLACED.includes(x.status)).length;
    const waiting = mine.filter((x) => x.status === 'waiting').length;
    if (placed !== a.signedUp || waiting !== a.waiting)
      flag(`activity ${a._id}: counters ${a.signedUp}/${a.waiting}, sign-ups ${placed}/${waiting}`);
    if (placed > a.quota) flag(`activity ${a._id}: ${placed} places for a quota of ${a.quota}`);
  }
  const signUpById = new Map(signUps.map((x) => [x._id, x]));
  for (const e of journal.filter((x) => x.kind === 'activity_credit')) {
    const to = e.lines.find((l) => l.account.startsWith('passbook:'))?.account.slice('passbook:'.length) ?? '';
    const s = signUpById.get(signUpIdOf(e.activityId ?? '', to));
    if (!s || s.status !== 'attended' || s.creditEntryId !== e._id) flag(`${e._id}: pays no attended sign-up (${s?.status})`);
  }
  for (const x of signUps.filter((y) => y.status === 'attended'))
    if (!x.creditEntryId || !journal.some((e) => e._id === x.creditEntryId)) flag(`sign-up ${x._id}: attended without its entry`);

  return {
    wishes: wishes.length,
    byStatus,
    journalEntries: journal.length,
    creditEntries: credits.length,
    pointsMoved: credits.reduce((s, e) => s + e.lines.filter((l) => l.points > 0).reduce((a, l) => a + l.points, 0), 0),
    minutesCredited: credits.reduce((s, e) => s + (e.minutes ?? 0), 0),
    violations,
  };
}

/** A small seeded PRNG (mulberry32): the same seed generates the same operations. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T,
    chance: (p: number) => next() < p,
  };
}

/** HARDENING_SCALE (default 1) multiplies the sizes of the randomized suites. */
export function scale(n: number): number {
  const s = Number(process.env.HARDENING_SCALE ?? '1');
  return Math.max(1, Math.round(n * (Number.isFinite(s) && s > 0 ? s : 1)));
}

/** Counts `key` in a tally. */
export function tally(t: Record<string, number>, key: string, n = 1): void {
  t[key] = (t[key] ?? 0) + n;
}
