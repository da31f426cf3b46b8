// The scheduler's arithmetic: slots from registration or the cursor, within the horizon, created once;
// overdue slots created missed; the next due time; and a simulated quarter (pure: the same functions
// the timer runs, over an in-memory store) where the counts per band equal the plan.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { addDays } from '../../src/domain/time';
import { VISITS_DEFAULTS } from '../../src/domain/visit/plan';
import {
  addDate,
  cursorAfter,
  dueAtOf,
  missedFrom,
  nextDueOf,
  orderOf,
  slotsToCreate,
  type ScheduledElder,
} from '../../src/domain/visit/schedule';
import type { VisitOrder } from '../../src/domain/visit/order';
import { elderOf, T0 } from './visit-fixture';

const S = VISITS_DEFAULTS; // horizon 14 days, grace 2 days

describe('dates', () => {
  it('calendar arithmetic on YYYY-MM-DD, across months and a leap day', () => {
    assert.equal(addDate('2028-02-28', 1), '2028-02-29');
    assert.equal(addDate('2026-12-31', 1), '2027-01-01');
    assert.equal(addDate('2026-03-02', -2), '2026-02-28');
  });
  it('a slot is overdue from the end of its day in Asia/Shanghai, missed after the grace days', () => {
    assert.equal(dueAtOf('2026-03-02').toISOString(), '2026-03-02T16:00:00.000Z');
    assert.equal(missedFrom('2026-03-02', 2).toISOString(), '2026-03-04T16:00:00.000Z');
  });
});

describe('slotsToCreate', () => {
  const cases: { name: string; elder: ScheduledElder; now: Date; expect: string[] }[] = [
    {
      name: 'a new 85-year-old: weekly calls and fortnightly visits from registration day, up to 14 days ahead',
      elder: elderOf({ _id: 'e', birthYear: 1941 }),
      now: T0,
      expect: ['call:2026-03-02', 'call:2026-03-09', 'call:2026-03-16', 'home:2026-03-02', 'home:2026-03-16'],
    },
    {
      name: 'after the cursor only; nothing when the horizon is covered',
      elder: { ...elderOf({ _id: 'e', birthYear: 1941 }), planned: { call: '2026-03-16', home: '2026-03-16' } },
      now: T0,
      expect: [],
    },
    {
      name: 'a day later the horizon moves one day: the next call only',
      elder: { ...elderOf({ _id: 'e', birthYear: 1941 }), planned: { call: '2026-03-16', home: '2026-03-16' } },
      now: addDays(T0, 7),
      expect: ['call:2026-03-23'],
    },
    {
      name: 'an inactive elder: nothing',
      elder: elderOf({ _id: 'e', active: false }),
      now: T0,
      expect: [],
    },
    {
      name: 'a changed plan applies from the next slot (the cursor + the interval in force)',
      elder: { ...elderOf({ _id: 'e', birthYear: 1960, tags: ['alone'] }), planned: { call: '2026-03-02', home: '2026-03-02' } },
      now: T0,
      expect: ['call:2026-03-09', 'call:2026-03-16', 'home:2026-03-16'],
    },
  ];
  for (const c of cases)
    it(c.name, () =>
      assert.deepEqual(
        slotsToCreate(c.elder, c.now, S).map((s) => `${s.kind}:${s.dueDate}`),
        c.expect,
      ),
    );
});

describe('orderOf', () => {
  const elder = elderOf({ _id: 'e9', volunteerOpenid: 'o_named', teamId: 't-1' });
  it('a plan slot: its id, due at the end of its day, for the named volunteer (the team only without one)', () => {
    const o = orderOf(elder, { kind: 'home', dueDate: '2026-03-05' }, T0, 2);
    assert.deepEqual(
      [o._id, o.dueAt.toISOString(), o.volunteerOpenid, o.teamId, o.status],
      ['e9:home:2026-03-05', '2026-03-05T16:00:00.000Z', 'o_named', undefined, 'planned'],
    );
    const pool = orderOf(elderOf({ _id: 'e8', teamId: 't-1' }), { kind: 'call', dueDate: '2026-03-05' }, T0, 2);
    assert.deepEqual([pool.volunteerOpenid, pool.teamId], [undefined, 't-1']);
  });
  it('a slot whose grace is over when created (the trigger was down) is created missed, by the system', () => {
    const o = orderOf(elder, { kind: 'call', dueDate: '2026-02-20' }, T0, 2);
    assert.equal(o.status, 'missed');
    assert.deepEqual(
      o.history.map((h) => [h.by, h.action, h.from, h.to]),
      [['system', 'miss', 'planned', 'missed']],
    );
    assert.equal(orderOf(elder, { kind: 'call', dueDate: '2026-02-28' }, T0, 2).status, 'planned', 'still within grace');
  });
});

