// The centre's workbench through the real functions: tabs, the one search box (phone tail, stairwell,
// words), each served by a declared index with only the matching wishes examined; where a wish is, as
// staff read it (and who sees the room); and the dispatchers told of new and sent-back wishes.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../localcloud';
import { readOutbox } from '../../localcloud/openapi/outbox';
import { startFunctionsCloud } from '../helpers/functions';
import { person, wishForm, type Called } from '../helpers/people';
import { COUNT_CAP } from '../../src/domain/wish/queue';

let cloud: LocalCloud;
const QUIET_DISPATCHER = 'desk-dispatcher-unsubscribed';

beforeAll(async () => {
  cloud = await startFunctionsCloud();
  // A second dispatcher who never allowed notices: skipped without error.
  await cloud.db.insert('users', [
    { _id: QUIET_DISPATCHER, roles: ['dispatcher'], grants: [{ role: 'dispatcher', scope: { kind: 'street', id: 's-ximahe' } }] },
  ]);
  fs.writeFileSync(path.join(cloud.dataDir, 'unsubscribed.json'), JSON.stringify([QUIET_DISPATCHER]));
});
afterAll(() => cloud.stop());

const desk = () => person(cloud, 'demo-dispatcher');
type Item = {
  id: string;
  status: string;
  room?: string;
  place?: Record<string, string>;
  history: Array<{ action: string; note?: string }>;
};
const ids = (r: Called<{ items: Item[] }>) => r.data.items.map((w) => w.id).sort();
/** The workbench's one read of `wishes` (page 0 also counts the open tabs): which index served it, how many documents it examined. */
const wishRead = (r: Called) => {
  // A tab's count is a capped read of ids (limit COUNT_CAP + 1); the page is the other read.
  const isCount = (q: Called['requests'][number]) => q.action === 'database.getDocument' && q.limit === COUNT_CAP + 1;
  const counts = r.requests.filter((q) => q.collection === 'wishes' && isCount(q));
  assert.equal(counts.length, r.data.counts ? 5 : 0, 'one count per open tab on page 0');
  assert.ok(counts.every((q) => q.served && q.index === 'status_1_dueAt_1'));
  const reads = r.requests.filter((q) => q.collection === 'wishes' && !isCount(q));
  assert.equal(reads.length, 1, JSON.stringify(reads));
  return reads[0];
};

let n = 0;
async function file(over: Record<string, unknown> = {}, phone?: string): Promise<string> {
  n++;
  const owner = `desk-res-${n}`;
  const r = await person(cloud, owner)(
    'wish',
    wishForm({ contact: { name: '张桂兰', phone: phone ?? `1370000${String(n).padStart(4, '0')}` }, ...over }),
  );
  assert.equal(r.data?.outcome, 'created', JSON.stringify(r.error));
  return r.data.wishId;
}
const ownerOf = (i: number) => person(cloud, `desk-res-${i}`);

