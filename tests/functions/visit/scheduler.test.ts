// The visit scheduler through the real code, SDK and local cloud, on a fake clock (the
// `visit-scheduler` fixture): a simulated quarter run daily (each run twice), a second cohort whose
// trigger is down for a week, hourly runs with the day-before reminder, and missed visits escalating.
// Counts: orders per band equal the plan; a second run writes nothing; every query index-served.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../../localcloud';
import { readOutbox } from '../../../localcloud/openapi/outbox';
import { addDays, businessDate } from '../../../src/domain/time';
import type { VisitOrder } from '../../../src/domain/visit/order';
import { addDate } from '../../../src/domain/visit/schedule';
import { elderOf, T0 } from '../../domain/visit-fixture';
import { insertElders, schedule, startVisitCloud } from './fixtures/cloud';

let cloud: LocalCloud;
beforeAll(async () => {
  // The demo elders are registered at the fake clock's start too: with the real date, whether their
  // orders fell in a window below depended on the day the test ran.
  cloud = await startVisitCloud('visit-scheduler', T0);
  // 周姐 (demo-helper) has not subscribed to visit alerts: skipped without error.
  fs.writeFileSync(
    path.join(cloud.dataDir, 'unsubscribed.json'),
    JSON.stringify([{ touser: 'demo-helper', templateId: 'TPL_VISIT_ESCALATED' }]),
  );
}, 180_000);
afterAll(() => cloud.stop());

const orders = () => [...cloud.db.get('visits').docs.values()] as unknown as VisitOrder[];
/** A cohort: one elder per band and tag, registered at `at`; named (小李) or the 乐修匠 pool. */
const cohort = (p: string, at: Date) => [
  elderOf({ _id: `${p}60`, birthYear: 1961, createdAt: at, volunteerOpenid: 'demo-volunteer' }),
  elderOf({ _id: `${p}70`, birthYear: 1951, createdAt: at, volunteerOpenid: 'demo-volunteer' }),
  elderOf({ _id: `${p}80`, birthYear: 1941, createdAt: at, teamId: 't-lexiujiang' }),
  elderOf({ _id: `${p}alone`, birthYear: 1963, tags: ['alone'], createdAt: at, teamId: 't-lexiujiang' }),
];
// ceil(90 / interval): 60–69 30/90 days, 70–79 14/30, 80+ and 独居 7/14.
const PLAN = { '60:call': 3, '60:home': 1, '70:call': 7, '70:home': 3, '80:call': 13, '80:home': 7, 'alone:call': 13, 'alone:home': 7 };
/** Orders of a cohort due within its quarter (day 0 … day 89). */
function counts(p: string, from: string) {
  const last = addDate(from, 89);
  const out: Record<string, number> = {};
  for (const o of orders())
    if (o.elderId.startsWith(p) && o.dueDate >= from && o.dueDate <= last) {
      const k = `${o.elderId.slice(p.length)}:${o.kind}`;
      out[k] = (out[k] ?? 0) + 1;
    }
  return out;
}

describe('a simulated quarter', () => {
  test('run daily, each run twice: the counts per band equal the plan; the second run writes nothing', async () => {
    await insertElders(cloud, cohort('q', T0));
    for (let d = 0; d < 90; d++) {
      const now = addDays(T0, d);
      await schedule(cloud, now);
      const seq = cloud.db.seq;
      const again = await schedule(cloud, now);
      assert.deepEqual([again.created, again.missed, again.reminded, cloud.db.seq - seq], [0, 0, 0, 0], `day ${d}`);
      assert.ok(
        again.requests.every((r) => r.served),
        `day ${d}: every query index-served`,
      );
    }
    assert.deepEqual(counts('q', '2026-03-02'), PLAN);
    assert.equal(cloud.log.unindexed, 0);
    // Nobody recorded anything: every order past its day + 2 days of grace is missed.
    const end = addDays(T0, 89);
    for (const o of orders().filter((x) => x.elderId.startsWith('q')))
      assert.equal(o.status, new Date(o.dueAt).getTime() + 2 * 86_400_000 <= end.getTime() ? 'missed' : 'planned', o._id);
  }, 300_000);

  test('a second cohort, the trigger down for a week then late: nothing missed, nothing doubled', async () => {
    const t1 = addDays(T0, 100);
    await insertElders(cloud, cohort('w', t1));
    for (let d = 0; d < 90; d++) if (d < 40 || d > 46) await schedule(cloud, new Date(addDays(t1, d).getTime() + 5 * 3_600_000));
    assert.deepEqual(counts('w', addDate('2026-03-02', 100)), PLAN);
    // The horizon (14 days) covered the week: no slot was created after its grace.
    assert.equal(orders().filter((o) => o.elderId.startsWith('w') && o.history.length === 1 && o.createdAt >= o.dueAt).length, 0);
  }, 300_000);
});

