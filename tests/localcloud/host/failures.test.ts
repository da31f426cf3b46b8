// Timeouts kill the instance; thrown errors keep it; big output does not crash anything.
import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { makeHost, okResult } from './helpers';

test('a timeout answers FUNCTION_TIMEOUT, kills the instance, and the next call runs on a fresh one', async () => {
  const { host } = makeHost({ poolSize: 1 });
  try {
    const warmup = okResult<{ instanceId: string }>(await host.invoke('slow', { ms: 1 }, { source: 'wx_client' }));
    const t = await host.invoke('slow', { ms: 5000 }, { source: 'wx_client' });
    assert.equal(t.ok, false);
    assert.equal(!t.ok && t.code, 'FUNCTION_TIMEOUT');
    assert.match(!t.ok ? t.message : '', /timed out after 1\.00 seconds/);
    assert.ok(t.durationMs >= 1000 && t.durationMs < 3000, `took ${t.durationMs} ms`);
    const next = okResult<{ instanceId: string }>(await host.invoke('slow', { ms: 1 }, { source: 'wx_client' }));
    assert.notEqual(next.instanceId, warmup.instanceId, 'a new instance');
  } finally {
    await host.stop();
  }
});

test('a thrown error or rejected non-Error answers FUNCTION_ERROR and the instance stays usable', async () => {
  const { host, logs } = makeHost({ poolSize: 1 });
  try {
    const e1 = await host.invoke('boom', {}, { source: 'wx_client' });
    assert.deepEqual(!e1.ok && [e1.code, e1.message], ['FUNCTION_ERROR', 'boom: kaboom']);
    const e2 = await host.invoke('boom', { mode: 'string' }, { source: 'wx_client' });
    assert.deepEqual(!e2.ok && [e2.code, e2.message], ['FUNCTION_ERROR', 'plain string failure']);
    const ok = okResult<{ calls: number }>(await host.invoke('boom', { mode: 'ok' }, { source: 'wx_client' }));
    assert.equal(ok.calls, 3, 'same warm instance (module state kept)');
    assert.ok(logs.some((l) => l.fn === 'boom' && l.requestId === e1.requestId && l.text.includes('FUNCTION_ERROR')));
  } finally {
    await host.stop();
  }
});

test('large console output is captured per function and request, truncated, without crashing', async () => {
  const { host, logs } = makeHost({ poolSize: 1 });
  try {
    const r = await host.invoke('boom', { mode: 'log' }, { source: 'wx_client' });
    assert.equal(r.ok, true);
    const mine = logs.filter((l) => l.requestId === r.requestId);
    assert.ok(mine.every((l) => l.fn === 'boom'));
    assert.ok(
      mine.some((l) => l.text.includes('truncated')),
      'long lines are cut',
    );
    assert.ok(
      mine.some((l) => l.text.includes('log limit')),
      'the per-invocation budget is enforced',
    );
    const total = mine.reduce((n, l) => n + l.text.length, 0);
    assert.ok(total < 1.2 * 1024 * 1024, `captured ${total} chars`);
    assert.deepEqual(host.recentLogs('boom', r.requestId).length, mine.length);
  } finally {
    await host.stop();
  }
});
