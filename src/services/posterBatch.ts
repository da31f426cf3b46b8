// A community's posters: `poster.batch` renders one chunk a call, so the client calls it again until
// the job is done, showing the progress after each chunk.
import type { Result } from '../domain/errors';
import type { BatchProgress } from '../domain/schemas/poster';
import type { Call } from './client';

/** Calls `poster.batch` until the job is done (or fails), telling `onProgress` after every chunk. */
export async function runBatch(
  call: Call,
  communityId: string,
  onProgress: (p: BatchProgress) => void,
  maxCalls = 1000,
): Promise<Result<BatchProgress>> {
  let last: Result<BatchProgress> | undefined;
  for (let i = 0; i < maxCalls; i++) {
    last = await call('poster', { action: 'batch', communityId });
    if (!last.ok) return last;
    onProgress(last.data);
    if (last.data.status !== 'running') return last;
  }
  return last ?? { ok: false, error: { code: 'INTERNAL.ERROR', message: 'no call made' } };
}
