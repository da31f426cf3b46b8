// dueSteps: which automatic step (催办, 升级, 自动释放) a wish needs at a given "now", table-driven; and
// the lifecycle rows that take them (the status stays for remind/escalate, escalate once, release clears the claim).
import { describe, expect, test } from '@jest/globals';
import { applyChange } from '../../src/domain/lifecycle';
import { dueSteps, endOfBusinessDay, ESCALATION_DEFAULTS, idleSince } from '../../src/domain/wish/escalation';
import { decideWish } from '../../src/domain/wish/machine';
import type { Wish } from '../../src/domain/wish/wish';
import { aWish } from './wish-fixture';

const T0 = new Date('2024-05-01T02:00:00Z'); // 10:00 in Shanghai
const h = (n: number) => new Date(T0.getTime() + n * 3_600_000);
const S = ESCALATION_DEFAULTS; // remind after 4 h, again every 24 h, release after 48 h
const SYSTEM = { openid: 'system', relations: ['system'] as const };

const back = (to: 'returned' | 'reopened', at: Date) => ({
  at,
  by: 'o',
  as: 'leader' as const,
  action: 'return' as const,
  from: 'dispatched' as const,
  to,
});

const CASES: Array<{ name: string; wish: Partial<Wish>; now: Date; step?: string }> = [
  { name: 'submitted, 3 h: nothing yet', wish: { status: 'submitted', createdAt: T0 }, now: h(3) },
  { name: 'submitted, 4 h: remind the centre', wish: { status: 'submitted', createdAt: T0 }, now: h(4), step: 'remind' },
  { name: 'reminded 1 h ago: nothing', wish: { status: 'submitted', createdAt: T0, remindedAt: h(5) }, now: h(6) },
  { name: 'reminded 24 h ago: remind again', wish: { status: 'submitted', createdAt: T0, remindedAt: h(5) }, now: h(29), step: 'remind' },
  // returned: counted from the return, a reminder of its earlier stint at the centre does not count
  {
    name: 'returned 2 h ago (reminded on the first stint): nothing',
    wish: { status: 'returned', createdAt: T0, remindedAt: h(4), history: [back('returned', h(40))] },
    now: h(42),
  },
  {
    name: 'returned 4 h ago: remind',
    wish: { status: 'returned', createdAt: T0, remindedAt: h(4), history: [back('returned', h(40))] },
    now: h(44),
    step: 'remind',
  },
  { name: 'dispatched, before due: nothing', wish: { status: 'dispatched', dueAt: h(24) }, now: h(23) },
  { name: 'dispatched, past due: escalate', wish: { status: 'dispatched', dueAt: h(24) }, now: h(24), step: 'escalate' },
  { name: 'escalated 2 h ago: nothing', wish: { status: 'dispatched', dueAt: h(24), escalatedAt: h(25) }, now: h(27) },
  {
    name: 'escalated 24 h ago: remind the team',
    wish: { status: 'dispatched', dueAt: h(24), escalatedAt: h(25) },
    now: h(49),
    step: 'remind',
  },
  { name: 'claimed 47 h ago: nothing', wish: { status: 'claimed', claimedAt: T0, claimant: 'o_v' }, now: h(47) },
  { name: 'claimed 48 h ago: release', wish: { status: 'claimed', claimedAt: T0, claimant: 'o_v' }, now: h(48), step: 'auto_release' },
  // a planned visit (约定上门) in 5 days: idle from the end of that day (2024-05-06 24:00 Shanghai = 05-06T16:00Z)
  {
    name: 'claimed 3 days ago, visit planned for 05-06: nothing',
    wish: { status: 'claimed', claimedAt: T0, claimant: 'o_v', plannedVisit: { date: '2024-05-06', window: 'morning' } },
    now: h(72),
  },
  {
    name: 'visit day over 48 h ago: release',
    wish: { status: 'claimed', claimedAt: T0, claimant: 'o_v', plannedVisit: { date: '2024-05-06', window: 'morning' } },
    now: new Date('2024-05-08T16:00:00Z'),
    step: 'auto_release',
  },
  { name: 'checked in: never released', wish: { status: 'in_service', claimedAt: T0, checkedInAt: h(1) }, now: h(500) },
  { name: 'completed: nothing (the 7-day close is the wish timer)', wish: { status: 'completed', dueAt: T0 }, now: h(500) },
];

