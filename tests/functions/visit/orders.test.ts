// Visit orders through the real `visit` function: the volunteer's list (named ones and the team's
// pool, due soonest first, the contact only for them), recording an outcome (scope, content check,
// retry, 联系不上 twice → one alert), and 转为心愿 (a proxy wish for the elder, linked once; its filer
// cannot claim it). Elders are inserted directly and the scheduler runs at the real time.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../../localcloud';
import { readOutbox } from '../../../localcloud/openapi/outbox';
import { addDays, businessDate } from '../../../src/domain/time';
import type { Elder } from '../../../src/domain/visit/elder';
import type { VisitOrder } from '../../../src/domain/visit/order';
import type { Wish } from '../../../src/domain/wish/wish';
import { person } from '../../helpers/people';
import { elderOf } from '../../domain/visit-fixture';
import { insertElders, schedule, startVisitCloud } from './fixtures/cloud';

let cloud: LocalCloud;
const now = new Date();
const today = businessDate(now);
beforeAll(async () => {
  cloud = await startVisitCloud('visit-orders');
  await cloud.db.insert('users', [{ _id: 'vis-other', roles: ['resident', 'volunteer'], createdAt: now }]);
  await cloud.db.insert('volunteers', [
    { _id: 'vis-other', name: '孙志远', phone: '13800000019', skills: [], communityId: 'c-jinding', partyMember: false },
  ]);
  await cloud.db.insert('memberships', [
    { _id: 't-jiankang_vis-other', teamId: 't-jiankang', openid: 'vis-other', role: 'member', status: 'active', createdAt: now },
  ]);
  await insertElders(cloud, [
    elderOf({ _id: 'o-named', birthYear: 1941, createdAt: now, volunteerOpenid: 'demo-volunteer', name: '赵淑芬', phone: '13577778888' }),
    elderOf({
      _id: 'o-pool',
      birthYear: 1950,
      createdAt: addDays(now, -1),
      teamId: 't-lexiujiang',
      name: '钱桂英',
      phone: undefined,
      guardian: { name: '钱明', phone: '13688889999', relation: '儿子' },
    }),
    elderOf({ _id: 'o-far', birthYear: 1960, createdAt: now, teamId: 't-jiankang', name: '孙玉兰' }),
  ]);
  await schedule(cloud, now);
}, 180_000);
afterAll(() => cloud.stop());

const xiaoli = () => person(cloud, 'demo-volunteer');
const visit = (id: string) => cloud.db.get('visits').docs.get(id) as unknown as VisitOrder;
const elder = (id: string) => cloud.db.get('elders').docs.get(id) as unknown as Elder;
let req = 0;
const requestId = () => `req_visit_${++req}_${Date.now().toString(36)}`;

