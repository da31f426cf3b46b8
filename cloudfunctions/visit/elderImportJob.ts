// The elders' import job (kind `elder_import`): staging, the commit point, then chunks of elders, and
// the timer's sweep of jobs nobody continued. See elderImport.ts for the design.
import { advanced, type Job } from '../../src/domain/job';
import type { ActionOutput } from '../../src/domain/schemas';
import { addElder, saveElder } from '../_lib/collections/elders';
import { dropStaged, stagedFrom, stageRecords } from '../_lib/collections/import-rows';
import { getJob, saveJob } from '../_lib/collections/jobs';
import type { Deps } from '../_lib/context';
import { importSweeper, stopImport } from '../_lib/importSweep';
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

  const stop = (job: ImportJob, code: string, message: string) => stopImport(db, job, code, message);
  /** The timer: elders' imports nobody continued (_lib/importSweep.ts). */
  const sweep = importSweeper<ImportJob>(db, 'elder_import', commit, 50);

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
