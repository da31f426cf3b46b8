// Initialisation and execution are separate phases, as in SCF: a cold start (worker start, loading
// index.js) has its own limit, and the function's timeout measures only main(). The `slow` fixture
// (timeout 1 s) blocks for SLOW_INIT_MS while its module loads.
import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { makeHost, okResult } from './helpers';

const SLOW_INIT = { SLOW_INIT_MS: '1500' };

test('a slow module initialisation does not eat the execution timeout', async () => {
  const { host, logs } = makeHost({ poolSize: 1, env: SLOW_INIT });
  try {
    const cold = await host.invoke('slow', { ms: 100 }, { source: 'wx_client' });
    okResult(cold);
    assert.ok((cold.initMs ?? 0) >= 1500, `initialisation ${cold.initMs} ms, reported apart`);
    assert.ok(cold.durationMs >= 100 && cold.durationMs < 1000, `execution ${cold.durationMs} ms, within the 1 s timeout`);
    const end = logs.find((l) => l.requestId === cold.requestId && l.text.startsWith('END '))?.text ?? '';
    // `queued=` appears when the call waited a millisecond or more for its instance (a busy machine).
    assert.match(end, /^END ok duration=\d+(\.\d)?ms cold init=\d+(\.\d)?ms( queued=\d+(\.\d)?ms)? source=wx_client$/);

    const warm = await host.invoke('slow', { ms: 100 }, { source: 'wx_client' });
    okResult(warm);
    assert.equal(warm.initMs, undefined, 'a warm instance does not initialise again');
  } finally {
    await host.stop();
  }
});

test('after a slow initialisation, an execution longer than the timeout still times out', async () => {
  const { host } = makeHost({ poolSize: 1, env: SLOW_INIT });
  try {
    const r = await host.invoke('slow', { ms: 5000 }, { source: 'wx_client' });
    assert.equal(!r.ok && r.code, 'FUNCTION_TIMEOUT');
    assert.match(!r.ok ? r.message : '', /timed out after 1\.00 seconds/);
    assert.ok(r.durationMs >= 1000 && r.durationMs < 3000, `execution ${r.durationMs} ms`);
    assert.ok((r.initMs ?? 0) >= 1500, `initialisation ${r.initMs} ms`);
  } finally {
    await host.stop();
  }
});

test('an initialisation past the init limit fails as an initialisation error, and the instance is dropped', async () => {
  const { host } = makeHost({ poolSize: 1, env: SLOW_INIT, initTimeoutMs: 500 });
  try {
    const r = await host.invoke('slow', { ms: 1 }, { source: 'wx_client' });
    assert.equal(!r.ok && r.code, 'FUNCTION_ERROR');
    assert.match(!r.ok ? r.message : '', /^slow: initialisation timed out after 0\.50 seconds/);
    assert.equal(r.durationMs, 0, 'main() never ran');
    assert.ok((r.initMs ?? 0) >= 500, `initialisation ${r.initMs} ms`);
    assert.deepEqual(host.poolStats('slow'), { instances: 0, busy: 0, queued: 0 }, 'the instance is gone');
  } finally {
    await host.stop();
  }
});

test('a queued invocation starts its timeout when it runs, not when it is queued', async () => {
  const { host } = makeHost({ poolSize: 1 });
  try {
    // Six runs of 250 ms on one instance: the last waits at least 1.25 s, longer than the 1 s timeout,
    // and runs 250 ms (a busy machine has 750 ms of margin before the timeout would fire).
    const rs = await Promise.all([0, 1, 2, 3, 4, 5].map(() => host.invoke('slow', { ms: 250 }, { source: 'wx_client' })));
    for (const r of rs) okResult(r);
    const last = rs[5]!;
    assert.ok(last.queuedMs >= 1250, `the last waited ${last.queuedMs} ms`);
    assert.ok(last.durationMs < 1000, `and ran ${last.durationMs} ms`);
  } finally {
    await host.stop();
  }
});
