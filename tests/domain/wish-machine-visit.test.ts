// 约定上门 (plan_visit): the claimant writes down the day and window; never a day already past in
// Asia/Shanghai; the plan goes with the claim whenever the order goes back to a pool.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { applyChange } from '../../src/domain/lifecycle';
import {
  decideWish,
  isLegalHistory,
  type HistoryEntry,
  type Relation,
  type WishAction,
  type WishParams,
} from '../../src/domain/wish/machine';
import { viewOf } from '../../src/domain/wish/view';
import type { PlannedVisit, Wish } from '../../src/domain/wish/wish';
import { WishViewSchema } from '../../src/domain/schemas/views';
import { aWish } from './wish-fixture';

const claimed = (over: Partial<Wish> = {}): Wish =>
  aWish({ status: 'claimed', version: 3, teamId: 't-1', claimant: 'o_vol', claimedAt: new Date('2024-05-01T00:00:00Z'), ...over });
const asClaimant = { openid: 'o_vol', relations: ['claimant', 'member'] as Relation[] };
const plan = (wish: Wish, visit: PlannedVisit, now: Date) => decideWish('plan_visit', wish, asClaimant, now, { visit });

describe('plan_visit: the day is today or later in Asia/Shanghai', () => {
  // 2024-05-01 16:30 UTC is already 2024-05-02 00:30 in Shanghai: the 1st has passed there.
  const cases: Array<{ name: string; now: string; date: string; ok: boolean }> = [
    { name: 'yesterday', now: '2024-05-01T02:00:00Z', date: '2024-04-30', ok: false },
    { name: 'today', now: '2024-05-01T02:00:00Z', date: '2024-05-01', ok: true },
    { name: 'tomorrow', now: '2024-05-01T02:00:00Z', date: '2024-05-02', ok: true },
    { name: 'next month', now: '2024-05-01T02:00:00Z', date: '2024-06-03', ok: true },
    { name: 'UTC today, Shanghai yesterday (after 16:00 UTC)', now: '2024-05-01T16:30:00Z', date: '2024-05-01', ok: false },
    { name: 'Shanghai today just after its midnight', now: '2024-05-01T16:30:00Z', date: '2024-05-02', ok: true },
    { name: 'Shanghai 23:59 still accepts its own day', now: '2024-05-01T15:59:00Z', date: '2024-05-01', ok: true },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.date} at ${c.now} → ${c.ok ? 'accepted' : 'VISIT.DATE_PASSED'}`, () => {
      const result = plan(claimed(), { date: c.date, window: 'morning' }, new Date(c.now));
      if (c.ok) assert.equal(result.ok, true, JSON.stringify(result));
      else assert.equal(!result.ok && result.error.code, 'VISIT.DATE_PASSED');
    });
  }
});

describe('plan_visit: the change', () => {
  const now = new Date('2024-05-01T02:00:00Z');
  it('sets plannedVisit, keeps the status, records the visit in the history entry', () => {
    const result = plan(claimed(), { date: '2024-05-02', window: 'afternoon' }, now);
    assert.ok(result.ok);
    assert.equal(result.data.to, 'claimed');
    assert.deepEqual(result.data.set, { plannedVisit: { date: '2024-05-02', window: 'afternoon' } });
    assert.deepEqual((result.data.entry as HistoryEntry).visit, { date: '2024-05-02', window: 'afternoon' });
    assert.equal(result.data.entry.as, 'claimant');
  });

  it('a second plan replaces the first; the history keeps both, and is a legal walk', () => {
    let wish = claimed({
      history: [
        { at: now, by: 'o_disp', as: 'dispatcher', action: 'dispatch', from: 'submitted', to: 'dispatched' },
        { at: now, by: 'o_vol', as: 'member', action: 'claim', from: 'dispatched', to: 'claimed' },
      ],
    });
    for (const visit of [
      { date: '2024-05-02', window: 'morning' },
      { date: '2024-05-03', window: 'evening' },
    ] as PlannedVisit[]) {
      const result = plan(wish, visit, now);
      assert.ok(result.ok);
      wish = applyChange(wish, result.data);
    }
    assert.deepEqual(wish.plannedVisit, { date: '2024-05-03', window: 'evening' });
    assert.deepEqual(
      wish.history.map((h) => h.visit?.date),
      [undefined, undefined, '2024-05-02', '2024-05-03'],
    );
    assert.ok(isLegalHistory(wish.history));
  });

  it('isLegalHistory: plan_visit only from claimed to claimed', () => {
    const walk = [
      { action: 'dispatch', from: 'submitted', to: 'dispatched' },
      { action: 'claim', from: 'dispatched', to: 'claimed' },
      { action: 'plan_visit', from: 'claimed', to: 'claimed' },
      { action: 'check_in', from: 'claimed', to: 'in_service' },
    ] as const;
    assert.ok(isLegalHistory(walk));
    assert.equal(isLegalHistory([...walk, { action: 'plan_visit', from: 'in_service', to: 'in_service' }]), false);
    assert.equal(isLegalHistory([walk[0], { action: 'plan_visit', from: 'dispatched', to: 'claimed' }]), false);
  });
});

describe('plan_visit: the plan goes with the claim', () => {
  const now = new Date('2024-05-01T02:00:00Z');
  const planned = claimed({ plannedVisit: { date: '2024-05-02', window: 'morning' } });
  const cases: Array<{ action: WishAction; status?: Wish['status']; relations: Relation[]; params?: WishParams }> = [
    { action: 'release', relations: ['claimant'] },
    { action: 'release', relations: ['leader'] },
    { action: 'return', relations: ['leader'] },
    // A dispatcher re-dispatching a claimed wish is not legal; from a pool the claim fields are unset.
    { action: 'dispatch', status: 'returned', relations: ['dispatcher'], params: { team: { _id: 't-2' } } },
  ];
  for (const c of cases) {
    it(`${c.action} by ${c.relations.join(',')} clears plannedVisit`, () => {
      const wish = c.status ? { ...planned, status: c.status } : planned;
      const result = decideWish(c.action, wish, { openid: 'o_x', relations: c.relations }, now, c.params ?? {});
      assert.ok(result.ok, JSON.stringify(result));
      assert.ok(result.data.unset.includes('plannedVisit'));
      assert.equal(applyChange(wish, result.data).plannedVisit, undefined);
    });
  }
  it('a ≤2★ redo (重办) clears it with the claim', () => {
    const served = { ...planned, status: 'completed' as const, checkedInAt: now, completion: { summary: '修好', minutes: 30, at: now } };
    const result = decideWish('rate', served, { openid: 'o_owner', relations: ['owner'] }, now, { stars: 1 });
    assert.ok(result.ok);
    assert.ok(result.data.unset.includes('plannedVisit'));
  });
  it('anyone but the claimant is refused (the leader too)', () => {
    for (const relations of [['leader'], ['member'], ['owner'], ['dispatcher']] as Relation[][]) {
      const result = decideWish('plan_visit', planned, { openid: 'o_x', relations }, now, { visit: { date: '2024-05-03', window: 'any' } });
      assert.equal(!result.ok && result.error.code, 'AUTH.FORBIDDEN');
    }
  });
});

describe('plan_visit: who sees the plan', () => {
  const wish = claimed({
    plannedVisit: { date: '2024-05-02', window: 'morning' },
    history: [
      {
        at: new Date(),
        by: 'o_vol',
        as: 'claimant',
        action: 'plan_visit',
        from: 'claimed',
        to: 'claimed',
        visit: { date: '2024-05-02', window: 'morning' },
      },
    ],
  });
  const viewers: Array<[string, Relation[], boolean]> = [
    ['o_owner', ['owner'], true],
    ['o_vol', ['claimant', 'member'], true],
    ['o_leader', ['leader'], true],
    ['o_disp', ['dispatcher'], true],
    ['o_old', ['former'], false],
  ];
  for (const [openid, relations, sees] of viewers) {
    it(`${relations.join(',')}: ${sees ? 'sees' : 'does not see'} plannedVisit; the history item carries the visit`, () => {
      const view = viewOf(wish, openid, relations);
      assert.deepEqual(view.plannedVisit, sees ? { date: '2024-05-02', window: 'morning' } : undefined);
      assert.deepEqual(view.history[0].visit, { date: '2024-05-02', window: 'morning' });
      assert.ok(WishViewSchema.safeParse(view).success);
    });
  }
});
