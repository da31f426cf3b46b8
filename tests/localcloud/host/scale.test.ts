// When a function starts and keeps a second instance (budget.ts mayScaleOut, shouldScaleIn), on pools with
// scripted instances and a test clock: each call runs until the test finishes it, so the counts are exact.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { BusyAverage, InstanceBudget, mayScaleOut, SETTLE_MS, shouldScaleIn } from '../../../localcloud/host/budget';
import type { Instance, Outcome } from '../../../localcloud/host/instance';
import { FunctionPool } from '../../../localcloud/host/pool';
import type { InvokeMessage } from '../../../localcloud/host/protocol';

/** An instance whose current call ends when the test calls `finish()`. */
class ScriptedInstance {
  busy = false;
  dead = false;
  invocations = 0;
  private end?: () => void;
  constructor(readonly version: string) {}
  run(): Promise<Outcome> {
    this.busy = true;
    this.invocations++;
    return new Promise((resolve) => {
      this.end = () => {
        this.busy = false;
        resolve({ ok: true, result: null, durationMs: 0 });
      };
    });
  }
  finish(): Promise<void> {
    this.end?.();
    return new Promise((r) => setImmediate(r)); // let the pool see the outcome
  }
  terminate(): Promise<number> {
    this.dead = true;
    return Promise.resolve(0);
  }
}

/** Pools `names` sharing one budget with poolSize 2 (as on a 2-core machine), on a clock the test moves. */
function world(names: string[]) {
  const clock = { t: 0 };
  const budget = new InstanceBudget(16, () => clock.t);
  const pools = new Map<string, FunctionPool>();
  const made = new Map<string, ScriptedInstance[]>(names.map((n) => [n, []]));
  for (const name of names) {
    const create = (version: string) => {
      const inst = new ScriptedInstance(version);
      made.get(name)!.push(inst);
      return inst as unknown as Instance;
    };
    pools.set(name, new FunctionPool({ size: 2, budget, peers: () => pools.values(), idleMs: 60_000, create }));
  }
  return {
    clock,
    call: (name: string) => void pools.get(name)!.run({} as InvokeMessage, 1000, 'v1', () => undefined),
    live: (name: string) => made.get(name)!.filter((i) => !i.dead),
    stats: (name: string) => pools.get(name)!.stats(),
    stop: () => Promise.all([...pools.values()].map((p) => p.stop())),
  };
}

describe('scaling a function beyond its first instance', () => {
  it.each([
    // instances busy now, on average over the last second, poolSize → may start another
    [0, 0, 2, true],
    [1, 0.9, 2, true],
    [1, 2.5, 2, false], // a lull in a load that keeps the cores busy
    [2, 0.5, 2, false], // a burst that has just begun
    [2, 2, 2, false],
    [7, 7.9, 8, true],
    [8, 3, 8, false],
  ])('%d busy now, %d on average, poolSize %d: scale out %s', (now, average, size, out) => {
    assert.equal(mayScaleOut(now, average, size), out);
  });

  it.each([
    // instances busy on average, poolSize → retire an instance beyond the first as it finishes
    [2, 2, false],
    [3, 2, false], // the gap: exactly poolSize + 1
    [3.1, 2, true],
    [9, 8, false],
    [9.5, 8, true],
  ])('%d busy on average, poolSize %d: scale in %s', (average, size, inn) => {
    assert.equal(shouldScaleIn(average, size), inn);
  });

  it('the busy average follows the count over about a second', () => {
    const clock = { t: 0 };
    const avg = new BusyAverage(() => clock.t);
    avg.change(1);
    avg.change(1);
    assert.equal(avg.average(), 0, 'a burst that has just begun');
    clock.t = 1_000;
    assert.ok(Math.abs(avg.average() - 2 * (1 - Math.exp(-1))) < 1e-9);
    clock.t = 10_000;
    assert.ok(Math.abs(avg.average() - 2) < 1e-3);
    avg.change(-1);
    avg.change(-1);
    clock.t = 11_000;
    assert.ok(Math.abs(avg.average() - 2 * Math.exp(-1)) < 1e-3);
    assert.equal(avg.now, 0);
  });

  it('a function under load alone gets a second instance for the free core', async () => {
    const w = world(['wish']);
    w.call('wish');
    w.clock.t = 5_000;
    w.call('wish');
    assert.equal(w.live('wish').length, 2);
    assert.deepEqual(w.stats('wish'), { instances: 2, busy: 2, queued: 0 });
    await w.stop();
  });

  it('while other functions keep the cores busy, a busy function queues on its one instance', async () => {
    const w = world(['user', 'dispatch', 'wish']);
    w.call('user');
    w.call('dispatch');
    w.call('wish');
    w.clock.t = 5_000; // three instances busy for five seconds
    w.call('wish');
    assert.equal(w.live('wish').length, 1, 'no second instance');
    assert.deepEqual(w.stats('wish'), { instances: 1, busy: 1, queued: 1 });
    await w.live('wish')[0]!.finish();
    assert.deepEqual(w.stats('wish'), { instances: 1, busy: 1, queued: 0 }, 'the queued call runs on the same instance');
    await w.stop();
  });

  it('a second instance is kept while the cores can use it and for SETTLE_MS, then retired while others take the cores', async () => {
    const w = world(['wish', 'user', 'dispatch', 'volunteer']);
    w.call('wish');
    w.call('wish');
    const [first, second] = w.live('wish');
    w.call('user');
    w.call('dispatch');
    w.call('volunteer');
    w.clock.t = SETTLE_MS - 1; // five busy, but the second instance has only just started
    await second!.finish();
    assert.equal(w.live('wish').length, 2, 'kept while the function settles');
    w.call('wish');
    w.clock.t = SETTLE_MS;
    await first!.finish();
    assert.equal(w.live('wish').length, 1, 'retired');
    assert.equal(first!.dead, true);
    await w.stop();
  });

  it('in the gap between the rules (poolSize + 1 busy) a second instance is kept', async () => {
    const w = world(['wish', 'user']);
    w.call('wish');
    w.call('wish');
    w.call('user');
    w.clock.t = 2 * SETTLE_MS; // three busy on average: not more than poolSize + 1
    await w.live('wish')[1]!.finish();
    assert.equal(w.live('wish').length, 2);
    await w.stop();
  });

  it('a function that has just retired an instance does not start one again for SETTLE_MS', async () => {
    const w = world(['wish', 'user', 'dispatch', 'volunteer']);
    w.call('wish');
    w.call('wish');
    for (const f of ['user', 'dispatch', 'volunteer']) w.call(f);
    w.clock.t = SETTLE_MS;
    await w.live('wish')[1]!.finish(); // retired: five busy on average
    assert.equal(w.live('wish').length, 1);
    for (const f of ['user', 'dispatch', 'volunteer']) await w.live(f)[0]!.finish();
    w.clock.t = SETTLE_MS + 10_000; // the cores are free again
    w.call('wish');
    assert.deepEqual(w.stats('wish'), { instances: 1, busy: 1, queued: 1 }, 'queued: the function is settling');
    w.clock.t = 2 * SETTLE_MS + 10_000;
    await w.live('wish')[0]!.finish(); // the queued call takes the free instance
    w.call('wish');
    assert.deepEqual(w.stats('wish'), { instances: 2, busy: 2, queued: 0 }, 'settled: a second instance for the free core');
    await w.stop();
  });
});
