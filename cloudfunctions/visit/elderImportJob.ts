// The elders' import job (kind `elder_import`): staging, the commit point, then chunks of elders, and
// the timer's sweep of jobs nobody continued. See elderImport.ts for the design.
import { advanced, failed, type Job } from '../../src/domain/job';
import type { ActionOutput } from '../../src/domain/schemas';
import { addElder, saveElder } from '../_lib/collections/elders';
import { dropStaged, stagedFrom, stageRecords } from '../_lib/collections/import-rows';
import { getJob, saveJob, stalledJobs } from '../_lib/collections/jobs';
import type { Deps } from '../_lib/context';
import { prepareElderSheet, type Staged, type Summary } from './elderSheet';

export interface Params {
  communityId: string;
  fileID: string;
  fingerprint: string;
  phase: 'staging' | 'commit';
  summary: Summary;
}
export type ImportJob = Job<Params, Summary>;
export type View = ActionOutput<'visit', 'elder_import'>;

/** Elders written per call (a call stays far inside the function's timeout). */
export const ELDERS_PER_CALL = 200;
const PARALLEL = 25;

/** A job nobody continued for this long is the timer's to finish; one still staging after an hour is dropped. */
const SWEEP_IDLE_MS = 2 * 60_000;
const ABANDON_MS = 60 * 60_000;

export function elderImportJobs(deps: Deps) {
  const { db } = deps;

  async function run(start: ImportJob, writes?: Staged[]): Promise<ImportJob> {
    let job = start;
    if (job.status !== 'running') return job;
    if (job.params.phase === 'staging') {
      let records = writes;
      if (!records) {
        // Stopped before its commit point: check the file again; anything changed meanwhile stops it.
        const again = await prepareElderSheet(deps, job.params.communityId, job.params.fileID, job.by);
        if (!again.ok || again.data.fingerprint !== job.params.fingerprint || again.data.problems.length)
          return stop(job, 'IMPORT.STALE', 'the file or the stored elders changed before the commit point');
        records = again.data.writes;
      }
      await stageRecords<Staged>(db, job._id, records);
      const next: ImportJob = { ...job, params: { ...job.params, phase: 'commit' }, updatedAt: new Date(), version: job.version + 1 };
      if (!(await saveJob(db, job, next))) return (await getJob<Params, Summary>(db, job._id)) ?? job;
      job = next;
    }
    return commit(job);
  }

  /** Writes the next chunk of staged elders and saves the count (compare-and-set on the job). */
  async function commit(job: ImportJob): Promise<ImportJob> {
    const rows = await stagedFrom<Staged>(db, job._id, job.done, ELDERS_PER_CALL);
    if (!rows.length) return stop(job, 'INTERNAL.ERROR', `staged rows missing from ${job.done}`);
    for (let i = 0; i < rows.length; i += PARALLEL)
      await Promise.all(
        rows
          .slice(i, i + PARALLEL)
          .map(({ record: r }) => (r.change === 'create' ? addElder(db, r.doc) : saveElder(db, r.doc, r.doc.version - 1))),
      );
    const next = advanced(job, rows.length, new Date(), job.params.summary);
    if (!(await saveJob(db, job, next))) return (await getJob<Params, Summary>(db, job._id)) ?? job;
    if (next.status === 'done') await dropStaged(db, job._id);
    return next;
  }

  async function stop(job: ImportJob, code: string, message: string): Promise<ImportJob> {
    const next = failed(job, code, message, new Date());
    await dropStaged(db, job._id);
    return (await saveJob(db, job, next)) ? next : ((await getJob<Params, Summary>(db, job._id)) ?? job);
  }

  /**
   * The timer: elders' imports nobody continued for a while. One past its commit point is finished (its
   * elders are already partly on the board); one still staging after an hour is given up.
   */
  async function sweep(now = new Date()): Promise<{ finished: number; abandoned: number }> {
    let finished = 0;
    let abandoned = 0;
    for (const stalled of await stalledJobs<Params, Summary>(db, new Date(now.getTime() - SWEEP_IDLE_MS), 20)) {
      if (stalled.kind !== 'elder_import') continue;
      if (stalled.params.phase === 'commit') {
        let job = stalled;
        for (let i = 0; i < 50 && job.status === 'running'; i++) job = await commit(job);
        if (job.status === 'done') finished++;
      } else if (now.getTime() - new Date(stalled.updatedAt).getTime() > ABANDON_MS) {
        await stop(stalled, 'IMPORT.ABANDONED', 'nobody continued the job before its commit point');
        abandoned++;
      }
    }
    return { finished, abandoned };
  }

  return { run, sweep };
}

export function viewOf(job: ImportJob): View {
  return {
    jobId: job._id,
    communityId: job.params.communityId,
    status: job.status,
    done: job.done,
    total: job.total,
    summary: job.params.summary,
    createdAt: new Date(job.createdAt).toISOString(),
    ...(job.error ? { error: job.error } : {}),
  };
}
