// Recognition and reviews through the real functions on a seeded data set (recognition-seed.ts);
// every expected answer is computed here from the seed's own lists, not by the product's code.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../../localcloud';
import { OFFICES_DEFAULTS } from '../../../src/domain/bank/offices';
import { startFunctionsCloud } from '../../helpers/functions';
import { person, type Called } from '../../helpers/people';
import { DISP_QING, LEADER, PM_QING, seedRecognition, seedReservations, V, V2, type SeedEntry } from './recognition-seed';

let cloud: LocalCloud;
let entries: SeedEntry[];
const NOW = new Date();
/** Shanghai is UTC+8 all year: the business month and year of an instant. */
const month = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 7);
const year = (at: Date) => Number(month(at).slice(0, 4));
const THIS_YEAR = year(NOW);

beforeAll(async () => {
  cloud = await startFunctionsCloud();
  entries = await seedRecognition(cloud, NOW);
});
afterAll(() => cloud.stop());

const own = (who: string) => entries.filter((e) => e.owner === who);
const indexed = (r: Called) => {
  assert.ok(r.requests.length > 0, 'the call read the database');
  const loose = r.requests.filter((q) => !q.served);
  assert.deepEqual(loose, [], 'every read served by a declared index');
};

describe('the passbook (存折)', () => {
  test('each entry has its category and the balance after it, across pages', async () => {
    const v = person(cloud, V);
    const [p0, p1] = [await v('volunteer', { action: 'passbook', page: 0 }), await v('volunteer', { action: 'passbook', page: 1 })];
    assert.equal(p0.ok && p1.ok, true, JSON.stringify([p0.error, p1.error]));
    const oldestFirst = own(V).sort((a, b) => a.at.getTime() - b.at.getTime());
    let running = 0;
    const expected = oldestFirst.map((e) => ({ id: e._id, category: e.category, balance: (running += e.points) })).reverse();
    const got = [...p0.data.entries, ...p1.data.entries].map((e: { id: string; category: string; balance: number }) => ({
      id: e.id,
      category: e.category,
      balance: e.balance,
    }));
    assert.deepEqual(got, expected);
    assert.equal(p0.data.entries[0].balance, p0.data.balance, 'the newest entry leaves the stored balance');
    assert.equal(p1.data.hasMore, false);
    indexed(p1);
    // Page 1: the account, the page, the 20 entries above it (their lines) and my credits waiting for budget: four reads, bounded.
    assert.equal(p1.requests.length, 4, JSON.stringify(p1.requests));
    const examined = p1.requests.filter((q) => q.collection === 'journal').reduce((s, q) => s + q.examined, 0);
    assert.ok(examined <= 2 * 21, `journal documents examined: ${examined}`);
  });

  test('a past year month by month: opening, in, out, closing, minutes', async () => {
    const r = await person(cloud, V)('bank', { action: 'passbook_months', year: 2025 });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    const before = own(V)
      .filter((e) => year(e.at) < 2025)
      .reduce((s, e) => s + e.points, 0);
    let closing = before;
    const months = Array.from({ length: 12 }, (_, i) => {
      const key = `2025-${String(i + 1).padStart(2, '0')}`;
      const here = own(V).filter((e) => month(e.at) === key);
      const inPts = here.filter((e) => e.points > 0).reduce((s, e) => s + e.points, 0);
      const out = here.filter((e) => e.points < 0).reduce((s, e) => s - e.points, 0);
      const opening = closing;
      closing = opening + inPts - out;
      return { month: key, opening, in: inPts, out, closing, minutes: here.reduce((s, e) => s + (e.minutes ?? 0), 0) };
    });
    assert.deepEqual(r.data.months, months);
    assert.equal(
      r.data.minutesThisYear,
      months.reduce((s, m) => s + m.minutes, 0),
    );
    assert.equal(r.data.partial, false);
    indexed(r);
  });

  test('this year: hours served so far; a stranger to the bank reads zeros', async () => {
    const r = await person(cloud, V)('bank', { action: 'passbook_months', year: THIS_YEAR });
    const minutes = own(V)
      .filter((e) => year(e.at) === THIS_YEAR)
      .reduce((s, e) => s + (e.minutes ?? 0), 0);
    assert.equal(r.data.minutesThisYear, minutes);
    assert.equal(r.data.months.at(-1).closing, r.data.balance);
    const nobody = await person(cloud, 'demo-resident')('bank', { action: 'passbook_months', year: THIS_YEAR });
    assert.equal(nobody.ok, true);
    assert.equal(nobody.data.balance, 0);
    assert.ok(nobody.data.months.every((m: { closing: number }) => m.closing === 0));
  });
});