describe('reminders and escalation', () => {
  test('hourly for two days: "明天有巡访" once per order, to the named volunteer or the team; missed visits alert the community without personal data', async () => {
    const t2 = addDays(T0, 300);
    // Registered six days ago, never scheduled (the trigger was down): day 0's slots are created missed
    // at once, the weekly call of tomorrow is reminded today.
    const registered = addDays(t2, -6);
    await insertElders(cloud, [
      elderOf({
        _id: 'h-named',
        birthYear: 1941,
        createdAt: registered,
        volunteerOpenid: 'demo-volunteer',
        name: '赵淑芬',
        phone: '13577778888',
      }),
      elderOf({ _id: 'h-pool', birthYear: 1941, createdAt: registered, teamId: 't-lexiujiang', name: '钱桂英' }),
    ]);
    const before = (await readOutbox(cloud.dataDir)).length;
    for (let h = 0; h < 48; h++) await schedule(cloud, new Date(t2.getTime() + h * 3_600_000));
    const sent = (await readOutbox(cloud.dataDir)).slice(before);
    const due = sent.filter((m) => m.templateId === 'TPL_VISIT_DUE');
    // Every order reminded in these two days (the earlier cohorts' too: their runs catch up here).
    const remindable = orders().filter((o) => o.remindedAt && new Date(o.remindedAt).getTime() >= t2.getTime());
    assert.ok(remindable.length > 0);
    // each reminded on the day before it is due
    for (const o of remindable) assert.equal(addDate(businessDate(new Date(o.remindedAt!)), 1), o.dueDate, o._id);
    // An order without a named volunteer goes to its team's active members (one with neither goes to nobody).
    const members = (teamId?: string) =>
      [...cloud.db.get('memberships').docs.values()].filter(
        (m) => teamId !== undefined && (m as { teamId?: string }).teamId === teamId && (m as { status?: string }).status === 'active',
      ).length;
    const expected = remindable.reduce((n, o) => n + (o.volunteerOpenid ? 1 : members(o.teamId)), 0);
    assert.equal(due.length, expected);
    assert.equal(new Set(remindable.map((o) => o._id)).size, remindable.length);

    assert.ok(remindable.some((o) => o._id === `h-named:call:${businessDate(addDays(t2, 1))}`));
    assert.equal(orders().find((o) => o._id === `h-named:call:${businessDate(registered)}`)?.status, 'missed', 'created missed');

    // Tomorrow's calls are missed after their day + 2 days of grace: run on day 4, and again.
    const day3 = addDays(t2, 4);
    const first = await schedule(cloud, day3);
    assert.ok(first.missed >= 2 && first.escalations >= 1, JSON.stringify(first));
    const again = await schedule(cloud, day3);
    assert.deepEqual([again.missed, again.escalations], [0, 0]);
    const alerts = (await readOutbox(cloud.dataDir)).filter(
      (m) => m.templateId === 'TPL_VISIT_ESCALATED' && m.at >= new Date(Date.now() - 60_000).toISOString(),
    );
    assert.ok(
      alerts.some((m) => m.touser === 'demo-dispatcher'),
      'the street dispatcher hears of it',
    );
    assert.ok(!alerts.some((m) => m.touser === 'demo-helper'), 'not subscribed: skipped, and the run went on');
    const text = JSON.stringify(alerts.map((m) => m.data));
    for (const personal of ['赵淑芬', '钱桂英', '13577778888', '301', '0871']) assert.ok(!text.includes(personal), personal);
    const elder = cloud.db.get('elders').docs.get('h-named') as { escalatedAt?: Date; nextDueAt?: Date };
    assert.ok(elder.escalatedAt, 'escalatedAt set');
    assert.ok(elder.nextDueAt && new Date(elder.nextDueAt).getTime() > day3.getTime() - 86_400_000, 'nextDueAt moved past the missed ones');
  }, 120_000);
});
