// The instance budget shared by every function: a free slot, else another function's least recently
// used idle instance retired to make room, else wait; a released slot wakes a waiting pool.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import {
  defaultInstanceLimit,
  defaultPoolSize,
  InstanceBudget,
  SHIFT_AFTER_IDLE_MS,
  type BudgetMember,
} from '../../../localcloud/host/budget';

/** A pool as the budget sees it: the times its idle instances went idle, what it was asked to do. */
function member(name: string, idle: number[] = [], instances = 1) {
  const calls: string[] = [];
  const m: BudgetMember & { calls: string[]; idle: number[] } = {
    calls,
    idle,
    instanceCount: () => instances,
    oldestIdleAt: () => (m.idle.length ? Math.min(...m.idle) : undefined),
    retireOldestIdle: () => {
      calls.push(`${name}.retire`);
      m.idle.splice(m.idle.indexOf(Math.min(...m.idle)), 1);
    },
    pump: () => calls.push(`${name}.pump`),
  };
  return m;
}

describe('InstanceBudget', () => {
  it.each([
    [1, 2, 16],
    [2, 2, 16],
    [4, 4, 16],
    [12, 12, 24],
  ])('for %d cores: %d instances of one function, %d in all', (cores, pool, limit) => {
    assert.equal(defaultPoolSize(cores), pool);
    assert.equal(defaultInstanceLimit(cores), limit);
  });

  it('grants free slots up to the limit, then retires the least recently used idle instance of another function', () => {
    const budget = new InstanceBudget(2);
    const a = member('a', [30]);
    const b = member('b', [10, 50]);
    const c = member('c');
    const all = [a, b, c];
    assert.equal(budget.acquire(a, all), true);
    assert.equal(budget.acquire(b, all), true);
    assert.equal(budget.acquire(c, all), false, 'full: c waits');
    assert.deepEqual(b.calls, ['b.retire'], 'b went idle first (at 10), so it gives way');
    assert.deepEqual(a.calls, []);
    assert.equal(budget.wantedByOther(a), true);
    assert.equal(budget.wantedByOther(c), false, 'only c itself waits');
    budget.release();
    assert.deepEqual(c.calls, ['c.pump'], 'the freed slot wakes the waiting pool');
    assert.equal(budget.used, 1);
    assert.equal(budget.acquire(c, all), true);
    assert.equal(budget.wantedByOther(a), false);
  });

  it('a function that has instances takes only an instance idle for a while, and waits without making others give way', () => {
    const budget = new InstanceBudget(2);
    const a = member('a', [1_000]);
    const b = member('b', [9_000]);
    const all = [a, b];
    assert.equal(budget.acquire(a, all), true);
    assert.equal(budget.acquire(b, all), true);
    // b already runs an instance; a's went idle 500 ms ago, too recently to take under steady load
    assert.equal(budget.acquire(b, all, false, 1_500), false);
    assert.deepEqual(a.calls, []);
    assert.equal(budget.wantedByOther(a), false, 'a waiting function that has instances does not make others hand over');
    // once a's instance has been idle for SHIFT_AFTER_IDLE_MS, b may take it
    budget.acquire(b, all, false, 1_000 + SHIFT_AFTER_IDLE_MS);
    assert.deepEqual(a.calls, ['a.retire']);
    budget.release(); // the retired instance's slot (the pool releases it as the instance ends)
    assert.deepEqual(b.calls, ['b.pump']);
    assert.equal(budget.acquire(b, all, false, 1_000 + SHIFT_AFTER_IDLE_MS), true);
  });

  it('a function with no instance takes first from a function that keeps another one', () => {
    const budget = new InstanceBudget(3);
    const a = member('a', [10], 1);
    const b = member('b', [50], 2);
    const c = member('c');
    const all = [a, b, c];
    for (let i = 0; i < 3; i++) budget.acquire(a, all);
    budget.acquire(c, all);
    assert.deepEqual(a.calls, [], 'a went idle first, but it has one instance only');
    assert.deepEqual(b.calls, ['b.retire']);
  });

  it('never takes from the asking function itself, and waits when nothing is idle', () => {
    const budget = new InstanceBudget(1);
    const a = member('a', [5]);
    assert.equal(budget.acquire(a, [a]), true);
    assert.equal(budget.acquire(a, [a]), false);
    assert.deepEqual(a.calls, []);
  });

  it('rejects a limit that is not a positive whole number', () => {
    for (const bad of [0, -1, 1.5]) assert.throws(() => new InstanceBudget(bad));
  });
});
