// Star levels, badges and reviews as tables: each row a volunteer's facts and what the rule says.
import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { BADGES, evaluateBadges, monthStreak, type BadgeFacts } from '../../src/domain/bank/badges';
import { OFFICES_DEFAULTS, officeStars, starsFor } from '../../src/domain/bank/offices';
import { partyOrder, periodRange, rankScores, REVIEWS_DEFAULTS } from '../../src/domain/bank/reviews';
import { STARS_DEFAULTS, StarsSettings, starLevel } from '../../src/domain/bank/stars';

const H = 60;
describe('starLevel (defaults 100/300/600/1000/1500 h, floor 4.0 from 3 ratings)', () => {
  test.each([
    ['no hours', 0, [0, 0], 0, false],
    ['99.9 h', 99.9 * H, [0, 0], 0, false],
    ['exactly 100 h', 100 * H, [0, 0], 1, false],
    ['300 h, no ratings', 300 * H, [0, 0], 2, false],
    ['600 h, all 5★', 600 * H, [4, 20], 3, false],
    ['1000 h, average 4.0 (at the floor)', 1000 * H, [5, 20], 4, false],
    ['1000 h, average 3.8: one lower', 1000 * H, [5, 19], 3, true],
    ['1500 h, average 3.0: one lower', 1500 * H, [3, 9], 4, true],
    ['1500 h, two bad ratings only: too few to count', 1500 * H, [2, 2], 5, false],
    ['50 h, bad ratings: 0 stays 0', 50 * H, [5, 5], 0, false],
    ['100 h, bad ratings: 1 becomes 0', 100 * H, [5, 5], 0, true],
  ])('%s', (_n, minutes, [count, sum], level, capped) => {
    const s = starLevel(minutes, { count, sum }, STARS_DEFAULTS);
    assert.equal(s.level, level);
    assert.equal(s.capped, capped);
  });

  test('the next level by hours; none at five', () => {
    assert.equal(starLevel(350 * H, { count: 0, sum: 0 }, STARS_DEFAULTS).nextHours, 600);
    assert.equal(starLevel(2000 * H, { count: 0, sum: 0 }, STARS_DEFAULTS).nextHours, undefined);
  });

  test('a rule change shows at once (derived on read)', () => {
    const rules = { ...STARS_DEFAULTS, hours: [10, 20, 30, 40, 50] };
    assert.equal(starLevel(45 * H, { count: 0, sum: 0 }, rules).level, 4);
  });

  test.each([
    [[100, 300, 600, 1000, 1500], true],
    [[100, 300, 300, 1000, 1500], false],
    [[100, 300, 600, 1000], false],
  ])('thresholds %j valid: %s', (hours, valid) => {
    assert.equal(StarsSettings.safeParse({ ...STARS_DEFAULTS, hours }).success, valid);
  });
});

// Dates in business time (Asia/Shanghai): 2026-01-31T20:00Z is already 1 February there.
const d = (s: string) => new Date(s);
const days = (n: number, from = '2026-01-05T02:00:00Z') =>
  Array.from({ length: n }, (_, i) => new Date(d(from).getTime() + i * 86_400_000));

describe('badges', () => {
  const facts = (f: Partial<BadgeFacts>): BadgeFacts => ({ services: [], fiveStars: [], ...f });
  test.each([
    ['nobody yet', facts({}), [], ['joined', 'first_service', 'five_star_10', 'streak_3']],
    ['joined a team', facts({ joinedAt: d('2026-01-02T00:00:00Z') }), ['joined'], ['first_service', 'five_star_10', 'streak_3']],
    ['one service', facts({ services: days(1) }), ['first_service'], ['joined', 'services_10', 'five_star_10', 'streak_3']],
    [
      'ten services',
      facts({ services: days(10) }),
      ['first_service', 'services_10'],
      ['joined', 'services_50', 'five_star_10', 'streak_3'],
    ],
    [
      'sixty, over three months',
      facts({ services: days(60) }),
      ['first_service', 'services_10', 'services_50', 'streak_3'],
      ['joined', 'services_100', 'five_star_10'],
    ],
    ['ten 5★', facts({ fiveStars: days(10) }), ['five_star_10'], ['joined', 'first_service', 'streak_3']],
    ['nine 5★', facts({ fiveStars: days(9) }), [], ['joined', 'first_service', 'five_star_10', 'streak_3']],
  ])('%s', (_n, f, earned, next) => {
    const b = evaluateBadges(f);
    assert.deepEqual(
      b.earned.map((x) => x.id),
      earned,
    );
    assert.deepEqual(b.next.map((x) => x.id).sort(), [...next].sort());
  });

  test('progress and the date a badge was earned: the 10th service', () => {
    const services = days(12).reverse();
    const b = evaluateBadges({ services, fiveStars: days(4) });
    assert.equal(b.earned.find((x) => x.id === 'services_10')?.earnedAt?.toISOString(), days(10)[9]!.toISOString());
    assert.deepEqual(
      b.next.find((x) => x.id === 'services_50'),
      { ...pick('services_50'), value: 12, target: 50 },
    );
    assert.deepEqual(
      b.next.find((x) => x.id === 'five_star_10'),
      { ...pick('five_star_10'), value: 4, target: 10 },
    );
  });

  test.each([
    ['Jan, Feb, Mar', ['2026-01-10T02:00:00Z', '2026-02-10T02:00:00Z', '2026-03-10T02:00:00Z'], 3],
    ['Jan, Mar, Apr: a gap', ['2026-01-10T02:00:00Z', '2026-03-10T02:00:00Z', '2026-04-10T02:00:00Z'], 2],
    ['Dec, Jan, Feb across the year', ['2025-12-10T02:00:00Z', '2026-01-10T02:00:00Z', '2026-02-10T02:00:00Z'], 3],
    ['31 Jan 20:00 UTC is February in Shanghai', ['2026-01-10T02:00:00Z', '2026-01-31T20:00:00Z', '2026-03-01T02:00:00Z'], 3],
    ['many in one month count once', ['2026-05-01T02:00:00Z', '2026-05-02T02:00:00Z', '2026-05-03T02:00:00Z'], 1],
    ['none', [], 0],
  ])('month streak: %s', (_n, dates, longest) => {
    assert.equal(monthStreak(dates.map(d)).longest, longest);
  });
});
const pick = (id: string) => {
  const r = BADGES.find((b) => b.id === id)!;
  return { id: r.id, label: r.label, description: r.description };
};

