// The elders' registry through the real `visit` function: who may read and keep it (the community's
// staff; one elder's detail also for the named volunteer), what each sees, compare-and-set on the
// version, the board overdue first with its filters, each read served by an index and examining at most
// a page and one more (from the local cloud's request log).
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../../localcloud';
import { addDays } from '../../../src/domain/time';
import type { Elder } from '../../../src/domain/visit/elder';
import { startFunctionsCloud } from '../../helpers/functions';
import { person, type Called } from '../../helpers/people';

let cloud: LocalCloud;
const QINGYUN_DISPATCHER = 'el-dispatcher-qingyun';
beforeAll(async () => {
  cloud = await startFunctionsCloud();
  await cloud.db.insert('users', [
    { _id: QINGYUN_DISPATCHER, roles: ['dispatcher'], grants: [{ role: 'dispatcher', scope: { kind: 'community', id: 'c-qingyun' } }] },
  ]);
});
afterAll(() => cloud.stop());

const stored = (id: string) => cloud.db.get('elders').docs.get(id) as unknown as Elder;
const visit = (openid: string | undefined, event: Record<string, unknown>) => person(cloud, openid)('visit', event);
const board = (openid: string, over: Record<string, unknown> = {}) =>
  visit(openid, { action: 'elders', communityId: 'c-jinding', page: 0, ...over });
const elderReads = (r: Called) => r.requests.filter((q) => q.collection === 'elders');
let requestNo = 0;
const form = (over: Record<string, unknown> = {}) => ({
  action: 'save_elder',
  requestId: `req_elder_${++requestNo}`,
  communityId: 'c-jinding',
  buildingId: 'B-0012',
  room: '0702',
  name: '刘秀兰',
  birthYear: 1945,
  tags: ['alone'],
  phone: '13800000041',
  guardian: { name: '刘强', phone: '13800000042', relation: '儿子' },
  consent: { way: 'signed', date: '2026-01-05' },
  ...over,
});

describe('who may read and keep the registry', () => {
  test.each([
    ['a resident', 'demo-resident', 'AUTH.FORBIDDEN'],
    ['a volunteer (even a named one)', 'demo-volunteer', 'AUTH.FORBIDDEN'],
    ['a leader', 'demo-leader', 'AUTH.FORBIDDEN'],
    ["another community's dispatcher", QINGYUN_DISPATCHER, 'ELDER.OUT_OF_SCOPE'],
  ])('%s: refused the board, a save and a retirement, and nothing is written', async (_n, who, code) => {
    const seq = cloud.db.seq;
    assert.equal((await board(who)).error?.code, code);
    assert.equal((await visit(who, form())).error?.code, code);
    const retire = await visit(who, { action: 'retire_elder', elderId: 'el-demo-zhang', version: 1, reason: '已迁出本社区' });
    assert.equal(retire.error?.code, code);
    assert.equal(cloud.db.seq, seq);
  });

  test.each([
    ['the named volunteer: the contact, not the consent', 'demo-volunteer', true],
    ["the community's helper: everything", 'demo-helper', true],
    ["the street's dispatcher: everything", 'demo-dispatcher', true],
  ])('%s', async (_n, who, sees) => {
    const r = await visit(who, { action: 'elder', elderId: 'el-demo-zhang' });
    assert.equal(r.ok, sees, JSON.stringify(r.error));
    assert.deepEqual([r.data.name, r.data.room, r.data.phone, r.data.volunteerName], ['张桂兰', '502', '0871-63125566', '李明']);
    assert.equal(r.data.canEdit, who !== 'demo-volunteer');
    assert.equal(r.data.consent === undefined, who === 'demo-volunteer');
    assert.ok(!JSON.stringify(r.data).includes('demo-volunteer'), 'no OPENID in the answer');
  });

  test.each([
    ['another volunteer', 'demo-volunteer-2'],
    ['a resident', 'demo-resident'],
    ["another community's dispatcher", QINGYUN_DISPATCHER],
  ])('%s is told the elder does not exist', async (_n, who) => {
    const r = await visit(who, { action: 'elder', elderId: 'el-demo-zhang' });
    assert.equal(r.error?.code, 'ELDER.NOT_FOUND');
    assert.equal(r.data, undefined);
  });
});

