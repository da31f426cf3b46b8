// Property: whatever sequence of credits, grants and reversals the bank journals, the balances of
// all accounts sum to zero and each entry balances on its own.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import fc from 'fast-check';
import { balancesOf, budgetGrant, isBalanced, reversal, serviceCredit, type JournalEntry } from '../../src/domain/bank/ledger';
import { CATEGORIES } from '../../src/domain/menu';

const NOW = new Date('2024-05-01T08:00:00Z');

type Op =
  | { kind: 'credit'; category: (typeof CATEGORIES)[number]; volunteer: string; sponsor: string; minutes: number }
  | { kind: 'grant'; sponsor: string; points: number }
  | { kind: 'reverse'; index: number };

const who = fc.constantFrom('o_a', 'o_b', 'o_c');
const sponsor = fc.constantFrom('s1', 's2');
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('credit' as const),
    category: fc.constantFrom(...CATEGORIES),
    volunteer: who,
    sponsor,
    minutes: fc.integer({ min: 0, max: 2000 }),
  }),
  fc.record({ kind: fc.constant('grant' as const), sponsor, points: fc.integer({ min: -1_000_000, max: 1_000_000 }) }),
  fc.record({ kind: fc.constant('reverse' as const), index: fc.nat() }),
);

function journal(ops: Op[]): JournalEntry[] {
  const out: JournalEntry[] = [];
  ops.forEach((o, i) => {
    if (o.kind === 'credit')
      out.push(serviceCredit({ _id: `w${i}`, category: o.category, completion: { minutes: o.minutes } }, o.volunteer, o.sponsor, NOW));
    else if (o.kind === 'grant') out.push(budgetGrant(`g${i}`, o.sponsor, o.points, NOW));
    else if (out.length > 0) out.push(reversal(out[o.index % out.length], NOW, 'undo'));
  });
  return out;
}

describe('ledger property', () => {
  it('any sequence of credits, grants and reversals keeps the sum of all balances at 0', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const entries = journal(ops);
        for (const e of entries) assert.ok(isBalanced(e), e._id);
        const total = [...balancesOf(entries).values()].reduce((s, b) => s + b, 0);
        assert.ok(total === 0, `sum of balances is ${total}`); // === : -0 counts as 0
      }),
      { numRuns: 300 },
    );
  });

  it('an entry and its reversal leave every balance as it was', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 30 }), fc.nat(), (ops, pick) => {
        const entries = journal(ops);
        fc.pre(entries.length > 0);
        const target = entries[pick % entries.length];
        const before = balancesOf(entries);
        const after = balancesOf([...entries, target, reversal(target, NOW, 'undo')]);
        for (const [account, points] of after) assert.ok(points === (before.get(account) ?? 0), account);
      }),
      { numRuns: 200 },
    );
  });
});
