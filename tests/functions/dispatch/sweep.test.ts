// The dispatch timer (催办, 升级, 自动释放) through the real function, fired by the platform's trigger at
// chosen instants (the trigger's Time): a run twice creates nothing twice, a late run after downtime
// misses nothing, each step is in the wish's history with its reason, a claim with a planned visit or
// a check-in is not released, each notice goes out once (someone not subscribed is skipped without
// error), and every read is a bounded page on a declared index.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../../localcloud';
import { readOutbox } from '../../../localcloud/openapi/outbox';
import { businessDate } from '../../../src/domain/time';
import { startFunctionsCloud } from '../../helpers/functions';
import { person, wishForm } from '../../helpers/people';

let cloud: LocalCloud;
const T0 = Date.now();
const at = (hours: number) => new Date(T0 + hours * 3_600_000);
const CORPS_LEADER = 'esc-corps-leader';
const QUIET = 'demo-volunteer-2'; // a member of the team who never allowed notices
const PAGE = 50;
const PAGES = 4;

type Counts = {
  examined: number;
  remind: number;
  escalate: number;
  auto_release: number;
  changed: number;
  failed: number;
  digests: number;
};

/** The timer as the platform fires it, at `when`: its counts, and the requests it made. */
async function sweep(when: Date) {
  const r = await cloud.host.invoke(
    'dispatch',
    { Type: 'Timer', TriggerName: 'sweep-15min', Time: when.toISOString() },
    { source: 'wx_trigger' },
  );
  assert.ok(r.ok, JSON.stringify(r));
  const result = r.result as { ok: boolean; data: Counts };
  assert.equal(result.ok, true, JSON.stringify(result));
  return { counts: result.data, requests: cloud.log.ofInvocation(r.requestId) };
}
const steps = (c: Counts) => ({ remind: c.remind, escalate: c.escalate, auto_release: c.auto_release });

type Doc = Record<string, unknown> & { status: string; history: Array<Record<string, unknown>> };
const wish = (id: string) => cloud.db.get('wishes').docs.get(id) as unknown as Doc;
const systemEntries = (id: string) => wish(id).history.filter((h) => h.by === 'system');
const outbox = async (templateId: string) => (await readOutbox(cloud.dataDir)).filter((m) => m.templateId === templateId);

const resident = () => person(cloud, 'demo-resident');
const dispatcher = () => person(cloud, 'demo-dispatcher');
const volunteer = () => person(cloud, 'demo-volunteer');

let filed = 0;
/** A wish of a resident of its own (daily quotas and duplicates are per person and phone). */
async function file(description: string): Promise<string> {
  filed++;
  const phone = `1391234${String(filed).padStart(4, '0')}`;
  const r = await person(cloud, `esc-res-${filed}`)('wish', wishForm({ description, contact: { name: '张桂兰', phone } }));
  assert.ok(r.data?.wishId, JSON.stringify(r));
  return r.data.wishId;
}
async function dispatched(description: string): Promise<string> {
  const id = await file(description);
  assert.equal((await dispatcher()('dispatch', { action: 'dispatch', wishId: id, teamId: 't-lexiujiang' })).ok, true);
  return id;
}
async function claimed(description: string): Promise<string> {
  const id = await dispatched(description);
  assert.equal((await volunteer()('volunteer', { action: 'claim', wishId: id })).data.status, 'claimed');
  return id;
}

const w: Record<string, string> = {};