describe('the board', () => {
  test('overdue first, in words; no phone, room or guardian; one index-served read of a page and one more', async () => {
    const r = await board('demo-helper');
    assert.equal(r.ok, true, JSON.stringify(r.error));
    assert.deepEqual(
      r.data.items.map((i: { name: string; due: { state: string } }) => [i.name, i.due.state]),
      [
        ['张桂兰', 'overdue'],
        ['李德福', 'overdue'],
        ['陈玉珍', 'today'],
        ['王秀英', 'upcoming'],
        ['孙国强', 'upcoming'],
        ['赵淑芬', 'upcoming'],
      ],
    );
    const first = r.data.items[0];
    assert.deepEqual(
      [first.due.text, first.due.daysSinceContact, first.volunteerName, first.buildingName],
      ['已逾期 5 天', 12, '李明', '3栋2单元'],
    );
    assert.equal(r.data.items[1].escalated, true);
    const text = JSON.stringify(r.data);
    for (const secret of ['0871-63125566', '13800000031', '502', 'demo-volunteer']) assert.ok(!text.includes(secret), secret);
    assert.deepEqual(r.data.volunteers.map((v: { name: string }) => v.name).sort(), ['李明', '王建国', '赵小红'].sort());
    const q = elderReads(r);
    assert.deepEqual(
      q.map((x) => [x.index, x.served, x.examined]),
      [['communityId_1_active_1_nextDueAt_1', true, 6]],
    );
  });

  test('by tag and by volunteer, each on its own index', async () => {
    const keys = (await board('demo-helper')).data.volunteers as { key: string; name: string }[];
    const zhao = keys.find((v) => v.name === '赵小红')!.key;
    const byTag = await board('demo-dispatcher', { tag: 'alone' });
    assert.deepEqual(
      byTag.data.items.map((i: { name: string }) => i.name),
      ['张桂兰', '李德福'],
    );
    assert.deepEqual(
      elderReads(byTag).map((x) => [x.index, x.examined]),
      [['communityId_1_active_1_tags_1_nextDueAt_1', 2]],
    );
    const byVolunteer = await board('demo-dispatcher', { volunteerKey: zhao, page: 1 });
    assert.deepEqual(byVolunteer.data.items, []);
    const mine = await board('demo-dispatcher', { volunteerKey: zhao });
    assert.deepEqual(
      mine.data.items.map((i: { name: string }) => i.name),
      ['李德福', '赵淑芬'],
    );
    assert.deepEqual(
      elderReads(mine).map((x) => [x.index, x.examined]),
      [['communityId_1_active_1_volunteerOpenid_1_nextDueAt_1', 2]],
    );
    // Both filters: the volunteer's index (a volunteer keeps few elders), the tag tested on those.
    const both = await board('demo-dispatcher', { volunteerKey: zhao, tag: 'disabled' });
    assert.deepEqual(
      both.data.items.map((i: { name: string }) => i.name),
      ['李德福'],
    );
    assert.deepEqual(
      elderReads(both).map((x) => [x.index, x.examined]),
      [['communityId_1_active_1_volunteerOpenid_1_nextDueAt_1', 2]],
    );
    const nobody = await board('demo-dispatcher', { volunteerKey: 'vk-notavolunteer' });
    assert.deepEqual([nobody.data.items, elderReads(nobody).length], [[], 0]);
  });

  test('over 45 elders, every page examines at most the page and one more, overdue first throughout', async () => {
    const base = stored('el-demo-chen');
    const now = new Date();
    await cloud.db.insert(
      'elders',
      Array.from({ length: 45 }, (_x, i) => ({ ...base, _id: `el-many-${i}`, tags: ['poor'], nextDueAt: addDays(now, 30 + i) })) as never,
    );
    const seen: string[] = [];
    for (let page = 0; ; page++) {
      const r = await board('demo-helper', { tag: 'poor', page });
      const q = elderReads(r);
      assert.equal(q.length, 1);
      assert.ok(q[0].served && q[0].examined <= (page + 1) * 20 + 1, `page ${page}: ${JSON.stringify(q[0])}`);
      seen.push(...r.data.items.map((i: { elderId: string }) => i.elderId));
      if (!r.data.hasMore) break;
    }
    assert.equal(seen.length, 47);
    assert.deepEqual(seen.slice(0, 2), ['el-demo-zhang', 'el-demo-zhao']);
    for (let i = 0; i < 45; i++) await cloud.db.remove('elders', { _id: `el-many-${i}` }, false);
  });
});

