// The admin area through the real `admin` function on the demo data: the places tree and a community's
// stairwells (paged and searched, each page one indexed read examining only what it returns), the
// teams tree, sponsors and budget grants (balanced, once per request id), retiring a stairwell and
// switching a team; a community dispatcher sees only their community; non-admins are refused.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../localcloud';
import { balancesOf, type JournalEntry } from '../../src/domain/bank/ledger';
import { startFunctionsCloud } from '../helpers/functions';
import { person, type Called } from '../helpers/people';

let cloud: LocalCloud;
const BIG = 'c-big';
const COMMUNITY_DISPATCHER = 'adm-dispatcher-qingyun';
const UNGRANTED_DISPATCHER = 'adm-dispatcher-none';

beforeAll(async () => {
  cloud = await startFunctionsCloud();
  // A big community: 150 stairwells in three estates, so paging and search have something to do.
  await cloud.db.insert('communities', [{ _id: BIG, name: '大观社区', street: '洗马河街道', sponsorId: 'street-xmh' }]);
  const estates = ['东苑', '南苑', '北苑'];
  await cloud.db.insert(
    'buildings',
    Array.from({ length: 150 }, (_x, i) => ({
      _id: `D-${String(i + 1).padStart(4, '0')}`,
      name: `${(i % 50) + 1}栋`,
      estateName: estates[Math.floor(i / 50)],
      communityId: BIG,
      communityName: '大观社区',
      fixes: 'building',
    })),
  );
  // A 总队 above the demo's three teams, so the teams tree has levels.
  await cloud.db.insert('teams', [
    { _id: 't-zongdui', name: '洗马河街道志愿服务总队', kind: 'corps', specialties: ['general'], communities: [], active: true },
  ]);
  for (const id of ['t-lexiujiang', 't-jiankang', 't-paotui'])
    await cloud.db.update('teams', { _id: id }, { $set: { parentId: 't-zongdui' } }, { multi: false, replace: false, upsert: false });
  await cloud.db.insert('users', [
    { _id: COMMUNITY_DISPATCHER, roles: ['dispatcher'], grants: [{ role: 'dispatcher', scope: { kind: 'community', id: 'c-qingyun' } }] },
    { _id: UNGRANTED_DISPATCHER, roles: ['dispatcher'] },
  ]);
});
afterAll(() => cloud.stop());

const admin = () => person(cloud, 'demo-admin');
const reads = (r: Called, collection: string) => r.requests.filter((q) => q.collection === collection);

