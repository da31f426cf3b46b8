// Instances: one invocation at a time per instance, FIFO queueing, warm reuse, at most poolSize instances.
import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { makeHost, okResult, sleep } from './helpers';

interface Slow {
  startedAt: number;
  endedAt: number;
  instanceId: string;
}

test('poolSize 1: two slow calls run one after the other on the same warm instance', async () => {
  const { host } = makeHost({ poolSize: 1 });
  try {
    const [a, b] = await Promise.all([
      host.invoke('slow', { ms: 300 }, { source: 'wx_client' }),
      host.invoke('slow', { ms: 300 }, { source: 'wx_client' }),
    ]);
    const ra = okResult<Slow>(a);
    const rb = okResult<Slow>(b);
    assert.equal(ra.instanceId, rb.instanceId, 'one instance');
    assert.ok(rb.startedAt >= ra.endedAt, `second started (${rb.startedAt}) after the first ended (${ra.endedAt})`);
    assert.ok(b.queuedMs >= a.durationMs, `the second waited in the queue (${b.queuedMs} ms) while the first ran (${a.durationMs} ms)`);
  } finally {
    await host.stop();
  }
});

test('poolSize 2: three concurrent calls use two instances; the third waits for a free one', async () => {
  const { host } = makeHost({ poolSize: 2 });
  try {
    const rs = (await Promise.all([0, 1, 2].map(() => host.invoke('slow', { ms: 250 }, { source: 'wx_client' })))).map((r) =>
      okResult<Slow>(r),
    );
    const ids = new Set(rs.map((r) => r.instanceId));
    assert.equal(ids.size, 2);
    const [x, y, z] = rs as [Slow, Slow, Slow];
    assert.ok(z.startedAt >= Math.min(x.endedAt, y.endedAt), 'the third started only after one instance was free');
    assert.deepEqual(host.poolStats('slow'), { instances: 2, busy: 0, queued: 0 });
  } finally {
    await host.stop();
  }
});

test('warm instances keep module state; the first call is cold and slower', async () => {
  const { host, logs } = makeHost({ poolSize: 1 });
  try {
    const cold = await host.invoke('whoami', {}, { source: 'wx_client' });
    const warm = await host.invoke('whoami', {}, { source: 'wx_client' });
    assert.equal(okResult<Slow>(cold).instanceId, okResult<Slow>(warm).instanceId);
    assert.ok(cold.initMs !== undefined && cold.initMs > 0, 'the cold start reports its initialisation');
    assert.equal(warm.initMs, undefined, 'a warm call has none');
    assert.ok(warm.durationMs < cold.durationMs + (cold.initMs ?? 0), 'the first call, with its initialisation, is slower');
    const ends = logs.filter((l) => l.text.startsWith('END '));
    assert.match(ends[0]?.text ?? '', / cold /);
    assert.doesNotMatch(ends[1]?.text ?? '', / cold /);
    console.log(`# whoami cold ${cold.durationMs} ms (+ init ${cold.initMs} ms), warm ${warm.durationMs} ms`);
  } finally {
    await host.stop();
  }
});

test('unknown or invalid function names answer FUNCTION_NOT_FOUND', async () => {
  const { host } = makeHost();
  try {
    for (const name of ['nope', '../whoami', 'who/ami', '', 'helpers.ts']) {
      const r = await host.invoke(name, {}, { source: 'wx_client' });
      assert.equal(r.ok, false);
      assert.equal(!r.ok && r.code, 'FUNCTION_NOT_FOUND', name);
    }
    assert.deepEqual(host.functionNames(), ['boom', 'caller', 'echoevent', 'egress', 'httpecho', 'slow', 'ticker', 'whoami']);
  } finally {
    await host.stop();
  }
});

test('an instance idle for idleMs is retired; the next call starts a new one (cold)', async () => {
  const { host } = makeHost({ poolSize: 1, idleMs: 200 });
  try {
    const first = okResult<Slow>(await host.invoke('slow', { ms: 0 }, { source: 'wx_client' }));
    assert.deepEqual(host.instanceStats().live, 1);
    await waitFor(() => host.instanceStats().live === 0);
    assert.deepEqual(host.poolStats('slow'), { instances: 0, busy: 0, queued: 0 });
    const again = await host.invoke('slow', { ms: 0 }, { source: 'wx_client' });
    assert.notEqual(okResult<Slow>(again).instanceId, first.instanceId);
    assert.ok(again.initMs !== undefined, 'a cold start');
  } finally {
    await host.stop();
  }
});

test('a full budget: a second function takes the first one’s idle instance instead of exceeding it', async () => {
  const { host } = makeHost({ maxInstances: 2, idleMs: 60_000 });
  try {
    await Promise.all([0, 1].map(() => host.invoke('slow', { ms: 100 }, { source: 'wx_client' })));
    assert.equal(host.poolStats('slow').instances, 2);
    const who = await host.invoke('whoami', {}, { source: 'wx_client' });
    assert.equal(who.ok, true);
    assert.equal(host.poolStats('slow').instances, 1, 'one idle slow instance gave way');
    assert.equal(host.poolStats('whoami').instances, 1);
    assert.deepEqual(host.instanceStats(), { live: 2, limit: 2 });
  } finally {
    await host.stop();
  }
});

test('a full budget with everything busy: the other function waits for the first free instance, never more than the limit', async () => {
  const { host } = makeHost({ maxInstances: 2, idleMs: 60_000 });
  try {
    let most = 0;
    const watch = setInterval(() => (most = Math.max(most, host.instanceStats().live)), 5);
    const slow = [0, 1].map(() => host.invoke('slow', { ms: 300 }, { source: 'wx_client' }));
    await sleep(50);
    const who = await host.invoke('whoami', {}, { source: 'wx_client' });
    clearInterval(watch);
    assert.equal(who.ok, true);
    assert.ok(who.queuedMs > 100, `whoami waited for a slot (${who.queuedMs} ms)`);
    await Promise.all(slow);
    assert.ok(most <= 2, `at most 2 live instances (saw ${most})`);
  } finally {
    await host.stop();
  }
});

async function waitFor(cond: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await sleep(20);
  }
}