describe('visit.my_visits', () => {
  test("小李's named visits and 乐修匠's pool, due soonest first, with the contact; not another team's", async () => {
    // A visit missed 40 days ago stays with the community's alert, off the list (30 days back at most).
    const old = businessDate(addDays(now, -40));
    await cloud.db.insert('visits', [
      {
        _id: `o-named:call:${old}`,
        elderId: 'o-named',
        communityId: 'c-jinding',
        kind: 'call',
        dueDate: old,
        dueAt: addDays(now, -39),
        volunteerOpenid: 'demo-volunteer',
        status: 'missed',
        version: 1,
        createdAt: addDays(now, -50),
        history: [],
      },
    ]);
    const r = await xiaoli()('visit', { action: 'my_visits', page: 0 });
    assert.ok(!r.data.items.some((v: { id: string }) => v.id === `o-named:call:${old}`));
    assert.equal(r.ok, true, JSON.stringify(r.error));
    const ids = r.data.items.map((v: { id: string }) => v.id);
    // The demo's own elders (el-demo-*, planned by the same run) are 小李's too; of this file's three, not 孙玉兰 (健康有约's).
    const own = ids.map((id: string) => id.split(':')[0]).filter((e: string) => !e.startsWith('el-demo-'));
    assert.deepEqual(new Set(own), new Set(['o-named', 'o-pool']));
    const dues = r.data.items.map((v: { dueAt: string }) => v.dueAt);
    assert.deepEqual(dues, [...dues].sort());
    const named = r.data.items.find((v: { id: string }) => v.id === `o-named:call:${today}`);
    assert.deepEqual([named.mine, named.elder.name, named.elder.phone, named.elder.room], [true, '赵淑芬', '13577778888', '301']);
    const pool = r.data.items.find((v: { id: string }) => v.id.startsWith('o-pool:call'));
    assert.deepEqual([pool.mine, pool.elder.name, pool.elder.guardian.phone, pool.overdue], [false, '钱桂英', '13688889999', true]);
    // The caller's roles (the gate), memberships, the named and the pool orders, their elders (and the
    // places, cached per instance); all index-served.
    assert.ok(r.requests.every((q) => q.served));
    const by = (c: string) => r.requests.filter((q) => q.collection === c).length;
    assert.deepEqual([by('users'), by('memberships'), by('visits'), by('elders')], [1, 1, 2, 1]);

    const other = await person(cloud, 'vis-other')('visit', { action: 'my_visits', page: 0 });
    assert.deepEqual(new Set(other.data.items.map((v: { id: string }) => v.id.split(':')[0])), new Set(['o-far']));
    const resident = await person(cloud, 'demo-resident')('visit', { action: 'my_visits', page: 0 });
    assert.equal(resident.error?.code, 'VOLUNTEER.NOT_REGISTERED');
  });
});

describe('visit.record', () => {
  test('someone else: as if it did not exist, writing nothing; a risky note writes nothing', async () => {
    const id = `o-named:home:${today}`;
    const seq = cloud.db.seq;
    const r = await person(cloud, 'vis-other')('visit', { action: 'record', visitId: id, outcome: 'safe', requestId: requestId() });
    assert.equal(r.error?.code, 'VISIT.NOT_FOUND');
    const leader = await person(cloud, 'demo-leader')('visit', { action: 'record', visitId: id, outcome: 'safe', requestId: requestId() });
    assert.equal(leader.error?.code, 'VISIT.NOT_FOUND', 'a named order is not the team pool');
    const risky = await xiaoli()('visit', { action: 'record', visitId: id, outcome: 'safe', note: '测试违规词', requestId: requestId() });
    assert.equal(risky.error?.code, 'WISH.CONTENT_RISKY');
    assert.equal(cloud.db.seq, seq);
  });

  test('联系不上 twice in a row: the second alerts the community, once; a retry answers the same; then 平安 resets', async () => {
    const [a, b] = [`o-pool:call:${businessDate(addDays(now, -1))}`, `o-pool:home:${businessDate(addDays(now, -1))}`];
    const before = (await readOutbox(cloud.dataDir)).filter((m) => m.templateId === 'TPL_VISIT_ESCALATED').length;
    const leader = person(cloud, 'demo-leader'); // a member of 乐修匠: the pool is the team's
    const first = { action: 'record', visitId: a, outcome: 'unreachable', note: '打了三次电话没人接', requestId: requestId() };
    const r1 = await leader('visit', first);
    assert.deepEqual(r1.data, { visitId: a, status: 'done', version: 1, escalated: false });
    assert.deepEqual(await leader('visit', first).then((r) => r.data), r1.data, 'a retry answers the first recording');
    assert.equal((await leader('visit', { ...first, requestId: requestId() })).error?.code, 'VISIT.ALREADY_RECORDED');
    const r2 = await xiaoli()('visit', { action: 'record', visitId: b, outcome: 'unreachable', requestId: requestId() });
    assert.equal(r2.data.escalated, true);
    assert.deepEqual([elder('o-pool').unreachableStreak, elder('o-pool').lastOutcome], [2, 'unreachable']);
    assert.ok(elder('o-pool').escalatedAt);
    const alerts = (await readOutbox(cloud.dataDir)).filter((m) => m.templateId === 'TPL_VISIT_ESCALATED');
    assert.equal(alerts.length - before, 2, 'to the street dispatcher and 金鼎社区 helper, once each');
    assert.ok(!JSON.stringify(alerts.map((m) => m.data)).includes('钱'));
    assert.equal(visit(a).note, '打了三次电话没人接');
    const next = `o-pool:call:${businessDate(addDays(now, 13))}`;
    const safe = await xiaoli()('visit', { action: 'record', visitId: next, outcome: 'safe', requestId: requestId() });
    assert.equal(safe.data.escalated, false);
    assert.deepEqual([elder('o-pool').unreachableStreak, elder('o-pool').lastOutcome], [0, 'safe']);
    assert.deepEqual(
      visit(a).history.map((h) => [h.action, h.from, h.to]),
      [['record', 'planned', 'done']],
    );
  });
});