describe('dueSteps', () => {
  test.each(CASES)('$name', ({ wish, now, step }) => {
    expect(dueSteps(aWish(wish), now, S).map((d) => d.step)).toEqual(step ? [step] : []);
  });

  test('a late run (after 10 days of downtime) takes one step, not one per missed interval', () => {
    expect(dueSteps(aWish({ status: 'submitted', createdAt: T0 }), h(240), S)).toHaveLength(1);
  });

  test('every reason is Chinese, without names, phones or rooms', () => {
    for (const c of CASES.filter((x) => x.step))
      for (const d of dueSteps(aWish(c.wish), c.now, S)) {
        expect(d.reason).toMatch(/[\u4e00-\u9fff]/);
        expect(d.reason).not.toMatch(/张三|13800000000|201/);
      }
  });

  test('the end of a business day is Shanghai midnight', () => {
    expect(endOfBusinessDay('2024-05-06').toISOString()).toBe('2024-05-06T16:00:00.000Z');
    expect(idleSince({ claimedAt: h(200), plannedVisit: { date: '2024-05-02', window: 'any' } })).toEqual(h(200));
  });
});

describe('the system rows', () => {
  test('remind keeps the status and marks remindedAt, with the reason in the history', () => {
    const wish = aWish({ status: 'submitted', version: 2 });
    const change = decideWish('remind', wish, SYSTEM, h(4), { note: '到中心已4小时仍未派单，已提醒派单员' });
    expect(change.ok && change.data).toMatchObject({ from: 'submitted', to: 'submitted', set: { remindedAt: h(4) } });
    const after = applyChange(wish, change.ok ? change.data : (undefined as never));
    expect(after.history.at(-1)).toMatchObject({
      action: 'remind',
      by: 'system',
      as: 'system',
      note: '到中心已4小时仍未派单，已提醒派单员',
    });
  });

  test('escalate once: a second escalation is refused; a new dispatch clears it', () => {
    const wish = aWish({ status: 'dispatched', teamId: 't-1' });
    const first = decideWish('escalate', wish, SYSTEM, h(24), { parentTeamId: 't-top' });
    expect(first.ok && first.data.set).toEqual({ escalatedAt: h(24), escalatedTo: 't-top' });
    const escalated = applyChange(wish, first.ok ? first.data : (undefined as never));
    const again = decideWish('escalate', escalated, SYSTEM, h(25));
    expect(!again.ok && again.error.code).toBe('ORDER.ALREADY_ESCALATED');
    const redispatch = decideWish('dispatch', escalated, { openid: 'o_d', relations: ['dispatcher'] }, h(26), { team: { _id: 't-2' } });
    expect(redispatch.ok && redispatch.data.unset).toEqual(expect.arrayContaining(['escalatedAt', 'escalatedTo']));
  });

  test('auto_release gives the order back to the pool and clears the claim and the planned visit', () => {
    const wish = aWish({
      status: 'claimed',
      teamId: 't-1',
      claimant: 'o_v',
      claimedAt: T0,
      plannedVisit: { date: '2024-05-01', window: 'any' },
    });
    const change = decideWish('auto_release', wish, SYSTEM, h(48), { note: '接单后48小时仍未开始服务' });
    expect(change.ok && change.data).toMatchObject({ to: 'dispatched', unset: ['claimant', 'claimedAt', 'plannedVisit'] });
    const person = decideWish('auto_release', wish, { openid: 'o_v', relations: ['claimant', 'leader'] }, h(48));
    expect(!person.ok && person.error.code).toBe('AUTH.FORBIDDEN');
  });
});