beforeAll(async () => {
  cloud = await startFunctionsCloud();
  // A corps above 乐修匠 with its own leader: where an unclaimed order escalates to.
  await cloud.db.insert('teams', [
    { _id: 't-corps', name: '凯里志愿服务总队', kind: 'corps', specialties: [], communities: [], active: true },
  ]);
  await cloud.db.update(
    'teams',
    { _id: 't-lexiujiang' },
    { $set: { parentId: 't-corps' } },
    { multi: false, replace: false, upsert: false },
  );
  await cloud.db.insert('users', [{ _id: CORPS_LEADER, roles: ['volunteer', 'leader'], grants: [] }]);
  await cloud.db.insert('memberships', [
    { _id: `t-corps_${CORPS_LEADER}`, teamId: 't-corps', openid: CORPS_LEADER, role: 'leader', status: 'active', createdAt: new Date() },
  ]);
  fs.writeFileSync(path.join(cloud.dataDir, 'unsubscribed.json'), JSON.stringify([QUIET]));

  w.waiting = await file('楼道灯坏了，晚上看不见');
  w.unclaimed = await dispatched('厨房水管漏水，想请人看看');
  w.idle = await claimed('卫生间门锁坏了，关不上');
  w.planned = await claimed('阳台晾衣架掉下来了');
  // 约定上门 five days ahead: idle only from the end of that day.
  const visitDay = businessDate(at(5 * 24));
  assert.equal((await volunteer()('volunteer', { action: 'plan_visit', wishId: w.planned, date: visitDay, window: 'morning' })).ok, true);
  w.started = await claimed('燃气灶打不着火');
  assert.equal((await volunteer()('volunteer', { action: 'check_in', wishId: w.started })).data.status, 'in_service');
}, 120_000);
afterAll(() => cloud.stop());

