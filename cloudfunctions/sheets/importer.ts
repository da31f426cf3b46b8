// check (the dry run) and apply / job (the import job). Apply is all or nothing in two phases:
//   1. staging: the checked documents to write go to `importRows` under the job (invisible to the app);
//   2. commit: once everything is staged, the job's phase flips to 'commit' (one compare-and-set: the
//      commit point). From then on the job only rolls forward: each call copies the next staged documents
//      over the live ones (`set`: redoing a chunk after a crash writes the same documents), saving the
//      count with compare-and-set, until all are in. A job that stops before its commit point leaves
//      nothing visible; one that stops after it is finished by the next `job` or `apply` call, or by
//      the timer (`sweep`) when the page is not reopened.
import { randomBytes } from 'node:crypto';
import type * as Cloud from 'wx-server-sdk';
import type { DB } from 'wx-server-sdk';
import { fail, ok, type Result } from '../../src/domain/errors';
import { advanced, newJob, type Job } from '../../src/domain/job';
import type { ImportKind, ImportRecord } from '../../src/domain/org/import';
import { MAX_PROBLEMS, type ActionInput, type ActionOutput, type ImportJobView } from '../../src/domain/schemas';
import { commitRow, dropStaged, stagedFrom, stageRecords } from '../_lib/collections/import-rows';
import { getJob, recentJobs, saveJob, startJob } from '../_lib/collections/jobs';
import { importSweeper, stopImport } from '../_lib/importSweep';
import type { HandlerContext } from '../_lib/router';
import { prepare, sha } from './prepare';

type Summary = ImportJobView['summary'];
interface Params {
  kind: ImportKind;
  fileID: string;
  /** The file and the stored organisation it was checked against: the same pair is the same job. */
  fingerprint: string;
  phase: 'staging' | 'commit';
  summary: Summary;
}
type ImportJob = Job<Params, Summary>;

/** One call commits at most this many documents, and stops early after this long (the function's timeout is 20 s). */
export const COMMIT_PER_CALL = 2000;
const COMMIT_BUDGET_MS = 8000;
const PARALLEL = 25;

export function importHandlers(cloud: typeof Cloud, db: DB.Database) {
  async function check(input: ActionInput<'sheets', 'check'>): Promise<Result<ActionOutput<'sheets', 'check'>>> {
    const prepared = await prepare(cloud, db, input.kind, input.fileID);
    if (!prepared.ok) return prepared;
    const { rows, problems, summary } = prepared.data;
    return ok({ rows, problems: problems.slice(0, MAX_PROBLEMS), more: Math.max(0, problems.length - MAX_PROBLEMS), summary });
  }

  async function apply(input: ActionInput<'sheets', 'apply'>, { openid }: HandlerContext): Promise<Result<ImportJobView>> {
    // The same file still running for this caller (a reopened page pressing 导入 again): continue it.
    const running = (await recentJobs<Params, Summary>(db, openid, 10)).find(
      (j) => j.kind === 'import' && j.status === 'running' && j.params.fileID === input.fileID && j.params.kind === input.kind,
    );
    if (running) return ok(viewOf(await run(running)));
    const prepared = await prepare(cloud, db, input.kind, input.fileID);
    if (!prepared.ok) return prepared;
    const { problems, writes, summary, fingerprint } = prepared.data;
    if (problems.length) return fail('IMPORT.HAS_PROBLEMS', `${problems.length} problems; check first`);
    const params: Params = { kind: input.kind, fileID: input.fileID, fingerprint, phase: 'staging', summary };
    // The same file over the same data is the same job, unless that one failed: then it is tried afresh.
    const sameId = `imp-${sha(openid, fingerprint).slice(0, 40)}`;
    const failedBefore = (await getJob<Params, Summary>(db, sameId))?.status === 'failed';
    const id = failedBefore ? `${sameId}-${randomBytes(4).toString('hex')}` : sameId;
    const fresh = newJob(id, 'import', openid, writes.length, params, new Date()) as ImportJob;
    const job = await startJob(db, fresh);
    return ok(viewOf(await run(job, writes)));
  }

  async function job(input: ActionInput<'sheets', 'job'>, { openid }: HandlerContext): Promise<Result<ImportJobView>> {
    const found = await getJob<Params, Summary>(db, input.jobId);
    if (!found || found.kind !== 'import' || found.by !== openid) return fail('JOB.NOT_FOUND', 'no such import job of the caller');
    return ok(viewOf(await run(found)));
  }

  async function jobs(_input: ActionInput<'sheets', 'jobs'>, { openid }: HandlerContext): Promise<Result<ActionOutput<'sheets', 'jobs'>>> {
    const items = (await recentJobs<Params, Summary>(db, openid, 10)).filter((j) => j.kind === 'import');
    return ok({ items: items.map(viewOf) });
  }

  /** Takes a running job as far as one call may: staging (when not yet past the commit point), then committing. */
  async function run(start: ImportJob, writes?: ImportRecord[]): Promise<ImportJob> {
    let job = start;
    if (job.status !== 'running') return job;
    if (job.params.phase === 'staging') {
      let records = writes;
      if (!records) {
        // A job stopped before its commit point: check the file again; if anything changed meanwhile, start over.
        const again = await prepare(cloud, db, job.params.kind, job.params.fileID);
        if (!again.ok || again.data.fingerprint !== job.params.fingerprint || again.data.problems.length) {
          return stop(job, 'IMPORT.STALE', 'the file or the stored data changed before the commit point');
        }
        records = again.data.writes;
      }
      await stageRecords(db, job._id, records);
      const next: ImportJob = { ...job, params: { ...job.params, phase: 'commit' }, updatedAt: new Date(), version: job.version + 1 };
      if (!(await saveJob(db, job, next))) return (await getJob<Params, Summary>(db, job._id)) ?? job;
      job = next;
    }
    return commit(job);
  }

  async function commit(start: ImportJob): Promise<ImportJob> {
    let job = start;
    const t0 = Date.now();
    let committed = 0;
    while (job.status === 'running' && committed < COMMIT_PER_CALL && Date.now() - t0 < COMMIT_BUDGET_MS) {
      const rows = await stagedFrom(db, job._id, job.done, Math.min(200, COMMIT_PER_CALL - committed));
      if (!rows.length) return stop(job, 'INTERNAL.ERROR', `staged rows missing from ${job.done}`);
      for (let i = 0; i < rows.length; i += PARALLEL) await Promise.all(rows.slice(i, i + PARALLEL).map((r) => commitRow(db, r)));
      const next = advanced(job, rows.length, new Date(), job.params.summary);
      // Someone else continued the same job meanwhile: theirs counts (the documents are the same).
      if (!(await saveJob(db, job, next))) return (await getJob<Params, Summary>(db, job._id)) ?? job;
      job = next;
      committed += rows.length;
    }
    if (job.status === 'done') await dropStaged(db, job._id);
    return job;
  }

  const stop = (job: ImportJob, code: string, message: string) => stopImport(db, job, code, message);
  /** The timer: imports nobody has continued for a while (_lib/importSweep.ts). */
  const sweep = importSweeper<ImportJob>(db, 'import', commit, 10);

  return { handlers: { check, apply, job, jobs }, sweep };
}

function viewOf(job: ImportJob): ImportJobView {
  return {
    jobId: job._id,
    kind: job.params.kind,
    status: job.status,
    done: job.done,
    total: job.total,
    summary: job.params.summary,
    createdAt: new Date(job.createdAt).toISOString(),
    ...(job.error ? { error: job.error } : {}),
  };
}
