// The dashboard's figures (src/domain/insight/figures.ts) as tables: month keys in Asia/Shanghai, medians,
// the 三率 on hand-made wishes whose answers are written out here, and the per-place/team tables.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { isSettled, median, monthFigures, monthsBetween, percent, type WishRow } from '../../src/domain/insight/figures';
import { businessMonth, monthStart, nextMonth } from '../../src/domain/time';

const T0 = new Date('2025-03-10T02:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const row = (over: Partial<WishRow>): WishRow => ({
  communityId: 'c1',
  buildingId: 'b1',
  category: 'repairs',
  status: 'submitted',
  createdAt: T0,
  history: [],
  ...over,
});

describe('month keys (Asia/Shanghai)', () => {
  it.each([
    ['2025-02-28T15:59:59Z', '2025-02'],
    ['2025-02-28T16:00:00Z', '2025-03'], // 00:00 on 1 March in Shanghai
    ['2025-12-31T16:00:00Z', '2026-01'],
  ])('%s is in %s', (iso, month) => assert.equal(businessMonth(new Date(iso)), month));

  it('a month begins at 00:00 Shanghai and the next follows December', () => {
    assert.equal(monthStart('2025-03').toISOString(), '2025-02-28T16:00:00.000Z');
    assert.equal(nextMonth('2025-12'), '2026-01');
    assert.equal(nextMonth('2025-09'), '2025-10');
    assert.deepEqual(monthsBetween('2025-11', '2026-02', 24), ['2025-11', '2025-12', '2026-01', '2026-02']);
    assert.deepEqual(monthsBetween('2025-11', '2026-02', 2), ['2025-11', '2025-12']);
    assert.equal(monthsBetween('2025-11', '2025-10', 24), undefined);
  });
});

describe('median', () => {
  it.each([
    [[], null],
    [[5], 5],
    [[9, 1, 5], 5],
    [[1, 2, 3, 10], 3], // (2 + 3) / 2 = 2.5, rounded
    [[10, 20], 15],
  ])('%j → %s', (xs, m) => assert.equal(median(xs), m));
});

describe('the 三率', () => {
  const cases: Array<[string, WishRow[], [number, number], [number, number], [number, number]]> = [
    ['nothing filed', [], [0, 0], [0, 0], [0, 0]],
    ['dispatched within 24 h counts as answered', [row({ history: [{ action: 'dispatch', at: at(60) }] })], [1, 1], [0, 1], [0, 0]],
    ['exactly 24 h still counts', [row({ history: [{ action: 'reject', at: at(24 * 60) }], status: 'rejected' })], [1, 1], [0, 1], [0, 0]],
    ['late answer does not', [row({ history: [{ action: 'dispatch', at: at(24 * 60 + 1) }] })], [0, 1], [0, 1], [0, 0]],
    ['a reminder is no answer', [row({ history: [{ action: 'remind', at: at(5) }] })], [0, 1], [0, 1], [0, 0]],
    [
      'cancelled leaves the resolution base',
      [row({ status: 'cancelled', history: [{ action: 'cancel', at: at(5) }] })],
      [0, 1],
      [0, 0],
      [0, 0],
    ],
    [
      'served and rated 5★ after a 2★ redo',
      [
        row({
          status: 'rated',
          history: [
            { action: 'dispatch', at: at(10) },
            { action: 'rate', at: at(100), stars: 2 },
            { action: 'dispatch', at: at(200) },
            { action: 'rate', at: at(300), stars: 5 },
          ],
        }),
      ],
      [1, 1],
      [1, 1],
      [1, 2],
    ],
    [
      '4★ is satisfied, 3★ is not',
      [
        row({ status: 'closed', history: [{ action: 'rate', at: at(9), stars: 4 }] }),
        row({ status: 'rated', history: [{ action: 'rate', at: at(9), stars: 3 }] }),
      ],
      [0, 2],
      [2, 2],
      [1, 2],
    ],
  ];
  it.each(cases)('%s', (_name, rows, response, resolution, satisfaction) => {
    const f = monthFigures('2025-03', rows);
    assert.deepEqual([f.rates.response.num, f.rates.response.den], response);
    assert.deepEqual([f.rates.resolution.num, f.rates.resolution.den], resolution);
    assert.deepEqual([f.rates.satisfaction.num, f.rates.satisfaction.den], satisfaction);
  });

  it('percent has one decimal and no value on an empty base', () => {
    assert.equal(percent({ num: 2, den: 3 }), 66.7);
    assert.equal(percent({ num: 0, den: 0 }), null);
  });
});

describe('medians, hours and tables', () => {
  const rows = [
    row({
      status: 'closed',
      teamId: 't1',
      minutes: 60,
      history: [
        { action: 'dispatch', at: at(10) },
        { action: 'claim', at: at(40) },
        { action: 'complete', at: at(100) },
      ],
    }),
    row({
      status: 'completed',
      teamId: 't1',
      buildingId: 'b2',
      minutes: 30,
      history: [
        { action: 'dispatch', at: at(30) },
        { action: 'assign', at: at(50) },
        { action: 'complete', at: at(300) },
      ],
    }),
    row({
      status: 'dispatched',
      teamId: 't2',
      communityId: 'c2',
      buildingId: 'b3',
      category: 'haircut',
      history: [{ action: 'dispatch', at: at(90) }],
    }),
    row({ status: 'submitted', minutes: 999 }),
  ];
  const f = monthFigures('2025-03', rows);

  it('medians from the first dispatch, claim and completion', () => {
    assert.deepEqual(f.medians, { toDispatch: 30, toClaim: 25, toComplete: 200 });
  });
  it('minutes of served wishes only, by team', () => {
    assert.equal(f.minutesServed, 90);
    assert.deepEqual(f.byTeam, { t1: { orders: 2, served: 2, minutes: 90 }, t2: { orders: 1, served: 0, minutes: 0 } });
  });
  it('counts by status, category, community and stairwell', () => {
    assert.equal(f.filed, 4);
    assert.deepEqual(f.byStatus, { closed: 1, completed: 1, dispatched: 1, submitted: 1 });
    assert.deepEqual(f.byCategory, { repairs: 3, haircut: 1 });
    assert.deepEqual(f.byCommunity, { c1: { filed: 3, served: 2 }, c2: { filed: 1, served: 0 } });
    assert.deepEqual(f.byStairwell, { b1: { filed: 2, served: 1 }, b2: { filed: 1, served: 1 }, b3: { filed: 1, served: 0 } });
  });
});

describe('settled months (kept as snapshots)', () => {
  it.each([
    ['2025-02', '2025-03-07T15:59:59Z', false], // 23:59:59 on 7 March in Shanghai
    ['2025-02', '2025-03-07T16:00:00Z', true], // 8 March 00:00: seven days after the month ended
    ['2025-03', '2025-03-20T00:00:00Z', false],
  ])('%s at %s: %s', (month, now, settled) => assert.equal(isSettled(month, new Date(now)), settled));
});
