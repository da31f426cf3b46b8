// Long work (an import of 5,000 rows, a poster batch for a whole community) runs as a job: a document
// that says how far it got. Each call does one bounded chunk and saves the cursor, so the work
// finishes inside the function timeout, shows progress to the person who started it, and resumes
// where it stopped after a timeout, a closed page or a crash (the next call continues it).
export const JOB_KINDS = ['import', 'posters', 'elder_import', 'export'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export const JOB_STATUSES = ['running', 'done', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export interface Job<P = unknown, R = unknown> {
  /** Idempotency: the same request (e.g. one file's hash, one community's posters) gives the same id. */
  _id: string;
  kind: JobKind;
  /** Who started it (OPENID); only they (and admins) read it. */
  by: string;
  status: JobStatus;
  /** Units done and in all (rows, posters): progress is done / total. */
  done: number;
  total: number;
  /** What the job works on (kind-specific, e.g. the file id and the checked records' location). */
  params: P;
  /** Set when done (e.g. the PDF's fileID, the counts written). */
  result?: R;
  /** Set when failed: a stable code and the Chinese-free message for logs. */
  error?: { code: string; message: string };
  createdAt: Date;
  updatedAt: Date;
  /** Bumped by every saved chunk: a chunk is saved only over the version it started from (CAS). */
  version: number;
}

export interface JobProgress {
  jobId: string;
  kind: JobKind;
  status: JobStatus;
  done: number;
  total: number;
  result?: unknown;
  error?: { code: string; message: string };
}

export function newJob<P>(id: string, kind: JobKind, by: string, total: number, params: P, now: Date): Job<P> {
  return {
    _id: id,
    kind,
    by,
    status: total === 0 ? 'done' : 'running',
    done: 0,
    total,
    params,
    createdAt: now,
    updatedAt: now,
    version: 0,
  };
}

/** The job after one chunk of `units` more: done when everything is. */
export function advanced<P, R>(job: Job<P, R>, units: number, now: Date, result?: R): Job<P, R> {
  const done = Math.min(job.total, job.done + units);
  const finished = done >= job.total;
  return {
    ...job,
    done,
    status: finished ? 'done' : 'running',
    updatedAt: now,
    version: job.version + 1,
    ...(finished && result !== undefined ? { result } : {}),
  };
}

export function failed<P, R>(job: Job<P, R>, code: string, message: string, now: Date): Job<P, R> {
  return { ...job, status: 'failed', error: { code, message }, updatedAt: now, version: job.version + 1 };
}

export const progressOf = (job: Job): JobProgress => ({
  jobId: job._id,
  kind: job.kind,
  status: job.status,
  done: job.done,
  total: job.total,
  ...(job.result !== undefined ? { result: job.result } : {}),
  ...(job.error ? { error: job.error } : {}),
});