describe('places', () => {
  test('the tree matches the demo data: street → communities (station, hotline, sponsor, service day, counts) → estates', async () => {
    const r = await admin()('admin', { action: 'places' });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    assert.deepEqual(
      r.data.streets.map((s: { streetId: string; name: string }) => [s.streetId, s.name]),
      [['s-ximahe', '洗马河街道']],
    );
    const [street] = r.data.streets;
    assert.equal(street.hotline, '0871-63120000');
    const jinding = street.communities.find((c: { communityId: string }) => c.communityId === 'c-jinding');
    assert.deepEqual(jinding, {
      communityId: 'c-jinding',
      name: '金鼎社区',
      hotline: '0871-63120012',
      station: '金鼎社区新时代文明实践站',
      sponsorId: 'street-xmh',
      sponsorName: '洗马河街道公益积分预算',
      serviceDay: 3,
      stairwells: 2,
      retired: 0,
      estates: [{ name: '翠湖小区', stairwells: 2 }],
    });
    const big = street.communities.find((c: { communityId: string }) => c.communityId === BIG);
    assert.equal(big.stairwells, 150);
    assert.deepEqual(
      big.estates.map((e: { stairwells: number }) => e.stairwells),
      [50, 50, 50],
    );
    assert.ok(
      r.requests.every((q) => q.served),
      JSON.stringify(r.requests.filter((q) => !q.served)),
    );
  });

  test("a community's stairwells: 20 a page in code order, one indexed read each examining one page", async () => {
    const seen: string[] = [];
    for (let page = 0; ; page++) {
      const r = await admin()('admin', { action: 'stairwells', communityId: BIG, page });
      assert.equal(r.ok, true, JSON.stringify(r.error));
      const q = reads(r, 'buildings');
      assert.equal(q.length, 1, JSON.stringify(q));
      assert.equal(q[0].served, true);
      assert.equal(q[0].index, 'communityId_1__id_1');
      assert.ok(q[0].examined <= (page + 1) * 20 + 1, `page ${page} examined ${q[0].examined}`);
      seen.push(...r.data.items.map((s: { code: string }) => s.code));
      if (!r.data.hasMore) break;
    }
    assert.equal(seen.length, 150);
    assert.deepEqual(seen, [...seen].sort());
    assert.equal(seen[0], 'D-0001');
  });

  test('search by the start of a code or of a name (stairwell or estate): served, examining only the matches, by estate then code', async () => {
    const code = await admin()('admin', { action: 'stairwells', communityId: BIG, page: 0, search: 'd-001' });
    assert.deepEqual(
      code.data.items.map((s: { code: string }) => s.code),
      ['D-0010', 'D-0011', 'D-0012', 'D-0013', 'D-0014', 'D-0015', 'D-0016', 'D-0017', 'D-0018', 'D-0019'],
    );
    const cq = reads(code, 'buildings');
    assert.equal(cq.length, 1);
    assert.equal(cq[0].served, true);
    assert.equal(cq[0].examined, 10);

    const name = await admin()('admin', { action: 'stairwells', communityId: BIG, page: 0, search: '12栋' });
    assert.deepEqual(
      name.data.items.map((s: { code: string; estateName: string }) => `${s.estateName}${s.code}`),
      ['东苑D-0012', '北苑D-0112', '南苑D-0062'], // by estate (code point order), then code
    );
    const nq = reads(name, 'buildings');
    assert.equal(nq.length, 1);
    assert.equal(nq[0].served, true);
    assert.equal(nq[0].examined, 3);

    const estate = await admin()('admin', { action: 'stairwells', communityId: BIG, page: 2, search: '南苑' });
    assert.equal(estate.data.items.length, 10);
    assert.equal(estate.data.hasMore, false);
    assert.equal(reads(estate, 'buildings')[0].examined, 50);

    const none = await admin()('admin', { action: 'stairwells', communityId: BIG, page: 0, search: 'B-0012' });
    assert.deepEqual(none.data.items, [], "another community's code is not found here");
  });

  test('retiring a stairwell: once (a second time changes nothing), shown as retired, counted apart', async () => {
    const first = await admin()('admin', { action: 'retire_stairwell', code: 'D-0150' });
    assert.deepEqual(first.data, { code: 'D-0150', retired: true, changed: true });
    const again = await admin()('admin', { action: 'retire_stairwell', code: 'D-0150' });
    assert.deepEqual(again.data, { code: 'D-0150', retired: true, changed: false });
    const doc = cloud.db.get('buildings').docs.get('D-0150') as { retired?: boolean; retiredBy?: string };
    assert.equal(doc.retired, true);
    assert.equal(doc.retiredBy, 'demo-admin');
    const found = await admin()('admin', { action: 'stairwells', communityId: BIG, page: 0, search: 'D-0150' });
    assert.deepEqual(found.data.items, [{ code: 'D-0150', name: '50栋', estateName: '北苑', fixes: 'building', retired: true }]);
    const missing = await admin()('admin', { action: 'retire_stairwell', code: 'Z-9999' });
    assert.equal(missing.error?.code, 'BUILDING.NOT_FOUND');
    // a dispatcher reads places but does not retire them
    const seq = cloud.db.seq;
    const refused = await person(cloud, 'demo-dispatcher')('admin', { action: 'retire_stairwell', code: 'D-0149' });
    assert.equal(refused.error?.code, 'AUTH.FORBIDDEN');
    assert.equal(cloud.db.seq, seq);
  });

  test('a community dispatcher sees only their community; a dispatcher without a grant sees none', async () => {
    const d = person(cloud, COMMUNITY_DISPATCHER);
    const tree = await d('admin', { action: 'places' });
    assert.deepEqual(
      tree.data.streets.flatMap((s: { communities: Array<{ communityId: string }> }) => s.communities.map((c) => c.communityId)),
      ['c-qingyun'],
    );
    const own = await d('admin', { action: 'stairwells', communityId: 'c-qingyun', page: 0 });
    assert.deepEqual(
      own.data.items.map((s: { code: string }) => s.code),
      ['B-0101'],
    );
    const other = await d('admin', { action: 'stairwells', communityId: 'c-jinding', page: 0 });
    const unknown = await d('admin', { action: 'stairwells', communityId: 'c-nowhere', page: 0 });
    assert.equal(other.error?.code, 'COMMUNITY.NOT_FOUND');
    assert.equal(unknown.error?.code, 'COMMUNITY.NOT_FOUND', "someone else's community answers as an unknown one");
    const teams = await d('admin', { action: 'teams' });
    assert.deepEqual(
      teams.data.teams.map((t: { teamId: string }) => t.teamId),
      ['t-lexiujiang', 't-paotui'],
    );
    assert.deepEqual(teams.data.communities, [{ communityId: 'c-qingyun', name: '青云社区' }]);

    const none = person(cloud, UNGRANTED_DISPATCHER);
    assert.deepEqual((await none('admin', { action: 'places' })).data.streets, []);
    assert.deepEqual((await none('admin', { action: 'teams' })).data.teams, []);
  });
});