describe('nextDueOf', () => {
  const e = { ...elderOf({ _id: 'e', birthYear: 1941 }), planned: { call: '2026-03-09', home: '2026-03-16' } };
  it('the earliest planned order', () =>
    assert.equal(nextDueOf(e, [dueAtOf('2026-03-09'), dueAtOf('2026-03-04')], T0, S)?.toISOString(), dueAtOf('2026-03-04').toISOString()));
  it('none planned: the first slot not yet created', () =>
    assert.equal(nextDueOf(e, [], T0, S)?.toISOString(), dueAtOf('2026-03-16').toISOString()));
  it('never scheduled: registration day', () =>
    assert.equal(nextDueOf(elderOf({ _id: 'n' }), [], T0, S)?.toISOString(), dueAtOf('2026-03-02').toISOString()));
});

/** The timer's steps over an in-memory store, as cloudfunctions/visit/scheduler.ts runs them. */
function simulate(elders: ScheduledElder[], runs: Date[]): Map<string, VisitOrder> {
  const store = new Map<string, VisitOrder>();
  for (const now of runs)
    for (const [i, e] of elders.entries()) {
      const slots = slotsToCreate(e, now, S);
      for (const s of slots) {
        const o = orderOf(e, s, now, S.graceDays);
        assert.ok(!store.has(o._id), `created twice: ${o._id}`);
        store.set(o._id, o);
      }
      elders[i] = { ...e, planned: cursorAfter(e, slots) };
    }
  return store;
}

describe('a simulated quarter (90 days)', () => {
  const band = (id: string, birthYear: number, tags: ScheduledElder['tags'] = []) => elderOf({ _id: id, birthYear, tags });
  const fresh = () => [band('b60', 1961), band('b70', 1951), band('b80', 1941), band('alone', 1963, ['alone'])];
  const days = Array.from({ length: 90 }, (_, d) => addDays(T0, d));
  const hours = Array.from({ length: 90 * 24 }, (_, h) => new Date(T0.getTime() + h * 3_600_000));
  // Orders due within the quarter: day 0 … day 89.
  const counts = (store: Map<string, VisitOrder>) => {
    const last = addDate('2026-03-02', 89);
    const out: Record<string, number> = {};
    for (const o of store.values()) if (o.dueDate <= last) out[`${o.elderId}:${o.kind}`] = (out[`${o.elderId}:${o.kind}`] ?? 0) + 1;
    return out;
  };
  // ceil(90 / interval): 60–69 30/90 days, 70–79 14/30, 80+ and 独居 7/14.
  const PLAN = {
    'b60:call': 3,
    'b60:home': 1,
    'b70:call': 7,
    'b70:home': 3,
    'b80:call': 13,
    'b80:home': 7,
    'alone:call': 13,
    'alone:home': 7,
  };

  it('run daily: the counts per band equal the plan', () => assert.deepEqual(counts(simulate(fresh(), days)), PLAN));
  it('run hourly, and every run twice: the same orders', () => {
    const twice = hours.flatMap((h) => [h, h]);
    assert.deepEqual(counts(simulate(fresh(), twice)), PLAN);
  });
  it('a week skipped (days 40–46), then a late run: nothing missed, nothing doubled, none created missed', () => {
    const store = simulate(
      fresh(),
      days.filter((_, d) => d < 40 || d > 46),
    );
    assert.deepEqual(counts(store), PLAN);
    // The horizon (14 days) covered the week: every slot already existed.
    assert.equal([...store.values()].filter((o) => o.status === 'missed').length, 0);
  });
  it('three weeks down (longer than the horizon): the slots due meanwhile are created once, the overdue ones missed', () => {
    const store = simulate(
      fresh(),
      days.filter((_, d) => d < 20 || d > 40),
    );
    assert.deepEqual(counts(store), PLAN);
    const missed = [...store.values()].filter((o) => o.status === 'missed').map((o) => o.dueDate);
    assert.ok(missed.length > 0);
    // missed: due before day 41 − grace (2 days) and after the horizon of day 19 (day 33)
    for (const d of missed) assert.ok(d > addDate('2026-03-02', 33) && d < addDate('2026-03-02', 39), d);
  });
});
