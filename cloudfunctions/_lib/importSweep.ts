// What every staged import job shares (the org import, sheets/importer.ts; the elders' import,
// visit/elderImportJob.ts): stopping a job with its staged rows dropped, and the timer's sweep of jobs
// nobody continued — one past its commit point is finished (its documents are already partly
// visible), one still staging after an hour is given up.
import type { DB } from 'wx-server-sdk';
import { failed, type Job } from '../../src/domain/job';
import { dropStaged } from './collections/import-rows';
import { getJob, saveJob, stalledJobs } from './collections/jobs';

/** A job nobody continued for this long is the timer's to finish; one still staging after an hour is dropped. */
const SWEEP_IDLE_MS = 2 * 60_000;
const ABANDON_MS = 60 * 60_000;

type StagedJob = Job<{ phase: 'staging' | 'commit' }, unknown>;

/** Ends `job` as failed with `code`, dropping what it staged; the stored job when someone else moved it meanwhile. */
export async function stopImport<J extends StagedJob>(db: DB.Database, job: J, code: string, message: string): Promise<J> {
  const next = failed(job, code, message, new Date()) as J;
  await dropStaged(db, job._id);
  return (await saveJob(db, job, next)) ? next : (((await getJob(db, job._id)) as J | null) ?? job);
}

/** The timer's sweep of `kind`'s stalled jobs: `commit` is called up to `rounds` times on each one past its commit point. */
export function importSweeper<J extends StagedJob>(db: DB.Database, kind: string, commit: (job: J) => Promise<J>, rounds: number) {
  return async (now = new Date()): Promise<{ finished: number; abandoned: number }> => {
    let finished = 0;
    let abandoned = 0;
    for (const stalled of await stalledJobs<J['params'], unknown>(db, new Date(now.getTime() - SWEEP_IDLE_MS), 20)) {
      if (stalled.kind !== kind) continue;
      if (stalled.params.phase === 'commit') {
        let job = stalled as J;
        for (let i = 0; i < rounds && job.status === 'running'; i++) job = await commit(job);
        if (job.status === 'done') finished++;
      } else if (now.getTime() - new Date(stalled.updatedAt).getTime() > ABANDON_MS) {
        await stopImport(db, stalled as J, 'IMPORT.ABANDONED', 'nobody continued the job before its commit point');
        abandoned++;
      }
    }
    return { finished, abandoned };
  };
}