describe('keeping an elder', () => {
  test('a new elder: due at once, nobody unreachable, consent recorded; a retry adds no second one', async () => {
    const event = form();
    const r = await visit('demo-helper', event);
    assert.equal(r.ok, true, JSON.stringify(r.error));
    assert.equal(r.data.created, true);
    const e = stored(r.data.elderId);
    assert.deepEqual(
      [e.unreachableStreak, e.active, e.version, e.createdBy, e.consent.way, e.consent.by],
      [0, true, 1, 'demo-helper', 'signed', 'demo-helper'],
    );
    assert.ok(Math.abs(new Date(e.nextDueAt!).getTime() - Date.now()) < 60_000);
    const count = cloud.db.get('elders').docs.size;
    const again = await visit('demo-helper', event);
    assert.deepEqual([again.data.elderId, cloud.db.get('elders').docs.size], [r.data.elderId, count]);
  });

  test.each([
    ['under 60', { birthYear: 1970 }, 'birthYear'],
    ["another community's stairwell", { buildingId: 'B-0101' }, 'buildingId'],
    ['consent in the future', { consent: { way: 'signed', date: '2099-01-01' } }, 'consent.date'],
    ['no consent', { consent: undefined }, 'consent'],
  ])('refused: %s (INPUT.INVALID on the field), nothing written', async (_n, over, path) => {
    const seq = cloud.db.seq;
    const r = await visit('demo-helper', form(over));
    assert.equal(r.error?.code, 'INPUT.INVALID');
    assert.ok(JSON.stringify(r.error).includes(`"path":"${path}`), JSON.stringify(r.error));
    assert.equal(cloud.db.seq, seq);
  });

  test("an edit is compare-and-set on the version and keeps the board's fields; the guardian's relation can be dropped", async () => {
    const made = await visit('demo-helper', form({ room: '0703', name: '吴淑华' }));
    const elderId = made.data.elderId as string;
    // The scheduler and an outcome meanwhile (C2): the board's fields.
    const contact = new Date('2026-02-01T02:00:00Z');
    await cloud.db.update(
      'elders',
      { _id: elderId },
      { $set: { lastContactAt: contact, nextDueAt: contact, unreachableStreak: 1 } },
      { multi: false, replace: false, upsert: false },
    );
    const edit = form({
      elderId,
      version: 1,
      requestId: undefined,
      room: '0703',
      name: '吴淑华',
      tags: ['disabled'],
      guardian: { name: '吴刚', phone: '13800000043' },
    });
    const [a, b] = await Promise.all([visit('demo-helper', edit), visit('demo-dispatcher', { ...edit, tags: ['poor'] })]);
    assert.deepEqual([a.ok, b.ok].sort(), [false, true]);
    assert.equal((a.ok ? b : a).error?.code, 'ELDER.CHANGED');
    const e = stored(elderId);
    assert.deepEqual(
      [e.version, e.unreachableStreak, new Date(e.lastContactAt!).getTime(), e.guardian],
      [2, 1, contact.getTime(), { name: '吴刚', phone: '13800000043' }],
    );
    const stale = await visit('demo-helper', edit);
    assert.equal(stale.error?.code, 'ELDER.CHANGED');
  });

  test('the named volunteer is chosen by key among the community’s registered volunteers', async () => {
    const keys = (await board('demo-helper')).data.volunteers as { key: string; name: string }[];
    const li = keys.find((v) => v.name === '李明')!.key;
    const r = await visit('demo-helper', form({ room: '0704', name: '郑桂芳', volunteerKey: li }));
    assert.equal(stored(r.data.elderId).volunteerOpenid, 'demo-volunteer');
    const seen = await visit('demo-volunteer', { action: 'elder', elderId: r.data.elderId });
    assert.deepEqual([seen.data.name, seen.data.phone, seen.data.guardian?.phone], ['郑桂芳', '13800000041', '13800000042']);
    const unknown = await visit('demo-helper', form({ room: '0705', volunteerKey: 'vk-notavolunteer' }));
    assert.equal(unknown.error?.code, 'ELDER.VOLUNTEER_NOT_FOUND');
  });

  test('retiring: off the board, kept for the record with the reason; no further edits', async () => {
    const made = await visit('demo-helper', form({ room: '0706', name: '冯玉兰' }));
    const elderId = made.data.elderId as string;
    // One order still planned and one done: the planned one goes with the retirement, the done one stays.
    const order = (dueDate: string, status: string) => ({
      _id: `${elderId}:call:${dueDate}`,
      elderId,
      communityId: stored(elderId).communityId,
      kind: 'call',
      dueDate,
      dueAt: new Date(`${dueDate}T15:59:59Z`),
      status,
      version: 1,
      createdAt: new Date(),
      history: [],
    });
    await cloud.db.insert('visits', [order('2099-01-01', 'planned'), order('2020-01-01', 'done')]);
    const r = await visit('demo-dispatcher', { action: 'retire_elder', elderId, version: 1, reason: '已迁出本社区' });
    assert.deepEqual(
      [...cloud.db.get('visits').docs.values()]
        .filter((v) => (v as unknown as { elderId?: string }).elderId === elderId)
        .map((v) => (v as unknown as { status: string }).status),
      ['done'],
    );
    assert.deepEqual(r.data, { elderId, version: 2, active: false });
    assert.deepEqual(
      [stored(elderId).active, stored(elderId).retired?.reason, stored(elderId).retired?.by],
      [false, '已迁出本社区', 'demo-dispatcher'],
    );
    const list = await board('demo-helper', { page: 0 });
    assert.ok(!list.data.items.some((i: { elderId: string }) => i.elderId === elderId));
    const detail = await visit('demo-helper', { action: 'elder', elderId });
    assert.deepEqual([detail.data.active, detail.data.retiredReason, detail.data.canEdit], [false, '已迁出本社区', false]);
    const again = await visit('demo-helper', form({ elderId, version: 2, requestId: undefined, room: '0706', name: '冯玉兰' }));
    assert.equal(again.error?.code, 'ELDER.RETIRED');
  });
});