describe('stars and badges', () => {
  test('star level from hours and ratings, badges earned with dates and the next ones with progress', async () => {
    const r = await person(cloud, V)('bank', { action: 'recognition' });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    const minutes = own(V).reduce((s, e) => s + (e.minutes ?? 0), 0);
    assert.equal(r.data.stars.hours, Math.floor((minutes / 60) * 10) / 10);
    assert.equal(r.data.stars.level, 1, `${minutes / 60} h ≥ 100 h, average (10×5 + 2)/11 ≥ 4`);
    assert.equal(r.data.stars.ratings, 11);
    assert.equal(r.data.party, undefined, 'not a party member');
    const earned = Object.fromEntries(r.data.earned.map((b: { id: string; earnedAt?: string }) => [b.id, b.earnedAt]));
    const reversed = new Set(
      own(V)
        .filter((e) => e.reverses)
        .map((e) => e.reverses),
    );
    const services = own(V)
      .filter((e) => e.kind === 'service_credit' && !reversed.has(e._id))
      .map((e) => e.at)
      .sort((a, b) => a.getTime() - b.getTime());
    assert.deepEqual(Object.keys(earned).sort(), ['first_service', 'five_star_10', 'joined', 'services_10']);
    assert.equal(earned.first_service, services[0]!.toISOString());
    assert.equal(earned.services_10, services[9]!.toISOString());
    assert.equal(earned.five_star_10, new Date(Date.UTC(2025, 0, 11, 3)).toISOString());
    const next = Object.fromEntries(r.data.next.map((b: { id: string; value: number; target: number }) => [b.id, [b.value, b.target]]));
    assert.deepEqual(next.services_50, [services.length, 50]);
    // Dec 2024, Jan 2025, (Feb reversed), Mar 2025: two months in a row at most.
    assert.deepEqual(next.streak_3, [2, 3]);
    indexed(r);
  });

  test('a change of the rules shows at once (derived on read)', async () => {
    const admin = person(cloud, 'demo-admin');
    const set = await admin('bank', {
      action: 'set_setting',
      key: 'stars',
      value: { hours: [10, 20, 30, 40, 50], ratingFloor: 4.8, minRatings: 3 },
      version: 0,
      reason: '试行新星级标准',
    });
    assert.equal(set.ok, true, JSON.stringify(set.error));
    const r = await person(cloud, V)('bank', { action: 'recognition' });
    assert.equal(r.data.stars.level, 4, '5★ by hours, one lower: average 4.7 < 4.8');
    assert.equal(r.data.stars.capped, true);
  });

  test("nobody reads another's: the actions take no person, and an added one is refused", async () => {
    const other = person(cloud, V2);
    for (const event of [
      { action: 'recognition', openid: V },
      { action: 'passbook_months', year: 2025, openid: V },
      { action: 'passbook_months', year: 2025, account: `passbook:${V}` },
    ])
      assert.equal((await other('bank', event)).error?.code, 'INPUT.INVALID', JSON.stringify(event));
    const mine = await other('bank', { action: 'passbook_months', year: 2025 });
    assert.equal(
      mine.data.balance,
      own(V2).reduce((s, e) => s + e.points, 0),
      "V2's own balance, not V's",
    );
  });

  test("a party member sees this year's hours against the requirement", async () => {
    const r = await person(cloud, LEADER)('bank', { action: 'recognition' });
    const minutes = own(LEADER)
      .filter((e) => year(e.at) === THIS_YEAR)
      .reduce((s, e) => s + (e.minutes ?? 0), 0);
    assert.deepEqual(r.data.party, { requiredHours: 25, minutes });
  });
});

describe('party hours for staff', () => {
  const thisYear = (who: string) =>
    own(who)
      .filter((e) => year(e.at) === THIS_YEAR)
      .reduce((s, e) => s + (e.minutes ?? 0), 0);

  test('the street sees every party member, below 25 h first; phones masked', async () => {
    const r = await person(cloud, 'demo-admin')('bank', { action: 'party_hours', page: 0 });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    const rows = [
      { name: '赵小红', minutes: thisYear(V2) },
      { name: '王建国', minutes: thisYear(LEADER) },
      { name: '孙青云', minutes: thisYear(PM_QING) },
    ].sort((a, b) => a.minutes - b.minutes);
    assert.deepEqual(
      r.data.items.map((i: { name: string; minutes: number; below: boolean }) => [i.name, i.minutes, i.below]),
      rows.map((x) => [x.name, x.minutes, x.minutes < 25 * 60]),
    );
    assert.equal(r.data.below, rows.filter((x) => x.minutes < 1500).length);
    assert.ok(
      r.data.items.every((i: { phone: string }) => /^1\d{2}\*{4}\d{4}$/.test(i.phone)),
      JSON.stringify(r.data.items),
    );
    indexed(r);
  });

  test('a community dispatcher sees their community only; another community reads as missing', async () => {
    const d = person(cloud, DISP_QING);
    const r = await d('bank', { action: 'party_hours', page: 0 });
    indexed(r);
    assert.deepEqual(
      r.data.items.map((i: { name: string }) => i.name),
      ['孙青云'],
    );
    assert.equal((await d('bank', { action: 'party_hours', communityId: 'c-jinding', page: 0 })).error?.code, 'COMMUNITY.NOT_FOUND');
    assert.equal((await person(cloud, V)('bank', { action: 'party_hours', page: 0 })).error?.code, 'AUTH.FORBIDDEN');
  });
});