describe('reviews', () => {
  test.each([
    ['month', '2026-05', '2026-04-30T16:00:00.000Z', '2026-05-31T16:00:00.000Z', '2026年5月'],
    ['month', '2026-12', '2026-11-30T16:00:00.000Z', '2026-12-31T16:00:00.000Z', '2026年12月'],
    ['quarter', '2026-05', '2026-03-31T16:00:00.000Z', '2026-06-30T16:00:00.000Z', '2026年第2季度'],
    ['quarter', '2026-12', '2026-09-30T16:00:00.000Z', '2026-12-31T16:00:00.000Z', '2026年第4季度'],
    ['year', '2026-07', '2025-12-31T16:00:00.000Z', '2026-12-31T16:00:00.000Z', '2026年'],
  ] as const)('%s of %s', (period, at, from, to, label) => {
    const r = periodRange(period, at);
    assert.deepEqual([r.from.toISOString(), r.to.toISOString(), r.label], [from, to, label]);
  });

  test('top per community and street: points, then minutes; flagged from the threshold', () => {
    const s = (openid: string, communityId: string, points: number, minutes: number) => ({ openid, communityId, points, minutes });
    const scores = [s('a', 'c1', 100, 60), s('b', 'c1', 300, 0), s('c', 'c2', 100, 90), s('d', 'c1', 50, 0), s('e', 'c2', 0, 0)];
    const r = rankScores(scores, { topPerCommunity: 2, topStreet: 3 }, 100);
    assert.deepEqual(
      r.street.map((x) => [x.openid, x.flagged]),
      [
        ['b', true],
        ['c', true],
        ['a', true],
      ],
    );
    assert.deepEqual(
      r.communities.map((c) => [c.communityId, c.top.map((x) => x.openid)]),
      [
        ['c1', ['b', 'a']],
        ['c2', ['c']],
      ],
    );
    assert.deepEqual(r.flagged, ['b', 'c', 'a']);
  });

  test('party members below the requirement first, fewest hours first', () => {
    const rows = partyOrder(
      [
        { openid: 'x', minutes: 30 * H },
        { openid: 'y', minutes: 2 * H },
        { openid: 'z', minutes: 25 * H },
        { openid: 'w', minutes: 24 * H + 59 },
      ],
      REVIEWS_DEFAULTS.partyHours,
    );
    assert.deepEqual(
      rows.map((r) => [r.openid, r.below]),
      [
        ['y', true],
        ['w', true],
        ['z', false],
        ['x', false],
      ],
    );
  });

  test('savings-office stars: each indicator against its thresholds, the level their average rounded down', () => {
    assert.equal(starsFor(0, OFFICES_DEFAULTS.accounts), 0);
    assert.equal(starsFor(20, OFFICES_DEFAULTS.accounts), 1);
    assert.equal(starsFor(400, OFFICES_DEFAULTS.accounts), 5);
    const r = officeStars({ accounts: 60, hours: 700, projects: 5, redeemed: 20000, enterprises: 2 }, OFFICES_DEFAULTS);
    assert.deepEqual(
      r.indicators.map((i) => i.stars),
      [2, 3, 0, 5, 2],
    );
    assert.equal(r.level, 2);
  });
});
