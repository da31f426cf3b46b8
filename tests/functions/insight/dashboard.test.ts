// insight.dashboard over a seeded data set (tests/functions/insight/seed.ts): every figure of every month
// against answers computed here with plain loops (not the domain's code); scope by role and grant; the
// second request of settled months reads their snapshots, never the wishes; the current month stays live.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../../localcloud';
import { startFunctionsCloud } from '../../helpers/functions';
import { person, type Called } from '../../helpers/people';
import { insertWishes, MONTHS, seedWishes, type SeedWish } from './seed';

const DISP_QING = 'ins-disp-qing';
const WISHES = seedWishes(360);
let cloud: LocalCloud;

beforeAll(async () => {
  cloud = await startFunctionsCloud();
  await insertWishes(cloud, WISHES);
  await cloud.db.insert('users', [
    {
      _id: DISP_QING,
      roles: ['dispatcher'],
      grants: [{ role: 'dispatcher', scope: { kind: 'community', id: 'c-qingyun' } }],
      createdAt: new Date(),
    },
  ]);
});
afterAll(() => cloud.stop());

/** `YYYY-MM` in Shanghai, by hand: UTC + 8 h. */
const monthOf = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 7);

function middle(xs: number[]): number | null {
  if (!xs.length) return null;
  xs.sort((a, b) => a - b);
  const n = xs.length;
  return Math.round(n % 2 === 1 ? xs[(n - 1) / 2]! : (xs[n / 2 - 1]! + xs[n / 2]!) / 2);
}

/** What the month's figures must be, for the wishes of `communities` (plain loops). */
function expected(month: string, communities?: string[]) {
  const ws = WISHES.filter((w) => monthOf(w.createdAt) === month && (!communities || communities.includes(w.communityId)));
  const count = (key: (w: SeedWish) => string) => {
    const out: Record<string, number> = {};
    for (const w of ws) out[key(w)] = (out[key(w)] ?? 0) + 1;
    return out;
  };
  const isDone = (w: SeedWish) => w.status === 'completed' || w.status === 'rated' || w.status === 'closed';
  const byCommunity: Record<string, { filed: number; served: number }> = {};
  const byStairwell: Record<string, { filed: number; served: number }> = {};
  const byTeam: Record<string, { orders: number; served: number; minutes: number }> = {};
  let responded = 0,
    notCancelled = 0,
    done = 0,
    ratings = 0,
    happy = 0,
    minutes = 0;
  const toDispatch: number[] = [],
    toClaim: number[] = [],
    toComplete: number[] = [];
  for (const w of ws) {
    const served = isDone(w);
    for (const [table, key] of [
      [byCommunity, w.communityId],
      [byStairwell, w.buildingId],
    ] as const) {
      table[key] ??= { filed: 0, served: 0 };
      table[key].filed += 1;
      if (served) table[key].served += 1;
    }
    if (w.teamId) {
      byTeam[w.teamId] ??= { orders: 0, served: 0, minutes: 0 };
      byTeam[w.teamId]!.orders += 1;
      if (served) {
        byTeam[w.teamId]!.served += 1;
        byTeam[w.teamId]!.minutes += w.completion!.minutes;
      }
    }
    if (served) {
      done += 1;
      minutes += w.completion!.minutes;
    }
    if (w.status !== 'cancelled') notCancelled += 1;
    const first = (names: string[]) => w.history.find((h) => names.includes(h.action))?.at.getTime();
    const answer = first(['dispatch', 'reject', 'publish_to_wall', 'attach_activity']);
    if (answer !== undefined && answer - w.createdAt.getTime() <= 86_400_000) responded += 1;
    for (const h of w.history)
      if (h.action === 'rate') {
        ratings += 1;
        if (h.stars! >= 4) happy += 1;
      }
    const d = first(['dispatch']),
      c = first(['claim', 'assign']),
      k = first(['complete']);
    if (d !== undefined) toDispatch.push((d - w.createdAt.getTime()) / 60_000);
    if (d !== undefined && c !== undefined) toClaim.push((c - d) / 60_000);
    if (k !== undefined) toComplete.push((k - w.createdAt.getTime()) / 60_000);
  }
  return {
    month,
    filed: ws.length,
    byStatus: count((w) => w.status),
    byCategory: count((w) => w.category),
    byCommunity,
    byStairwell,
    byTeam,
    rates: {
      response: { num: responded, den: ws.length },
      resolution: { num: done, den: notCancelled },
      satisfaction: { num: happy, den: ratings },
    },
    medians: { toDispatch: middle(toDispatch), toClaim: middle(toClaim), toComplete: middle(toComplete) },
    minutesServed: minutes,
  };
}

const wishReads = (r: Called) => r.requests.filter((q) => q.collection === 'wishes');
/** The wish figures (the figures beyond wishes: dashboard-service.test.ts). */
const withoutFrozen = ({ frozenAt: _f, volunteers: _v, activities: _a, visits: _vi, ...rest }: Record<string, unknown>) => rest;
const range = { action: 'dashboard', fromMonth: MONTHS[0], toMonth: MONTHS[3] };

