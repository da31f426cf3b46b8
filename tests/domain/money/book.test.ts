// The money book (fen): balanced entries, floors (a fund never below zero), one key per event.
import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import {
  decideMoneyPost,
  fundTopup,
  makeMoneyEntry,
  repairEntry,
  type MoneyAccountId,
  type MoneyEntry,
} from '../../../src/domain/money/book';

const NOW = new Date('2026-11-30T08:00:00Z');
const wish = (fundFen: number, householdFen: number) => ({
  _id: 'w1',
  communityId: 'c-jinding',
  teamId: 't-lexiujiang',
  quote: { marketFen: fundFen + householdFen, fundFen, householdFen },
});

/** Posts entries in order against balances, as cloudfunctions/_lib/collections/money.ts does; returns the refused ids. */
function run(entries: MoneyEntry[]) {
  const bal = new Map<MoneyAccountId, number>();
  const seen = new Set<string>();
  const refused: string[] = [];
  for (const e of entries) {
    if (seen.has(e._id)) continue;
    const d = decideMoneyPost((a) => bal.get(a) ?? 0, e);
    if (!d.ok) {
      refused.push(e._id);
      continue;
    }
    seen.add(e._id);
    for (const [a, fen] of d.moves) bal.set(a, (bal.get(a) ?? 0) + fen);
  }
  return { bal, refused };
}

describe('money entries', () => {
  test.each([
    ['ordinary', 1_000, 9_000, 3],
    ['特困: no household line', 10_000, 0, 2],
    ['full price: no fund line', 0, 10_000, 2],
  ])('a repair (%s) pays the team the market price, balanced', (_n, fundFen, householdFen, lines) => {
    const e = repairEntry(wish(fundFen, householdFen), NOW);
    assert.equal(e._id, 'repair:w1');
    assert.equal(e.lines.length, lines);
    assert.equal(
      e.lines.reduce((s, l) => s + l.fen, 0),
      0,
    );
    assert.equal(e.lines.find((l) => l.account === 'provider:t-lexiujiang')!.fen, fundFen + householdFen);
  });

  test('unbalanced or fractional entries are refused when made', () => {
    const base = { _id: 'x', kind: 'repair' as const, at: NOW, communityId: 'c', by: 'system', reason: 'r' };
    assert.throws(() =>
      makeMoneyEntry({
        ...base,
        lines: [
          { account: 'fund:c', fen: -1 },
          { account: 'provider:t', fen: 2 },
        ],
      }),
    );
    assert.throws(() =>
      makeMoneyEntry({
        ...base,
        lines: [
          { account: 'fund:c', fen: -0.5 },
          { account: 'provider:t', fen: 0.5 },
        ],
      }),
    );
  });

  test.each([
    ['an empty fund: the repair waits', [], ['repair:w1'], { 'fund:c-jinding': 0 }],
    [
      'a top-up, then the repair',
      [fundTopup({ requestId: 'req-00001', communityId: 'c-jinding', fen: 5_000, by: 'o_admin', reason: '街道拨付' }, NOW)],
      [],
      { 'fund:c-jinding': 4_000, 'provider:t-lexiujiang': 10_000, 'household:w1': -9_000, 'outside:grants': -5_000 },
    ],
    [
      'the same top-up twice counts once',
      [
        fundTopup({ requestId: 'req-00001', communityId: 'c-jinding', fen: 500, by: 'o_admin', reason: '街道拨付' }, NOW),
        fundTopup({ requestId: 'req-00001', communityId: 'c-jinding', fen: 500, by: 'o_admin', reason: '街道拨付' }, NOW),
      ],
      ['repair:w1'],
      { 'fund:c-jinding': 500 },
    ],
  ] as const)('%s', (_n, before, refused, expected) => {
    const out = run([...before, repairEntry(wish(1_000, 9_000), NOW)]);
    assert.deepEqual(out.refused, refused);
    for (const [a, fen] of Object.entries(expected)) assert.equal(out.bal.get(a as MoneyAccountId) ?? 0, fen, a);
    for (const [a, fen] of out.bal) if (a.startsWith('fund:') || a.startsWith('provider:')) assert.ok(fen >= 0, a);
  });
});
