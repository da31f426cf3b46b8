// insight.dashboard beyond wishes, over the seeded data set (seed-service.ts) and the demo data: each
// month's volunteers registered and active, activities held and their attendance, visits due against done,
// and this year's party members below 25 h by branch — against answers computed here with plain loops over
// the stored documents (not the domain's code); scope by grant; every read served by an index and counted;
// a snapshot made before these figures gets them added once.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../../localcloud';
import { startFunctionsCloud } from '../../helpers/functions';
import { person, type Called } from '../../helpers/people';
import { insertWishes, MONTHS, seedWishes } from './seed';
import { insertService, seedService } from './seed-service';
import { isSettled } from '../../../src/domain/insight/figures';
import { businessMonth, nextMonth } from '../../../src/domain/time';

/** This year's months to date: the party figure's minutes are read month by month. */
function yearToDate(now = new Date()): string[] {
  const out: string[] = [];
  for (let m = `${businessMonth(now).slice(0, 4)}-01`; m <= businessMonth(now); m = nextMonth(m)) out.push(m);
  return out;
}

const DISP_QING = 'ins-disp-qing-2';
let cloud: LocalCloud;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- stored documents of several shapes, read by hand
type Doc = Record<string, any>;

beforeAll(async () => {
  cloud = await startFunctionsCloud();
  await insertWishes(cloud, seedWishes(120));
  await insertService(cloud, seedService(new Date()));
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

const all = (name: string): Doc[] => cloud.db.find(name, {}, { limit: 1000 }).docs as Doc[];
const ms = (d: unknown) => new Date(d as string).getTime();
/** `YYYY-MM` in Shanghai, by hand: UTC + 8 h. */
const monthOf = (t: number) => new Date(t + 8 * 3_600_000).toISOString().slice(0, 7);

/** The month's figures beyond wishes for these communities, by plain loops over the stored documents. */
function expected(month: string, communities: string[]) {
  const volunteers = all('volunteers').filter((v) => communities.includes(v.communityId));
  const served = new Set<string>();
  for (const e of all('journal'))
    if (e.category === 'service' && monthOf(ms(e.at)) === month)
      for (const a of e.accounts as string[]) if (a.startsWith('passbook:')) served.add(a.slice(9));
  const held = all('activities').filter(
    (a) => communities.includes(a.communityId) && (a.status === 'closed' || a.status === 'closing') && monthOf(ms(a.endAt)) === month,
  );
  const heldIds = new Set(held.map((a) => a._id));
  let signedUp = 0,
    attended = 0;
  for (const s of all('signups')) {
    if (!heldIds.has(s.activityId) || s.status === 'waiting' || s.status === 'withdrawn') continue;
    signedUp += 1;
    if (s.status === 'attended') attended += 1;
  }
  // due on the day before dueAt (dueAt is the end of the due day)
  const visits = all('visits').filter((v) => communities.includes(v.communityId) && monthOf(ms(v.dueAt) - 1) === month);
  return {
    volunteers: {
      registered: volunteers.filter((v) => !v._id.startsWith('v-')).length,
      active: volunteers.filter((v) => served.has(v._id)).length,
    },
    activities: { held: held.length, attendance: { num: attended, den: signedUp } },
    visits: {
      due: visits.length,
      done: visits.filter((v) => v.status === 'done').length,
      missed: visits.filter((v) => v.status === 'missed').length,
    },
  };
}

/** Party members of these communities below 25 h this year, per community (plain loops). */
function expectedParty(communities: string[]) {
  const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
  const minutes = new Map<string, number>();
  for (const e of all('journal')) {
    if (!['service', 'correction'].includes(e.category) || monthOf(ms(e.at)).slice(0, 4) !== String(year)) continue;
    const books = new Set((e.lines as Array<{ account: string }>).map((l) => l.account).filter((a) => a.startsWith('passbook:')));
    for (const b of books) minutes.set(b.slice(9), (minutes.get(b.slice(9)) ?? 0) + (e.minutes ?? 0));
  }
  const out: Record<string, { members: number; below: number }> = {};
  for (const v of all('volunteers')) {
    if (!v.partyMember || !communities.includes(v.communityId)) continue;
    out[v.communityId] ??= { members: 0, below: 0 };
    out[v.communityId]!.members += 1;
    if ((minutes.get(v._id) ?? 0) < 25 * 60) out[v.communityId]!.below += 1;
  }
  return { year, requiredHours: 25, branches: out, partial: false };
}

const BOTH = ['c-jinding', 'c-qingyun'];
const service = (m: Doc) => ({ volunteers: m.volunteers, activities: m.activities, visits: m.visits });
const readsOf = (r: Called, name: string) => r.requests.filter((q) => q.collection === name);
const range = { action: 'dashboard', fromMonth: MONTHS[0], toMonth: MONTHS[3] };

describe('insight.dashboard: volunteers, activities, visits, party members', () => {
  test('the data set is not trivial: every figure has something to count in every month', () => {
    for (const m of MONTHS) {
      const e = expected(m, BOTH);
      assert.ok(e.volunteers.active > 0 && e.activities.held > 0 && e.activities.attendance.den > 0 && e.visits.done > 0, m);
      assert.ok(e.visits.due > e.visits.done + e.visits.missed, `${m}: some still planned`);
    }
    const party = expectedParty(BOTH).branches;
    assert.ok(
      Object.values(party).some((b) => b.below > 0 && b.below < b.members),
      JSON.stringify(party),
    );
  });

  test('the street: every month and the party branches; each read served by an index, counted', async () => {
    const r = await person(cloud, 'demo-admin')('insight', range);
    assert.equal(r.ok, true, JSON.stringify(r.error));
    assert.deepEqual(
      r.data.months.map(service),
      MONTHS.map((m) => expected(m, BOTH)),
    );
    assert.deepEqual(r.data.party, expectedParty(BOTH));
    assert.equal(r.data.definitions.active.label, '活跃志愿者');
    assert.deepEqual(
      r.data.communities.map((c: { id: string }) => c.id),
      BOTH,
    );
    assert.deepEqual(
      r.requests.filter((q) => !q.served),
      [],
    );
    // per month: one journal aggregate, one volunteers count, one activities read, one sign-ups read, one visits read
    for (const [name, index] of [
      ['activities', 'communityId_1_status_1_endAt_1'],
      ['signups', 'activityId_1_status_1_seq_1'],
      ['visits', 'communityId_1_status_1_dueAt_1'],
    ] as const) {
      const reads = readsOf(r, name);
      assert.equal(reads.length, MONTHS.length, name);
      assert.ok(
        reads.every((q) => q.index === index),
        JSON.stringify(reads),
      );
    }
    // the journal: a month's service entries each (category_1_at_1), then this year's months one by one for
    // the party members (a settled month's minutes kept in its snapshot)
    const journal = readsOf(r, 'journal');
    assert.equal(journal.length, MONTHS.length + yearToDate().length);
    assert.ok(journal.every((q) => q.index === 'category_1_at_1'));
    const monthEntries = (m: string) => all('journal').filter((e) => e.category === 'service' && monthOf(ms(e.at)) === m).length;
    assert.deepEqual(
      journal.slice(0, MONTHS.length).map((q) => q.examined),
      MONTHS.map(monthEntries),
    );
    // visits: exactly the month's orders examined (the index's range is (start, end])
    assert.deepEqual(
      readsOf(r, 'visits').map((q) => q.examined),
      MONTHS.map((m) => expected(m, BOTH).visits.due),
    );
  });

  test('again from snapshots: no activity or visit read, and the journal only for the open months of this year', async () => {
    const r = await person(cloud, 'demo-admin')('insight', range);
    assert.deepEqual(
      r.data.months.map(service),
      MONTHS.map((m) => expected(m, BOTH)),
    );
    assert.equal(readsOf(r, 'activities').length + readsOf(r, 'visits').length + readsOf(r, 'signups').length, 0);
    const open = yearToDate().filter((m) => !isSettled(m, new Date()));
    assert.equal(readsOf(r, 'journal').length, open.length, 'the open months, for the party members');
    assert.deepEqual(r.data.party, expectedParty(BOTH), 'the same branches from the kept minutes');
    const kept = yearToDate().filter((m) => isSettled(m, new Date()));
    assert.equal(cloud.db.find('monthlySnapshots', { scope: 'minutes' }).docs.length, kept.length);
  });

  test('a community dispatcher: their community only, in every figure and branch', async () => {
    const r = await person(cloud, DISP_QING)('insight', range);
    assert.deepEqual(r.data.scope, ['c-qingyun']);
    assert.deepEqual(
      r.data.months.map(service),
      MONTHS.map((m) => expected(m, ['c-qingyun'])),
    );
    assert.deepEqual(r.data.party, expectedParty(['c-qingyun']));
    assert.deepEqual(Object.keys(r.data.party.branches), ['c-qingyun']);
    assert.deepEqual(r.data.communities, [{ id: 'c-qingyun', name: r.data.names.communities['c-qingyun'] }]);
    // the admin picking 青云: the same figures; the picker still lists both
    const one = await person(cloud, 'demo-admin')('insight', { ...range, communityId: 'c-qingyun' });
    assert.deepEqual(one.data.months.map(service), r.data.months.map(service));
    assert.equal(one.data.communities.length, 2);
  });

  test('a snapshot made before these figures: they are added once, its wish figures kept as they were', async () => {
    const month = MONTHS[1]!;
    const id = `${month}:c-jinding`;
    const old = await person(cloud, 'demo-admin')('insight', { ...range, fromMonth: month, toMonth: month, communityId: 'c-jinding' });
    const { volunteers: _v, activities: _a, visits: _vi, frozenAt: _f, ...wishes } = old.data.months[0];
    await cloud.db.remove('monthlySnapshots', { _id: id }, false);
    await cloud.db.insert('monthlySnapshots', [
      { _id: id, month, scope: 'c-jinding', figures: { ...wishes, filed: 999 }, madeAt: new Date('2024-03-08T00:00:00Z') },
    ]);
    const ask = () => person(cloud, 'demo-admin')('insight', { ...range, fromMonth: month, toMonth: month, communityId: 'c-jinding' });
    const first = await ask();
    assert.equal(first.data.months[0].filed, 999, 'the kept wish figures, not recounted');
    assert.deepEqual(service(first.data.months[0]), expected(month, ['c-jinding']));
    assert.equal(readsOf(first, 'wishes').length, 0);
    assert.equal(readsOf(first, 'visits').length, 1);
    const kept = cloud.db.find('monthlySnapshots', { _id: id }).docs[0] as Doc;
    assert.deepEqual(service(kept.figures), expected(month, ['c-jinding']));
    assert.equal(new Date(kept.madeAt).toISOString(), '2024-03-08T00:00:00.000Z');
    const second = await ask();
    assert.equal(readsOf(second, 'visits').length + readsOf(second, 'activities').length, 0);
    assert.deepEqual(service(second.data.months[0]), expected(month, ['c-jinding']));
  });
});