describe('insight.dashboard', () => {
  test('the data set covers every status in every month, and months start at 00:00 Shanghai', () => {
    for (const m of MONTHS) assert.ok(Object.keys(expected(m).byStatus).length >= 8, m);
    // the first wish is filed at 00:00 on 1 January in Shanghai: 31 December 16:00 UTC
    assert.equal(WISHES[0]!.createdAt.toISOString(), '2023-12-31T16:00:00.000Z');
  });

  test('the street: every figure of every month, each month one indexed aggregate read; snapshots made', async () => {
    const r = await person(cloud, 'demo-admin')('insight', range);
    assert.equal(r.ok, true, JSON.stringify(r.error));
    assert.equal(r.data.scope, 'all');
    assert.deepEqual(
      r.data.months.map(withoutFrozen),
      MONTHS.map((m) => expected(m)),
    );
    assert.ok(
      r.data.months.every((m: { frozenAt?: string }) => m.frozenAt),
      'settled months are kept',
    );
    const reads = wishReads(r);
    assert.equal(reads.length, MONTHS.length);
    assert.ok(
      reads.every((q) => q.served && q.index === 'createdAt_-1'), // one single-field index serves either direction
      JSON.stringify(reads),
    );
    assert.deepEqual(
      reads.map((q) => q.examined),
      MONTHS.map((m) => expected(m).filed),
    );
    assert.equal(cloud.db.find('monthlySnapshots', { scope: 'all' }).docs.length, MONTHS.length);
    assert.equal(r.data.definitions.response.label, '响应率');
    assert.equal(r.data.names.stairwells['B-0012'] !== undefined, true);
  });

  test('again: the settled months come from their snapshots, not one wish read', async () => {
    const r = await person(cloud, 'demo-admin')('insight', range);
    assert.equal(wishReads(r).length, 0);
    // the months' snapshots, then the party figure's minutes of this year's settled months in one query
    assert.ok(cloud.db.find('monthlySnapshots', { scope: 'minutes' }).docs.length > 0);
    assert.equal(r.requests.filter((q) => q.collection === 'monthlySnapshots').length, MONTHS.length + 1);
    assert.deepEqual(
      r.data.months.map(withoutFrozen),
      MONTHS.map((m) => expected(m)),
    );
  });

  test('two first requests at once for one settled month and scope keep one snapshot, and agree', async () => {
    const ask = () => person(cloud, 'demo-admin')('insight', { ...range, communityId: 'c-qingyun', toMonth: MONTHS[0] });
    const [a, b] = await Promise.all([ask(), ask()]);
    assert.deepEqual(a.data.months.map(withoutFrozen), [expected(MONTHS[0]!, ['c-qingyun'])]);
    assert.deepEqual(b.data.months.map(withoutFrozen), a.data.months.map(withoutFrozen));
    assert.equal(cloud.db.find('monthlySnapshots', { _id: `${MONTHS[0]}:c-qingyun` }).docs.length, 1);
  });

  test('a community dispatcher reads their community (community index); another reads as missing', async () => {
    const d = person(cloud, DISP_QING);
    const r = await d('insight', { ...range, fromMonth: '2024-02', toMonth: '2024-03' });
    assert.deepEqual(r.data.scope, ['c-qingyun']);
    assert.deepEqual(
      r.data.months.map(withoutFrozen),
      ['2024-02', '2024-03'].map((m) => expected(m, ['c-qingyun'])),
    );
    assert.ok(wishReads(r).every((q) => q.served && q.index === 'communityId_1_createdAt_1'));
    assert.deepEqual(Object.keys(r.data.names.communities), ['c-qingyun']);
    assert.equal((await d('insight', { ...range, communityId: 'c-jinding' })).error?.code, 'COMMUNITY.NOT_FOUND');
    const one = await person(cloud, 'demo-admin')('insight', { ...range, communityId: 'c-jinding' });
    assert.deepEqual(
      one.data.months.map(withoutFrozen),
      MONTHS.map((m) => expected(m, ['c-jinding'])),
    );
  });

  test.each([
    ['demo-volunteer', range, 'AUTH.FORBIDDEN'],
    ['demo-admin', { ...range, fromMonth: '2024-05', toMonth: '2024-04' }, 'INSIGHT.BAD_RANGE'],
    ['demo-admin', { ...range, fromMonth: '2022-01', toMonth: '2024-04' }, 'INSIGHT.BAD_RANGE'],
    ['demo-admin', { ...range, toMonth: '2099-01' }, 'INSIGHT.BAD_RANGE'],
    ['demo-admin', { ...range, fromMonth: '2024-13' }, 'INPUT.INVALID'],
  ])('%s %j → %s', async (who, event, code) => {
    assert.equal((await person(cloud, who)('insight', event)).error?.code, code);
  });

  test('the current month is live: a wish filed now counts at once, and no snapshot is kept', async () => {
    const now = new Date();
    const month = monthOf(now);
    const ask = () => person(cloud, 'demo-admin')('insight', { action: 'dashboard', fromMonth: month, toMonth: month });
    const before = await ask();
    assert.equal(before.data.months[0].frozenAt, undefined);
    const [extra] = seedWishes(1);
    await insertWishes(cloud, [{ ...extra!, _id: 'ins-now', createdAt: now, history: [] }]);
    const after = await ask();
    assert.equal(after.data.months[0].filed, before.data.months[0].filed + 1);
    assert.equal(cloud.db.find('monthlySnapshots', { month }).docs.length, 0);
  });
});
