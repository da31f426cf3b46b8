// Property: random sequences of credit, grant, reserve (hold), expire (release), confirm and correct
// (reversal), each sent once or twice (a retry), posted through the posting rule (decidePost) with
// idempotency by entry _id — as cloudfunctions/_lib/post.ts does in a transaction. Whatever happens:
// the journal sums to zero and each entry balances; no account but the issuer is below 0; the applied
// balances equal balancesOf(journal); a hold resolves at most once; a passbook never pays more than it has.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import fc from 'fast-check';
import { decideCorrection } from '../../src/domain/bank/correction';
import {
  balancesOf,
  budgetGrant,
  floorOf,
  isBalanced,
  serviceCredit,
  type AccountId,
  type JournalEntry,
} from '../../src/domain/bank/ledger';
import { decidePost } from '../../src/domain/bank/posting';
import { redemptionConfirm, redemptionHold, redemptionRelease, type HeldReservation } from '../../src/domain/bank/redemption';
import { CATEGORIES } from '../../src/domain/menu';

const NOW = new Date('2026-12-01T02:00:00Z');

type Op =
  | { kind: 'credit'; wish: number; volunteer: string; sponsor: string; points: number }
  | { kind: 'grant'; sponsor: string; points: number; request: number }
  | { kind: 'reserve'; reservation: number; volunteer: string; points: number }
  | { kind: 'expire'; reservation: number }
  | { kind: 'confirm'; reservation: number }
  | { kind: 'correct'; index: number };

const volunteer = fc.constantFrom('o_a', 'o_b', 'o_c');
const sponsor = fc.constantFrom('s1', 's2');
const small = fc.integer({ min: 1, max: 60 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('credit' as const), wish: fc.nat({ max: 30 }), volunteer, sponsor, points: small }),
  fc.record({ kind: fc.constant('grant' as const), sponsor, points: fc.integer({ min: 1, max: 200 }), request: fc.nat({ max: 20 }) }),
  fc.record({ kind: fc.constant('reserve' as const), reservation: fc.nat({ max: 15 }), volunteer, points: small }),
  fc.record({ kind: fc.constant('expire' as const), reservation: fc.nat({ max: 15 }) }),
  fc.record({ kind: fc.constant('confirm' as const), reservation: fc.nat({ max: 15 }) }),
  fc.record({ kind: fc.constant('correct' as const), index: fc.nat() }),
);

/** The bank in memory: the stored balances and the journal, changed only by `post`. */
function bank() {
  const balances = new Map<AccountId, number>();
  const journal: JournalEntry[] = [];
  const posted = new Set<string>();
  /** Reservations as first reserved (a later reserve of the same id reuses it, as the redeem helper's ids are unique). */
  const reservations = new Map<number, HeldReservation>();
  /** What each passbook had just before each debit it paid. */
  const overdrafts: string[] = [];
  const post = (entry: JournalEntry) => {
    if (posted.has(entry._id)) return 'already_posted';
    const d = decidePost((a) => balances.get(a) ?? 0, entry);
    if (!d.ok) return 'below_floor';
    for (const [a, m] of d.moves) {
      if (a.startsWith('passbook:') && m.points < 0 && (balances.get(a) ?? 0) < -m.points) overdrafts.push(entry._id);
      balances.set(a, (balances.get(a) ?? 0) + m.points);
    }
    journal.push(entry);
    posted.add(entry._id);
    return 'posted';
  };
  const entryOf = (o: Op): JournalEntry | undefined => {
    switch (o.kind) {
      case 'credit':
        return serviceCredit({ _id: `w${o.wish}`, category: CATEGORIES[o.wish % CATEGORIES.length]! }, o.volunteer, o.sponsor, NOW, {
          points: o.points,
          rulesVersion: 1,
        });
      case 'grant':
        return budgetGrant(`grant:${o.sponsor}:${o.request}`, o.sponsor, o.points, NOW);
      case 'reserve': {
        const r = reservations.get(o.reservation) ?? {
          reservationId: `r${o.reservation}`,
          volunteer: o.volunteer,
          shopId: 'shop-xingfu',
          points: o.points,
          what: '花生油',
        };
        reservations.set(o.reservation, r);
        return redemptionHold(r, NOW);
      }
      case 'expire': {
        const r = reservations.get(o.reservation);
        return r && redemptionRelease(r, 'expired', NOW);
      }
      case 'confirm': {
        const r = reservations.get(o.reservation);
        return r && redemptionConfirm(r, 'o_shop', NOW);
      }
      case 'correct': {
        if (journal.length === 0) return undefined;
        const d = decideCorrection(journal[o.index % journal.length]!, { by: 'o_admin', reason: '更正', requestId: 'req_prop_0001' }, NOW);
        return d.ok ? d.data : undefined;
      }
    }
  };
  return { balances, journal, reservations, overdrafts, post, entryOf };
}