describe('workbench', () => {
  const w: Record<string, string> = {};

  beforeAll(async () => {
    w.tap = await file({ description: '厨房水龙头一直滴水' }, '13911112222');
    w.lamp = await file({ description: '楼道里的灯坏了好几天', buildingId: 'B-0013' }, '13933334444');
    w.hair = await file({ category: 'haircut', description: '想请人上门理发' }, '13955552222');
    w.late = await file({ description: '家里的门锁坏了打不开' });
    w.toReject = await file({ description: '想请人来装一台空调' });
    // late: past its due time (the store is changed directly; the function reckons with its own now)
    await cloud.db.update(
      'wishes',
      { _id: w.late },
      { $set: { dueAt: new Date(Date.now() - 3_600_000) } },
      { multi: false, replace: false, upsert: false },
    );
    const d = desk();
    assert.equal(
      (await d('dispatch', { action: 'dispatch', wishId: w.lamp, teamId: 't-lexiujiang', note: '老人行动不便，请先电话联系' })).ok,
      true,
    );
    assert.equal((await d('dispatch', { action: 'reject', wishId: w.toReject, reason: '属于物业维修范围' })).ok, true);
    assert.equal((await d('dispatch', { action: 'dispatch', wishId: w.hair, teamId: 't-lexiujiang' })).ok, true);
    assert.equal((await person(cloud, 'demo-volunteer')('volunteer', { action: 'claim', wishId: w.hair })).ok, true);
  });

  test('each tab holds its statuses; the default is 待派单', async () => {
    const d = desk();
    const cases: Array<[string | undefined, string[]]> = [
      [undefined, [w.tap, w.late]],
      ['waiting', [w.tap, w.late]],
      ['dispatched', [w.lamp]],
      ['serving', [w.hair]],
      ['overdue', [w.late]],
      ['sent_back', []],
      ['ended', [w.toReject]],
    ];
    for (const [tab, expected] of cases) {
      const r = await d('dispatch', { action: 'queue', page: 0, ...(tab ? { tab } : {}) });
      assert.deepEqual(ids(r), [...expected].sort(), `tab ${tab}`);
      const read = wishRead(r);
      assert.equal(read.served, true);
      assert.equal(read.index, 'status_1_dueAt_1', `tab ${tab}`);
    }
  });

  test('page 0 counts the open tabs (not 已结束), whatever the search; later pages do not', async () => {
    const d = desk();
    const expected = { waiting: 2, dispatched: 1, serving: 1, overdue: 1, sent_back: 0 };
    assert.deepEqual((await d('dispatch', { action: 'queue', page: 0, tab: 'ended' })).data.counts, expected);
    assert.deepEqual((await d('dispatch', { action: 'queue', page: 0, search: '水龙头' })).data.counts, expected);
    const later = await d('dispatch', { action: 'queue', page: 1 });
    assert.equal('counts' in later.data, false);
    assert.equal(later.requests.filter((q) => q.collection === 'wishes').length, 1);
  });

  test('search: phone tail and stairwell by their own index, examining only the matches; words within the tab', async () => {
    const d = desk();
    const cases: Array<[string, string, string[], string, number]> = [
      // tab, search, found, index, documents examined
      ['waiting', '2222', [w.tap], 'phoneTail_1_status_1_dueAt_1', 1], // w.hair has the same tail but is being served
      ['serving', '2222', [w.hair], 'phoneTail_1_status_1_dueAt_1', 1],
      ['dispatched', 'B-0013', [w.lamp], 'buildingId_1_status_1_dueAt_1', 1],
      ['waiting', 'b0013', [], 'buildingId_1_status_1_dueAt_1', 0],
      ['waiting', '水龙头', [w.tap], 'status_1_dueAt_1', 2], // the words are tested on the tab's 2 wishes
      ['waiting', '(水龙头', [], 'status_1_dueAt_1', 2], // taken literally, not as a pattern
    ];
    for (const [tab, search, expected, index, examined] of cases) {
      const r = await d('dispatch', { action: 'queue', page: 0, tab, search });
      assert.equal(r.ok, true, JSON.stringify(r.error));
      assert.deepEqual(ids(r), [...expected].sort(), `${tab} ${search}`);
      const read = wishRead(r);
      assert.deepEqual(
        { index: read.index, served: read.served, examined: read.examined },
        { index, served: true, examined },
        `${tab} ${search}`,
      );
    }
  });

  test('the place as staff read it: the centre sees the room, a member of the team does not until the claim', async () => {
    const place = { communityName: '金鼎社区', estateName: '翠湖小区', buildingName: '3栋2单元' };
    const queue = await desk()('dispatch', { action: 'queue', page: 0 });
    const tap = queue.data.items.find((i: Item) => i.id === w.tap);
    assert.deepEqual({ place: tap.place, room: tap.room }, { place, room: '201' });

    const member = person(cloud, 'demo-volunteer-2');
    const hall = await member('volunteer', { action: 'hall', tab: 'open', page: 0 });
    const lamp = hall.data.items.find((i: Item) => i.id === w.lamp);
    assert.deepEqual(lamp.place, { ...place, buildingName: '5栋1单元' });
    assert.equal('room' in lamp, false, 'no room before the claim');
    assert.equal(
      lamp.history.find((h: Item['history'][number]) => h.action === 'dispatch')?.note,
      '老人行动不便，请先电话联系',
      '中心留言',
    );
    const detail = await member('wish', { action: 'detail', wishId: w.lamp });
    assert.equal('room' in detail.data, false);
    const leader = await person(cloud, 'demo-leader')('wish', { action: 'detail', wishId: w.hair });
    assert.equal('room' in leader.data, false, 'the leader does not hold the claim');

    const mine = await person(cloud, 'demo-volunteer')('volunteer', { action: 'hall', tab: 'mine', page: 0 });
    assert.equal(mine.data.items.find((i: Item) => i.id === w.hair).room, '201', 'the claimant sees the room');
    assert.equal((await ownerOf(3)('wish', { action: 'detail', wishId: w.hair })).data.room, '201', 'and the owner');
  });

  test('dispatchers hear of each new wish, and of a wish sent back by a ≤2★ rating or by a team; nothing personal in it', async () => {
    // sent back by the resident: served, then rated 2★
    const v = person(cloud, 'demo-volunteer');
    assert.equal((await v('volunteer', { action: 'check_in', wishId: w.hair })).ok, true);
    assert.equal((await v('volunteer', { action: 'complete', wishId: w.hair, summary: '理完发了', minutes: 30 })).ok, true);
    const rated = await ownerOf(3)('wish', { action: 'rate', wishId: w.hair, stars: 2, comment: '剪得太短了' });
    assert.equal(rated.data.status, 'reopened');
    // sent back by the team: the leader returns the lamp
    const returned = await person(cloud, 'demo-leader')('volunteer', { action: 'return', wishId: w.lamp, reason: '队员都不在附近' });
    assert.equal(returned.data.status, 'returned', JSON.stringify(returned.error));

    const outbox = (await readOutbox(cloud.dataDir)).filter((m) => m.touser === 'demo-dispatcher');
    const waiting = outbox.filter((m) => m.templateId === 'TPL_WISH_WAITING');
    const back = outbox.filter((m) => m.templateId === 'TPL_WISH_SENT_BACK');
    assert.equal(waiting.length, 5, 'one per new wish');
    assert.deepEqual(
      back.map((m) => [m.data.phrase2.value, m.data.thing3.value]),
      [
        ['待重派', '居民评价不满意，请重新派单'],
        ['待重派', '服务队退回，请重新派单'],
      ],
    );
    for (const m of outbox) {
      const json = JSON.stringify(m.data);
      for (const secret of ['张桂兰', '139', '"201"', '201室', '剪得太短', '队员都不在'])
        assert.ok(!json.includes(secret), `${secret} in ${json}`);
      assert.equal(m.page, 'dispatcher/pages/queue/index');
    }
    assert.equal((await readOutbox(cloud.dataDir)).filter((m) => m.touser === QUIET_DISPATCHER).length, 0, 'not subscribed: skipped');

    const sentBack = await desk()('dispatch', { action: 'queue', page: 0, tab: 'sent_back' });
    assert.deepEqual(ids(sentBack), [w.hair, w.lamp].sort());
    const hair = sentBack.data.items.find((i: Item) => i.id === w.hair);
    assert.equal(hair.history.at(-1).note, '剪得太短了', 'the reason the desk shows');
  });

  test('an open wish filed before phoneTail existed gets it from the hourly timer, then is found by it', async () => {
    const old = await file({ description: '很早以前提交的心愿' }, '13966667777');
    await cloud.db.update('wishes', { _id: old }, { $unset: { phoneTail: '' } }, { multi: false, replace: false, upsert: false });
    assert.deepEqual(ids(await desk()('dispatch', { action: 'queue', page: 0, search: '7777' })), []);
    const run = await cloud.host.invoke(
      'wish',
      { Type: 'Timer', TriggerName: 'hourly-close', Time: new Date().toISOString() },
      { source: 'wx_trigger' },
    );
    assert.equal(run.ok, true);
    assert.deepEqual(ids(await desk()('dispatch', { action: 'queue', page: 0, search: '7777' })), [old]);
  });

  test('every query was served by a declared index', () => {
    assert.equal(cloud.log.unindexed, 0);
  });
});

describe('a tab with more than COUNT_CAP wishes', () => {
  test('its count stops at COUNT_CAP + 1 (「99+」), examining no more index entries than that', async () => {
    const sample = cloud.db.get('wishes').docs.values().next().value as Record<string, unknown>;
    const many = Array.from({ length: 150 }, (_, i) => ({
      ...sample,
      _id: `w_many_${i}`,
      status: 'dispatched',
      teamId: 't-jiankang',
      dueAt: new Date(Date.now() + (i + 1) * 3_600_000),
    }));
    await cloud.db.insert('wishes', many);
    const r = await desk()('dispatch', { action: 'queue', page: 0, tab: 'dispatched' });
    assert.equal(r.data.counts.dispatched, COUNT_CAP + 1);
    const count = r.requests.find((q) => q.limit === COUNT_CAP + 1 && q.returned === COUNT_CAP + 1);
    assert.ok(count, JSON.stringify(r.requests));
    assert.ok(count.examined <= COUNT_CAP + 1, `the capped count examined ${count.examined}`);
    assert.equal(r.data.items.length, 20, 'the page itself is one page');
  });
});
