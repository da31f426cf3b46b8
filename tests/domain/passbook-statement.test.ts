// The passbook's running balance and month statements, checked against a sum computed here from the
// entries themselves (oldest first, from zero).
import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import fc from 'fast-check';
import { businessMonth, monthStatements, runningBalances } from '../../src/domain/bank/statement';

describe('runningBalances', () => {
  test('newest first: the newest leaves the stored balance; walking back subtracts each', () => {
    assert.deepEqual(runningBalances([{ points: 10 }, { points: -30 }, { points: 50 }], 30, 0), [30, 20, 50]);
  });
  test('a later page starts below the newer entries', () => {
    assert.deepEqual(runningBalances([{ points: 5 }], 30, 10), [20]);
  });
  test('any split into pages gives the balances computed from zero, oldest first', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 80 }), { maxLength: 60 }), fc.integer({ min: 1, max: 7 }), (oldestFirst, size) => {
        const fromZero: number[] = [];
        oldestFirst.reduce((s, p) => (fromZero.push(s + p), s + p), 0);
        const balance = oldestFirst.reduce((s, p) => s + p, 0);
        const newestFirst = [...oldestFirst].reverse().map((points) => ({ points }));
        const out: number[] = [];
        for (let p = 0; p * size < newestFirst.length; p++) {
          const newer = newestFirst.slice(0, p * size).reduce((s, e) => s + e.points, 0);
          out.push(...runningBalances(newestFirst.slice(p * size, (p + 1) * size), balance, newer));
        }
        assert.deepEqual(out, [...fromZero].reverse());
      }),
    );
  });
});

describe('monthStatements', () => {
  const e = (at: string, points: number, minutes = 0) => ({ at: new Date(at), points, minutes });
  const NOW = new Date('2026-04-15T02:00:00Z');

  test('a year so far: opening + in − out = closing, months chain, the current balance closes the last month', () => {
    // 200 before the year; +50 (Jan), +30 −40 (Mar, one of them on 31 Mar 17:00 UTC = 1 Apr in Shanghai), +20 (Apr).
    const entries = [
      e('2026-01-10T02:00:00Z', 50, 60),
      e('2026-03-05T02:00:00Z', 30, 45),
      e('2026-03-31T17:00:00Z', -40),
      e('2026-04-02T02:00:00Z', 20, 30),
    ];
    const balance = 200 + 50 + 30 - 40 + 20;
    const { months, minutes } = monthStatements(entries, balance, 2026, NOW);
    assert.deepEqual(
      months.map((m) => [m.month, m.opening, m.in, m.out, m.closing, m.minutes]),
      [
        ['2026-01', 200, 50, 0, 250, 60],
        ['2026-02', 250, 0, 0, 250, 0],
        ['2026-03', 250, 30, 0, 280, 45],
        ['2026-04', 280, 20, 40, 260, 30],
      ],
    );
    assert.equal(minutes, 135);
  });

  test('a past year: twelve months; entries after it are taken off the balance first', () => {
    const entries = [e('2025-06-01T02:00:00Z', 10, 30), e('2026-02-01T02:00:00Z', 7)];
    const { months, minutes } = monthStatements(entries, 17, 2025, NOW);
    assert.equal(months.length, 12);
    assert.equal(months[0]!.opening, 0);
    assert.equal(months[11]!.closing, 10);
    assert.equal(minutes, 30);
  });

  test('a future year has no months yet', () => {
    assert.deepEqual(monthStatements([], 0, 2027, NOW).months, []);
  });

  test('business months', () => {
    assert.equal(businessMonth(new Date('2026-03-31T16:00:00Z')), '2026-04');
    assert.equal(businessMonth(new Date('2026-03-31T15:59:59Z')), '2026-03');
  });
});