describe('teams', () => {
  test('the tree by parent: 总队 first, its teams below by level then name, masked leader names, member counts', async () => {
    const r = await admin()('admin', { action: 'teams' });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    const rows = r.data.teams.map(
      (t: { teamId: string; depth: number; kind?: string; parentId?: string; leaders: string[]; members: number; active: boolean }) => [
        t.teamId,
        t.depth,
        t.kind,
        t.parentId,
        t.leaders,
        t.members,
        t.active,
      ],
    );
    assert.deepEqual(rows, [
      ['t-zongdui', 0, 'corps', undefined, [], 0, true],
      ['t-jiankang', 1, 'professional', 't-zongdui', [], 1, true],
      ['t-lexiujiang', 1, 'professional', 't-zongdui', ['王**'], 3, true],
      ['t-paotui', 1, 'community', 't-zongdui', [], 0, true],
    ]);
    assert.deepEqual(
      r.data.communities.find((c: { communityId: string }) => c.communityId === 'c-jinding'),
      { communityId: 'c-jinding', name: '金鼎社区' },
    );
    const text = JSON.stringify(r.data);
    assert.doesNotMatch(text, /王建国|1380000/, 'no full names, no phones');
    assert.ok(
      r.requests.every((q) => q.served),
      JSON.stringify(r.requests.filter((q) => !q.served)),
    );
  });

  test('switching a team off and on (admin only); the same value changes nothing', async () => {
    const off = await admin()('admin', { action: 'team_active', teamId: 't-paotui', active: false });
    assert.deepEqual(off.data, { teamId: 't-paotui', active: false, changed: true });
    const again = await admin()('admin', { action: 'team_active', teamId: 't-paotui', active: false });
    assert.deepEqual(again.data, { teamId: 't-paotui', active: false, changed: false });
    const tree = await admin()('admin', { action: 'teams' });
    assert.equal(tree.data.teams.find((t: { teamId: string }) => t.teamId === 't-paotui').active, false, 'inactive teams stay in the tree');
    const on = await admin()('admin', { action: 'team_active', teamId: 't-paotui', active: true });
    assert.equal(on.data.changed, true);
    assert.equal((cloud.db.get('teams').docs.get('t-paotui') as unknown as { active: boolean }).active, true);
    assert.equal((await admin()('admin', { action: 'team_active', teamId: 't-nope', active: true })).error?.code, 'TEAM.NOT_FOUND');
    const seq = cloud.db.seq;
    const refused = await person(cloud, 'demo-dispatcher')('admin', { action: 'team_active', teamId: 't-paotui', active: false });
    assert.equal(refused.error?.code, 'AUTH.FORBIDDEN');
    assert.equal(cloud.db.seq, seq);
  });
});

