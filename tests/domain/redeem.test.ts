// The pure parts of 爱心兑换: the reservation lifecycle table, the monthly window in China time, the
// month's span, stock moves and the six digits.
import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import {
  RESERVATION_STATUSES,
  digitsOf,
  expiresAtOf,
  isPastDue,
  nextStatus,
  type ReservationAction,
} from '../../src/domain/bank/reservation';
import { availableOf, withStock } from '../../src/domain/bank/reward';
import { chinaDate, chinaDateTime, monthSpan, windowState } from '../../src/domain/bank/window';

describe('the reservation lifecycle', () => {
  test.each([
    ['held', 'redeem', 'redeemed'],
    ['held', 'expire', 'expired'],
    ['held', 'cancel', 'cancelled'],
  ] as const)('%s --%s--> %s', (from, action, to) => assert.equal(nextStatus(from, action), to));

  test('nothing leaves a final status', () => {
    for (const from of RESERVATION_STATUSES.filter((s) => s !== 'held'))
      for (const action of ['redeem', 'expire', 'cancel'] as ReservationAction[])
        assert.equal(nextStatus(from, action), undefined, `${from} ${action}`);
  });

  test('expiry: holdHours later; past due at that instant', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    const expiresAt = expiresAtOf(now, 48);
    assert.equal(expiresAt.toISOString(), '2026-12-03T00:00:00.000Z');
    assert.equal(isPastDue({ expiresAt }, new Date('2026-12-02T23:59:59Z')), false);
    assert.equal(isPastDue({ expiresAt }, expiresAt), true);
  });
});

describe('the monthly window (China time)', () => {
  test.each([
    // [now (UTC), window, open, opensOn]
    ['2026-12-01T00:30:00Z', [1, 10], true, undefined],
    ['2026-11-30T17:00:00Z', [1, 10], true, undefined], // 12-01 01:00 in China
    ['2026-12-10T15:59:00Z', [1, 10], true, undefined], // 12-10 23:59 in China
    ['2026-12-10T16:00:00Z', [1, 10], false, '2027-01-01'], // 12-11 in China
    ['2026-12-03T00:00:00Z', [5, 10], false, '2026-12-05'],
    ['2027-02-27T00:00:00Z', [1, 31], true, undefined], // 31 reads as the month's last day
    ['2027-01-20T00:00:00Z', [31, 31], false, '2027-01-31'],
    ['2027-02-01T00:00:00Z', [31, 31], false, '2027-02-28'],
  ] as const)('%s, days %j → open %s', (now, [fromDay, toDay], open, opensOn) => {
    const s = windowState({ fromDay, toDay }, new Date(now));
    assert.equal(s.open, open);
    assert.equal(s.open ? undefined : s.opensOn, opensOn);
  });

  test('a month spans its China days; times are printed in China time', () => {
    const { start, end } = monthSpan('2026-12');
    assert.equal(start.toISOString(), '2026-11-30T16:00:00.000Z');
    assert.equal(end.toISOString(), '2026-12-31T16:00:00.000Z');
    assert.deepEqual(chinaDate(new Date('2026-12-31T16:00:00Z')), { year: 2027, month: 1, day: 1, daysInMonth: 31 });
    assert.equal(chinaDateTime(new Date('2026-12-01T00:30:00Z')), '2026-12-01 08:30');
  });
});

describe('stock and codes', () => {
  test('stock moves keep `available`; never below zero', () => {
    assert.deepEqual(withStock({ active: true, stock: 1 }, -1), { stock: 0, available: false });
    assert.deepEqual(withStock({ active: true, stock: 0 }, 1), { stock: 1, available: true });
    assert.deepEqual(withStock({ active: false, stock: 3 }, 1), { stock: 4, available: false });
    assert.throws(() => withStock({ active: true, stock: 0 }, -1));
    assert.equal(availableOf({ active: true, stock: 2 }), true);
  });

  test.each([
    [0, '000000'],
    [42, '000042'],
    [999_999, '999999'],
    [1_000_000, '000000'],
  ])('digitsOf(%d) = %s', (n, digits) => assert.equal(digitsOf(n), digits));
});
