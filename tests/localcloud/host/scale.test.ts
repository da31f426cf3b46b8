// When a function keeps a second instance (budget.ts mayScaleOut / shouldScaleIn), on pools with
// scripted instances and a test clock: each call runs until the test finishes it, so the counts are exact.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { BusyAverage, InstanceBudget, mayScaleOut, SCALE_IN_AFTER_MS, shouldScaleIn } from '../../../localcloud/host/budget';
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
    // instances busy on average, poolSize → may start another / should retire a finished extra
    [0, 2, true, false],
    [1.9, 2, true, false],
    [2, 2, false, false],
    [3, 2, false, false],
    [3.1, 2, false, true],
    [7, 8, true, false],
    [9.5, 8, false, true],
  ])('%d busy with poolSize %d: scale out %s, scale in %s', (busy, size, out, inn) => {
    assert.equal(mayScaleOut(busy, size), out);
    assert.equal(shouldScaleIn(busy, size), inn);
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

  it('a second instance is kept while the cores can use it, and retired once it has lived a while and the others take the cores', async () => {
    const w = world(['wish', 'user', 'dispatch', 'volunteer']);
    w.call('wish');
    w.call('wish');
    const [first, second] = w.live('wish');
    w.call('user');
    w.clock.t = 20_000; // wish ×2 and user busy: 3 on average, not more than poolSize + 1
    await second!.finish();
    assert.equal(w.live('wish').length, 2, 'kept: the gap between the rules');
    w.call('wish');
    w.call('dispatch');
    w.call('volunteer');
    w.clock.t = 20_000 + SCALE_IN_AFTER_MS / 2; // five busy, but the instances have lived long enough anyway
    await first!.finish();
    assert.equal(w.live('wish').length, 1, 'retired');
    assert.equal(first!.dead, true);
    await w.stop();
  });

  it('a young second instance is not retired, however busy the others', async () => {
    const w = world(['wish', 'user', 'dispatch', 'volunteer']);
    w.call('user');
    w.call('dispatch');
    w.call('volunteer');
    w.call('wish');
    w.call('wish'); // at t = 0 the average is 0: a second instance starts
    assert.equal(w.live('wish').length, 2);
    w.clock.t = SCALE_IN_AFTER_MS - 1;
    await w.live('wish')[1]!.finish();
    assert.equal(w.live('wish').length, 2, 'kept until it has lived SCALE_IN_AFTER_MS');
    await w.stop();
  });
});