describe('sponsors and budgets', () => {
  const journal = () => [...cloud.db.get('journal').docs.values()] as unknown as JournalEntry[];
  const account = (id: string) => (cloud.db.get('accounts').docs.get(id) as { balance: number } | undefined)?.balance;

  test('sponsors with their balances and the communities they pay for, one indexed read', async () => {
    const r = await admin()('admin', { action: 'sponsors', page: 0 });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    // The demo's two sponsors of the 四个一点 (tests/functions/sponsors.test.ts) come first in id order.
    assert.deepEqual(r.data.items.slice(2), [
      {
        sponsorId: 'street-xmh',
        name: '洗马河街道公益积分预算',
        source: 'government',
        version: 1,
        balance: 100_000,
        communities: [
          { communityId: BIG, name: '大观社区' },
          { communityId: 'c-jinding', name: '金鼎社区' },
          { communityId: 'c-qingyun', name: '青云社区' },
        ],
      },
    ]);
    const q = reads(r, 'accounts');
    assert.equal(q.length, 1);
    assert.equal(q[0].served, true);
    assert.equal(q[0].examined, 3, 'only sponsor accounts are examined, never passbooks');
  });

  test('grant_budget: one balanced budget_grant entry with who and why; a double call grants once', async () => {
    const event = { action: 'grant_budget', sponsorId: 'street-xmh', points: 1000, reason: '第四季度预算', requestId: 'grant_test_0001' };
    const [a, b] = await Promise.all([admin()('admin', event), admin()('admin', event)]);
    assert.equal(a.ok && b.ok, true, JSON.stringify([a.error, b.error]));
    assert.deepEqual([a.data.created, b.data.created].sort(), [false, true]);
    assert.equal(a.data.entryId, 'grant:street-xmh:grant_test_0001');
    const third = await admin()('admin', event);
    assert.deepEqual(third.data, { entryId: 'grant:street-xmh:grant_test_0001', balance: 101_000, created: false, released: 0 });
    const entries = journal().filter((e) => e._id === 'grant:street-xmh:grant_test_0001');
    assert.equal(entries.length, 1);
    const [entry] = entries;
    assert.equal(entry.kind, 'budget_grant');
    assert.equal(entry.by, 'demo-admin');
    assert.equal(entry.reason, '第四季度预算');
    assert.equal(
      entry.lines.reduce((s, l) => s + l.points, 0),
      0,
      'balanced',
    );
    assert.equal(account('sponsor:street-xmh'), 101_000);
    assert.equal(account('issuer:head-office'), -104_000, 'the demo issued 103 000 (three sponsors) before');
    // The stored balances equal the journal's.
    const derived = balancesOf(journal());
    assert.equal(derived.get('sponsor:street-xmh'), 101_000 - 0);
    assert.equal(derived.get('issuer:head-office'), -104_000);
  });

  test('an unknown sponsor, and everyone but an admin, are refused writing nothing', async () => {
    const event = { action: 'grant_budget', sponsorId: 'nobody', points: 10, reason: '试一下', requestId: 'grant_test_0002' };
    let seq = cloud.db.seq;
    assert.equal((await admin()('admin', event)).error?.code, 'SPONSOR.NOT_FOUND');
    assert.equal(cloud.db.seq, seq);
    for (const who of ['demo-dispatcher', 'demo-resident', 'demo-volunteer', 'demo-leader', 'demo-merchant', 'demo-helper']) {
      seq = cloud.db.seq;
      const r = await person(cloud, who)('admin', { ...event, sponsorId: 'street-xmh' });
      assert.equal(r.error?.code, 'AUTH.FORBIDDEN', who);
      assert.equal(cloud.db.seq, seq, who);
      assert.equal((await person(cloud, who)('admin', { action: 'sponsors', page: 0 })).error?.code, 'AUTH.FORBIDDEN', who);
    }
    for (const who of ['demo-resident', 'demo-volunteer', 'demo-leader', 'demo-merchant', 'demo-helper'])
      assert.equal((await person(cloud, who)('admin', { action: 'places' })).error?.code, 'AUTH.FORBIDDEN', who);
  });
});

describe('the merchant’s shop', () => {
  test("the shop of the caller's merchant grant; a merchant without one is told so", async () => {
    const r = await person(cloud, 'demo-merchant')('admin', { action: 'shop' });
    assert.deepEqual(r.data, {
      shopId: 'shop-xingfu',
      name: '幸福超市',
      communityName: '金鼎社区',
      address: '翠湖小区南门旁',
      hours: '每天 8:00–21:00',
      version: 0,
    });
    await cloud.db.insert('users', [{ _id: 'adm-merchant-2', roles: ['merchant'] }]);
    assert.equal((await person(cloud, 'adm-merchant-2')('admin', { action: 'shop' })).error?.code, 'SHOP.NOT_FOUND');
    assert.equal((await admin()('admin', { action: 'shop' })).error?.code, 'AUTH.FORBIDDEN');
  });
});