describe('the dispatch timer', () => {
  test('an hour on: nothing is due, and every read is a bounded page on an index', async () => {
    const { counts, requests } = await sweep(at(1));
    assert.deepEqual(steps(counts), { remind: 0, escalate: 0, auto_release: 0 });
    const reads = requests.filter((q) => q.collection === 'wishes');
    assert.ok(reads.length >= 3, 'one page of each kind');
    for (const q of reads) {
      assert.ok(q.served, `served by an index: ${JSON.stringify(q)}`);
      assert.ok(q.examined <= PAGE, `a page examines at most ${PAGE}: ${q.examined}`);
    }
    assert.deepEqual([...new Set(reads.map((q) => q.index))].sort(), ['status_1_claimedAt_1', 'status_1_dueAt_1']);
  });

  test('5 hours on: the centre is reminded of the waiting wish, once however often the timer runs', async () => {
    assert.deepEqual(steps((await sweep(at(5))).counts), { remind: 1, escalate: 0, auto_release: 0 });
    assert.deepEqual(steps((await sweep(at(5))).counts), { remind: 0, escalate: 0, auto_release: 0 }, 'a rerun: nothing twice');
    assert.deepEqual(steps((await sweep(at(6))).counts), { remind: 0, escalate: 0, auto_release: 0 });
    const [entry] = systemEntries(w.waiting);
    assert.equal(entry.action, 'remind');
    assert.equal(entry.as, 'system');
    assert.equal(entry.from, 'submitted');
    assert.equal(entry.to, 'submitted');
    assert.match(String(entry.note), /^到中心已[45]小时仍未派单，已提醒派单员$/);
    assert.equal(wish(w.waiting).status, 'submitted');
    const told = await outbox('TPL_WISH_OVERDUE');
    assert.deepEqual(
      told.map((m) => m.touser),
      ['demo-dispatcher'],
    );
    assert.equal(told[0].page, 'dispatcher/pages/queue/index');
    // The kind of help and what to do: no name, phone or room in the data.
    assert.doesNotMatch(JSON.stringify(told[0].data), /张桂兰|1391234|201/);
  });

  test('past due: the unclaimed order escalates to the parent team and the centre; the idle claim is released, not the planned or started ones', async () => {
    const due = new Date(wish(w.unclaimed).dueAt as Date).getTime();
    // Later than both the due time and the release threshold (48 h after the claim).
    const when = new Date(Math.max(due, at(48).getTime()) + 3_600_000);
    const first = await sweep(when);
    // The unclaimed order, and the released one (past due too: released first, then escalated).
    assert.equal(first.counts.escalate, 2);
    assert.equal(first.counts.auto_release, 1);
    assert.equal(first.counts.failed, 0);
    const again = await sweep(when);
    assert.deepEqual(steps(again.counts), { remind: 0, escalate: 0, auto_release: 0 }, 'run twice: nothing twice');

    const up = wish(w.unclaimed);
    assert.equal(up.status, 'dispatched');
    assert.equal(up.escalatedTo, 't-corps');
    assert.ok(up.escalatedAt);
    const escalation = systemEntries(w.unclaimed).find((h) => h.action === 'escalate');
    assert.equal(escalation?.note, '已过完成时限仍无人接单，已升级至上级队伍和中心');

    const released = wish(w.idle);
    assert.equal(released.status, 'dispatched');
    assert.equal(released.claimant, undefined);
    const release = systemEntries(w.idle).find((h) => h.action === 'auto_release');
    assert.equal(release?.note, '接单后48小时仍未开始服务，系统已收回这一单，等待重新接单');
    assert.equal(release?.from, 'claimed');
    assert.equal(release?.to, 'dispatched');

    assert.equal(wish(w.planned).status, 'claimed', 'a visit planned for later is not idle');
    assert.equal(wish(w.started).status, 'in_service', 'checked in: never released');

    // Told once each: the centre and the corps' leader of the escalation, the volunteer why, the team.
    const escalated = (await outbox('TPL_ORDER_ESCALATED')).map((m) => m.touser);
    assert.deepEqual(
      escalated.sort(),
      [CORPS_LEADER, CORPS_LEADER, 'demo-dispatcher', 'demo-dispatcher'].sort(),
      'one each per escalated order',
    );
    const toLeader = (await outbox('TPL_ORDER_ESCALATED')).find((m) => m.touser === CORPS_LEADER);
    assert.equal(toLeader?.page, 'dispatcher/pages/digest/index?teamId=t-corps');
    const why = await outbox('TPL_CLAIM_RELEASED');
    assert.deepEqual(
      why.map((m) => m.touser),
      ['demo-volunteer'],
    );
    assert.match(why[0].data.thing3.value, /^接单后48小时仍未开始服务/);
    // The team's members: told it is overdue; the one not subscribed is skipped without error.
    const overdue = (await outbox('TPL_ORDER_OVERDUE')).map((m) => m.touser);
    assert.ok(overdue.includes('demo-leader') && overdue.includes('demo-volunteer'));
    assert.ok(!overdue.includes(QUIET), 'not subscribed: skipped');
  });

  test('a late run after ten days of downtime takes every step still due, once', async () => {
    // Ten days on, or later if the planned order's due time (the SLA) is later still.
    const late = new Date(Math.max(at(10 * 24).getTime(), new Date(wish(w.planned).dueAt as Date).getTime() + 3_600_000));
    const before = (await readOutbox(cloud.dataDir)).length;
    const { counts } = await sweep(late);
    // The waiting wish and the two escalated orders: reminded again (once, not once per missed day);
    // the planned visit's day is more than 48 hours past: released now, and, past due, escalated.
    assert.deepEqual(steps(counts), { remind: 3, escalate: 1, auto_release: 1 });
    assert.equal(wish(w.planned).status, 'dispatched');
    assert.match(String(systemEntries(w.planned).find((h) => h.action === 'auto_release')?.note), /^约定上门日过后48小时仍未签到/);
    assert.deepEqual(steps((await sweep(late)).counts), { remind: 0, escalate: 0, auto_release: 0 }, 'and again: nothing');
    assert.ok((await readOutbox(cloud.dataDir)).length > before);
    assert.equal(wish(w.started).status, 'in_service');
  });

  test('candidates that need nothing do not hide the ones behind them: the next run continues where one stopped', async () => {
    // 250 orders claimed earlier, with a visit planned far ahead: candidates for release, none due,
    // more than one run reads (4 pages of 50); the idle claim comes after them in claimedAt order.
    const visit = { date: businessDate(at(60 * 24)), window: 'any' };
    const docs = Array.from({ length: 250 }, (_, i) => ({
      ...wish(w.started),
      _id: `esc-bulk-${i}`,
      status: 'claimed',
      claimant: 'demo-volunteer',
      claimedAt: at(-100 - i),
      plannedVisit: visit,
      checkedInAt: undefined,
      history: [],
    }));
    await cloud.db.insert('wishes', docs);
    const idle = await claimed('洗衣机不脱水');
    const first = await sweep(at(12 * 24));
    const claimedReads = first.requests.filter((q) => q.collection === 'wishes' && q.index === 'status_1_claimedAt_1');
    assert.equal(claimedReads.length, PAGES, 'a run reads at most its pages');
    for (const q of claimedReads) {
      assert.ok(q.served);
      assert.ok(q.examined <= PAGE + 1, `keyset pages: each examines its own entries (${q.examined})`);
    }
    assert.equal(wish(idle).status, 'claimed', 'not reached in this run');
    await sweep(at(12 * 24));
    assert.equal(wish(idle).status, 'dispatched', 'the next run continues after the 200 read and releases it');
  });
});

