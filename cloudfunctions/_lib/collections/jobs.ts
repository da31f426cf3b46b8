// `jobs/{id}`: long work done in chunks (src/domain/job.ts). A chunk is saved with compare-and-set on
// the version it started from, so two calls continuing the same job cannot both count a chunk.
import type { DB } from 'wx-server-sdk';
import type { Job } from '../../../src/domain/job';
import { getDoc } from '../db';
import { collection, type Updated } from './names';

export const getJob = <P, R>(db: DB.Database, id: string) => getDoc<Job<P, R>>(db, 'jobs', id);

/** Creates the job unless one with this id exists (then that one is returned: same request, same job). */
export async function startJob<P, R>(db: DB.Database, job: Job<P, R>): Promise<Job<P, R>> {
  const existing = await getJob<P, R>(db, job._id);
  if (existing) return existing;
  try {
    await collection(db, 'jobs').add({ data: job });
    return job;
  } catch {
    // Someone created it between the read and the add: theirs stands.
    return (await getJob<P, R>(db, job._id)) ?? job;
  }
}

/** Saves `next` over `prev` if nobody saved a chunk meanwhile. */
export async function saveJob<P, R>(db: DB.Database, prev: Job<P, R>, next: Job<P, R>): Promise<boolean> {
  const { _id, ...data } = next;
  const res = (await collection(db, 'jobs').where({ _id, version: prev.version }).update({ data })) as Updated;
  return res.stats.updated === 1;
}

/** The caller's most recent jobs, newest first (index by_1_createdAt_-1). */
export async function recentJobs<P, R>(db: DB.Database, by: string, limit: number): Promise<Job<P, R>[]> {
  const { data } = (await collection(db, 'jobs').where({ by }).orderBy('createdAt', 'desc').limit(limit).get()) as unknown as {
    data: Job<P, R>[];
  };
  return data;
}

/** Running jobs not saved since `before`, oldest first (index status_1_updatedAt_1): the timer's to continue. */
export async function stalledJobs<P, R>(db: DB.Database, before: Date, limit: number): Promise<Job<P, R>[]> {
  const { data } = (await collection(db, 'jobs')
    .where({ status: 'running', updatedAt: db.command.lt(before) })
    .orderBy('updatedAt', 'asc')
    .limit(limit)
    .get()) as unknown as { data: Job<P, R>[] };
  return data;
}

/** These jobs, by id (one `_id in` read). */
export async function jobsByIds<P, R>(db: DB.Database, ids: readonly string[]): Promise<Job<P, R>[]> {
  if (!ids.length) return [];
  const { data } = (await collection(db, 'jobs')
    .where({ _id: db.command.in([...ids]) })
    .get()) as unknown as { data: Job<P, R>[] };
  return data;
}