describe('posting random sequences (fast-check)', () => {
  it('zero sum, floors, stored = derived, a hold resolves once, no passbook pays more than it has', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(op, fc.boolean()), { minLength: 20, maxLength: 120, size: 'max' }), (ops) => {
        const b = bank();
        for (const [o, retried] of ops) {
          const entry = b.entryOf(o);
          if (!entry) continue;
          const first = b.post(entry);
          // A retry (a double tap, a timeout) never posts again.
          if (retried) assert.equal(b.post(entry), first === 'posted' ? 'already_posted' : first);
        }
        let total = 0;
        for (const e of b.journal) {
          assert.ok(isBalanced(e), e._id);
          for (const l of e.lines) total += l.points;
        }
        assert.equal(total, 0);
        for (const [a, v] of b.balances) assert.ok(v >= floorOf(a), `${a} at ${v}`);
        const derived = balancesOf(b.journal);
        for (const a of new Set([...b.balances.keys(), ...derived.keys()])) assert.equal(b.balances.get(a) ?? 0, derived.get(a) ?? 0, a);
        for (const r of b.reservations.values()) {
          const resolved = b.journal.filter((e) => e._id === `release:${r.reservationId}` || e._id === `redeem:${r.reservationId}`);
          assert.ok(resolved.length <= 1, `${r.reservationId} resolved ${resolved.length} times`);
          const held = b.journal.some((e) => e._id === `hold:${r.reservationId}`);
          assert.ok(resolved.length === 0 || held, `${r.reservationId} resolved without a hold`);
        }
        assert.deepEqual(b.overdrafts, []);
        // A reversal is never reversed, and each entry is reversed at most once (its id is the key).
        assert.ok(b.journal.every((e) => e.kind !== 'reversal' || b.journal.find((x) => x._id === e.reverses)?.kind !== 'reversal'));
      }),
      { numRuns: 300 },
    );
  });

  it('sequences do reach the interesting cases (a confirmed and a released reservation, a refused overdraft, a correction)', () => {
    const b = bank();
    const run = (o: Op) => {
      const e = b.entryOf(o);
      return e ? b.post(e) : 'none';
    };
    assert.equal(run({ kind: 'grant', sponsor: 's1', points: 100, request: 1 }), 'posted');
    assert.equal(run({ kind: 'credit', wish: 1, volunteer: 'o_a', sponsor: 's1', points: 50 }), 'posted');
    assert.equal(run({ kind: 'reserve', reservation: 1, volunteer: 'o_a', points: 30 }), 'posted');
    assert.equal(run({ kind: 'reserve', reservation: 2, volunteer: 'o_a', points: 30 }), 'below_floor', 'only 20 left');
    assert.equal(run({ kind: 'confirm', reservation: 1 }), 'posted');
    assert.equal(run({ kind: 'expire', reservation: 1 }), 'below_floor', 'a confirmed hold cannot be released');
    assert.equal(run({ kind: 'correct', index: 1 }), 'below_floor', 'the credit was spent: its reversal is refused');
    assert.equal(run({ kind: 'correct', index: 0 }), 'below_floor', 'the budget was paid out');
    assert.equal(run({ kind: 'grant', sponsor: 's2', points: 10, request: 1 }), 'posted');
    assert.equal(run({ kind: 'correct', index: 4 }), 'posted');
    assert.deepEqual(balancesOf(b.journal).get('sponsor:s2'), 0);
  });
});
