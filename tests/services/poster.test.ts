import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import type { Result } from '../../src/domain/errors';
import type { BatchProgress } from '../../src/domain/schemas/poster';
import type { Call } from '../../src/services/client';
import { runBatch } from '../../src/services/posterBatch';

const progress = (done: number, total: number): BatchProgress => ({
  jobId: 'posters_c-jinding_0123abcd',
  communityId: 'c-jinding',
  status: done >= total ? 'done' : 'running',
  done,
  total,
  ...(done >= total ? { file: { fileID: 'cloud://env.b/posters/x.pdf', url: 'http://x/p.pdf', pages: total } } : {}),
});

function fake(answers: Array<Result<BatchProgress>>): { call: Call; events: unknown[] } {
  const events: unknown[] = [];
  const call = (async (_fn: string, event: unknown) => {
    events.push(event);
    return answers.shift();
  }) as unknown as Call;
  return { call, events };
}

describe('runBatch', () => {
  it('calls batch until done, telling the progress after each chunk', async () => {
    const { call, events } = fake([
      { ok: true, data: progress(10, 23) },
      { ok: true, data: progress(20, 23) },
      { ok: true, data: progress(23, 23) },
    ]);
    const seen: number[] = [];
    const r = await runBatch(call, 'c-jinding', (p) => seen.push(p.done));
    assert.equal(r.ok && r.data.file?.pages, 23);
    assert.deepEqual(seen, [10, 20, 23]);
    assert.deepEqual(events, Array(3).fill({ action: 'batch', communityId: 'c-jinding' }));
  });

  it('stops at the first failure', async () => {
    const { call, events } = fake([
      { ok: true, data: progress(10, 23) },
      { ok: false, error: { code: 'POSTER.CODE_FAILED', message: 'x' } },
    ]);
    const r = await runBatch(call, 'c-jinding', () => undefined);
    assert.equal(!r.ok && r.error.code, 'POSTER.CODE_FAILED');
    assert.equal(events.length, 2);
  });
});