describe('visit.to_wish', () => {
  test('需要帮助 → 转为心愿: a proxy wish for the elder, linked once; the centre sees it; its filer cannot claim it', async () => {
    const id = `o-named:call:${today}`;
    const rec = await xiaoli()('visit', {
      action: 'record',
      visitId: id,
      outcome: 'needs_help',
      note: '家里灯坏了',
      requestId: requestId(),
    });
    assert.equal(rec.ok, true, JSON.stringify(rec.error));
    assert.equal(elder('o-named').lastOutcome, 'needs_help');
    const form = {
      action: 'to_wish',
      visitId: id,
      requestId: requestId(),
      category: 'repairs',
      description: '客厅的灯不亮了，需要换灯管',
      urgency: 'normal',
      preferredTime: { date: businessDate(addDays(now, 1)), window: 'morning' },
    };
    assert.equal((await person(cloud, 'vis-other')('visit', form)).error?.code, 'VISIT.NOT_FOUND');
    const r = await xiaoli()('visit', form);
    assert.equal(r.ok, true, JSON.stringify(r.error));
    const wish = cloud.db.get('wishes').docs.get(r.data.wishId) as unknown as Wish;
    assert.deepEqual(
      [wish.proxy, wish.filedBy, wish.contact, wish.helper, wish.room, wish.buildingId, !!wish.proxyConsentAt, wish.status],
      [
        true,
        'demo-volunteer',
        { name: '赵淑芬', phone: '13577778888' },
        { name: '李明', phone: '13800000002' },
        '301',
        'B-0012',
        true,
        'submitted',
      ],
    );
    assert.equal(visit(id).wishId, r.data.wishId);
    // A retry lands once; another wish for the same visit is refused.
    assert.deepEqual((await xiaoli()('visit', form)).data, r.data);
    assert.equal((await xiaoli()('visit', { ...form, requestId: requestId() })).error?.code, 'VISIT.ALREADY_WISHED');
    assert.equal(
      [...cloud.db.get('wishes').docs.values()].filter((w) => (w as { filedBy?: string }).filedBy === 'demo-volunteer').length,
      1,
    );

    const queue = await person(cloud, 'demo-dispatcher')('dispatch', { action: 'queue', tab: 'waiting', page: 0 });
    assert.ok(
      queue.data.items.some((w: { id: string }) => w.id === r.data.wishId),
      JSON.stringify(queue.error),
    );
    const sent = await person(cloud, 'demo-dispatcher')('dispatch', { action: 'dispatch', wishId: r.data.wishId, teamId: 't-lexiujiang' });
    assert.equal(sent.ok, true, JSON.stringify(sent.error));
    assert.equal((await xiaoli()('volunteer', { action: 'claim', wishId: r.data.wishId })).error?.code, 'ORDER.OWN_WISH');
  });

  test('a visit found safe, or not recorded, does not become a wish', async () => {
    const id = `o-named:home:${today}`;
    const form = {
      action: 'to_wish',
      visitId: id,
      requestId: requestId(),
      category: 'repairs',
      description: '客厅的灯不亮了',
      urgency: 'normal',
      preferredTime: { date: today, window: 'any' },
    };
    assert.equal((await xiaoli()('visit', form)).error?.code, 'VISIT.NO_NEED');
    await xiaoli()('visit', { action: 'record', visitId: id, outcome: 'safe', requestId: requestId() });
    const seq = cloud.db.seq;
    assert.equal((await xiaoli()('visit', { ...form, requestId: requestId() })).error?.code, 'VISIT.NO_NEED');
    assert.equal(cloud.db.seq, seq);
  });

  test('a priced category: visit.quote says what the elder pays; the wish is filed only for that amount', async () => {
    const admin = person(cloud, 'demo-admin');
    const prices = (version: number, items: unknown[]) =>
      admin('bank', { action: 'set_setting', key: 'prices', version, reason: '维修低偿', value: { items } });
    const set = await prices(0, [{ category: 'repairs', marketFen: 10_000, materialFen: 1_200, ordinaryPercent: 90 }]);
    assert.equal(set.ok, true, JSON.stringify(set.error));
    // 孙志远 of 健康 files for 孙玉兰 (their team's pool); 小李 is of another team.
    const sun = person(cloud, 'vis-other');
    const mine = await sun('visit', { action: 'my_visits', page: 0 });
    const id = mine.data.items.find((v: { id: string }) => v.id.startsWith('o-far:'))!.id as string;
    const ask = { action: 'quote', visitId: id, category: 'repairs' };
    // Only whoever may file the wish, once the visit found a need.
    assert.equal((await xiaoli()('visit', ask)).error?.code, 'VISIT.NOT_FOUND');
    assert.equal((await sun('visit', ask)).error?.code, 'VISIT.NO_NEED');
    await sun('visit', { action: 'record', visitId: id, outcome: 'needs_help', note: '水龙头坏了', requestId: requestId() });
    assert.deepEqual((await sun('visit', { ...ask, category: 'errands' })).data, { priced: false });
    const quote = await sun('visit', ask);
    const { buildingId, room } = elder('o-far');
    const household = await person(cloud, 'demo-resident')('bank', { action: 'quote', buildingId, room, category: 'repairs' });
    assert.deepEqual(
      [quote.data.payFen, quote.data.text],
      [household.data.payFen, household.data.text.replace('您', '老人')],
      "the household's own quote, worded for the volunteer to tell the elder",
    );
    assert.match(quote.data.text, /^老人需支付 ¥\d+\.\d{2}（/);
    const form = {
      action: 'to_wish',
      visitId: id,
      category: 'repairs',
      description: '厨房水龙头一直滴水',
      urgency: 'normal',
      preferredTime: { date: businessDate(addDays(now, 1)), window: 'any' },
    };
    // Filing reads the prices from the instance's one-minute cache, which the first test filled before
    // repairs had a price (until it refreshes, the new price is not charged): a minute on, it is.
    cloud.clock.advance(61_000);
    // Not shown, or less than the price: refused, nothing written.
    const seq = cloud.db.seq;
    for (const agreed of [{}, { agreedFen: quote.data.payFen - 1 }]) {
      const r = await sun('visit', { ...form, ...agreed, requestId: requestId() });
      assert.equal(r.error?.code, 'WISH.PRICE_NOT_AGREED', JSON.stringify(agreed));
    }
    assert.equal(cloud.db.seq, seq);
    const r = await sun('visit', { ...form, agreedFen: quote.data.payFen, requestId: requestId() });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    const wish = cloud.db.get('wishes').docs.get(r.data.wishId) as unknown as Wish;
    assert.equal(wish.quote?.householdFen, quote.data.payFen);
    assert.equal(visit(id).wishId, r.data.wishId);
    assert.equal((await prices(1, [])).ok, true);
  });
});