describe('reviews', () => {
  test("月兑换: the month's confirmed redemptions (Shanghai month), per scope", async () => {
    const r = await person(cloud, 'demo-admin')('bank', { action: 'reviews', period: 'month', at: '2025-03' });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    const march = seedReservations().filter((x) => x.status === 'redeemed' && month(x.redeemedAt!) === '2025-03');
    assert.deepEqual(r.data.redemptions.items.map((i: { id: string }) => i.id).sort(), march.map((x) => x._id).sort());
    assert.equal(
      r.data.redemptions.points,
      march.reduce((s, x) => s + x.points, 0),
    );
    indexed(r);
    const q = await person(cloud, DISP_QING)('bank', { action: 'reviews', period: 'month', at: '2025-03' });
    assert.deepEqual(
      q.data.redemptions.items.map((i: { id: string }) => i.id),
      ['rec-r3'],
    );
  });

  test('季小评: top volunteers by points earned and minutes, per community and street; high scorers flagged', async () => {
    const r = await person(cloud, 'demo-admin')('bank', { action: 'reviews', period: 'quarter', at: '2025-02' });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    const q1 = entries.filter((e) => ['2025-01', '2025-02', '2025-03'].includes(month(e.at)) && e.category !== 'redemption');
    const score = (who: string) => ({
      points: q1.filter((e) => e.owner === who).reduce((s, e) => s + e.points, 0),
      minutes: q1.filter((e) => e.owner === who).reduce((s, e) => s + (e.minutes ?? 0), 0),
    });
    assert.deepEqual(
      r.data.street.map((s: { name: string; points: number; minutes: number; flagged: boolean }) => [
        s.name,
        s.points,
        s.minutes,
        s.flagged,
      ]),
      [
        ['孙青云', score(PM_QING).points, score(PM_QING).minutes, true],
        ['李明', score(V).points, score(V).minutes, false],
        ['赵小红', score(V2).points, score(V2).minutes, false],
      ],
    );
    assert.deepEqual(
      r.data.communities.map((c: { communityId: string; top: { name: string }[] }) => [c.communityId, c.top.map((t) => t.name)]),
      [
        ['c-jinding', ['李明', '赵小红']],
        ['c-qingyun', ['孙青云']],
      ],
    );
    indexed(r);
    const q = await person(cloud, DISP_QING)('bank', { action: 'reviews', period: 'quarter', at: '2025-02' });
    assert.equal(q.data.street, undefined, "a community's dispatcher gets no street list");
    assert.deepEqual(
      q.data.communities.map((c: { communityId: string }) => c.communityId),
      ['c-qingyun'],
    );
  });

  test('储蓄所星级: five indicators with their values and stars', async () => {
    const r = await person(cloud, 'demo-admin')('bank', { action: 'offices', year: 2025 });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    const home: Record<string, string> = { [V]: 'c-jinding', [V2]: 'c-jinding', [LEADER]: 'c-jinding', [PM_QING]: 'c-qingyun' };
    const y = entries.filter((e) => year(e.at) === 2025 && ['service', 'correction'].includes(e.category));
    const jinding = r.data.offices.find((o: { communityId: string }) => o.communityId === 'c-jinding');
    const values = Object.fromEntries(jinding.indicators.map((i: { key: string; value: number }) => [i.key, i.value]));
    const mine = y.filter((e) => home[e.owner] === 'c-jinding');
    assert.deepEqual(values, {
      accounts: 3,
      hours: Math.floor(mine.reduce((s, e) => s + (e.minutes ?? 0), 0) / 60),
      projects: new Set(mine.filter((e) => (e.minutes ?? 0) > 0).map((e) => e.wishId)).size,
      redeemed: seedReservations()
        .filter((x) => x.status === 'redeemed' && x.communityId === 'c-jinding' && year(x.redeemedAt!) === 2025)
        .reduce((s, x) => s + x.points, 0),
      enterprises: 1,
    });
    for (const i of jinding.indicators as { key: keyof typeof OFFICES_DEFAULTS; value: number; stars: number }[])
      assert.equal(i.stars, OFFICES_DEFAULTS[i.key].filter((t) => i.value >= t).length, i.key);
    const q = await person(cloud, DISP_QING)('bank', { action: 'offices', year: 2025 });
    indexed(q);
    assert.deepEqual(
      q.data.offices.map((o: { communityId: string }) => o.communityId),
      ['c-qingyun'],
    );
  });
});