describe("the timer is the platform's", () => {
  test('a client cannot pose as the dispatch timer: refused, nothing written', async () => {
    const seq = cloud.db.seq;
    const r = await dispatcher()('dispatch', { Type: 'Timer', TriggerName: 'sweep-15min', Time: at(24 * 30).toISOString() });
    assert.equal(r.ok, false);
    assert.equal(r.error?.code, 'INPUT.INVALID');
    assert.equal(cloud.db.seq, seq);
  });
});

describe('the weekly digest', () => {
  test('a dispatcher sees the escalated order marked; the corps leader sees the orders escalated to it', async () => {
    const desk = await dispatcher()('dispatch', { action: 'digest' });
    assert.equal(desk.ok, true, JSON.stringify(desk.error));
    assert.equal(desk.data.scope.kind, 'centre');
    const item = desk.data.overdue.items.find((i: { id: string }) => i.id === w.unclaimed);
    // The function reckons with its own now: an escalated order may not be past due yet in real time.
    if (item) assert.equal(item.escalated, true);
    assert.doesNotMatch(JSON.stringify(desk.data), /张桂兰|1391234/);

    const corps = await person(cloud, CORPS_LEADER)('dispatch', { action: 'digest', teamId: 't-corps' });
    assert.equal(corps.ok, true, JSON.stringify(corps.error));
    assert.equal(corps.data.scope.label, '凯里志愿服务总队');
    assert.deepEqual(corps.data.teams, [{ teamId: 't-corps', name: '凯里志愿服务总队' }]);

    assert.equal((await person(cloud, 'demo-leader')('dispatch', { action: 'digest', teamId: 't-corps' })).error?.code, 'AUTH.FORBIDDEN');
    assert.equal((await resident()('dispatch', { action: 'digest' })).error?.code, 'DIGEST.NOT_STAFF');
  });

  test('the weekly notice: from Monday 08:00, once per person per week, however often the timer runs', async () => {
    // Monday 2030-01-07 09:00 in Shanghai (01:00 UTC) and later that week.
    const monday = new Date('2030-01-07T01:00:00Z');
    const first = await sweep(monday);
    assert.ok(first.counts.digests >= 3, JSON.stringify(first.counts));
    assert.equal((await sweep(monday)).counts.digests, 0);
    assert.equal((await sweep(new Date('2030-01-09T01:00:00Z'))).counts.digests, 0, 'a late run that week: nothing again');
    const sent = (await outbox('TPL_WEEKLY_DIGEST')).filter((m) => m.data.thing1.value.startsWith('1月7日起'));
    const people = sent.map((m) => m.touser);
    assert.equal(new Set(people).size, people.length, 'once per person');
    assert.ok(people.includes('demo-dispatcher') && people.includes(CORPS_LEADER));
    assert.equal(sent.find((m) => m.touser === 'demo-dispatcher')?.page, 'dispatcher/pages/digest/index');
    assert.equal(sent.find((m) => m.touser === 'demo-leader')?.page, 'dispatcher/pages/digest/index?teamId=t-lexiujiang');
    // Sunday before 08:00 of the next Monday: nothing; the next week: again once.
    assert.equal((await sweep(new Date('2030-01-13T23:00:00Z'))).counts.digests, 0);
    assert.ok((await sweep(new Date('2030-01-14T01:00:00Z'))).counts.digests >= 3);
  });
});

describe('indexes', () => {
  test('every query of this file was served by a declared index', () => {
    assert.equal(cloud.log.unindexed, 0);
  });
});
