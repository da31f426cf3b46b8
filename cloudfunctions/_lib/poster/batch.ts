// A community's posters as a job (src/domain/job.ts): each call renders one chunk of pages into its own
// PDF in storage (posters/<jobId>/part-<from>.pdf) and saves the progress with compare-and-set; the
// call that renders the last chunk joins the parts into one PDF, one poster a page. A call that times
// out or crashes loses only its chunk: the next call renders it again (same path, same bytes).
import type cloudModule from 'wx-server-sdk';
import type { DB } from 'wx-server-sdk';
import { PDFDocument } from 'pdf-lib';
import { advanced, newJob, type Job } from '../../../src/domain/job';
import { batchJobId, nextChunk, POSTER_CHUNK } from '../../../src/domain/poster';
import { getJob, saveJob, startJob } from '../collections/jobs';
import { codeImages } from './codes';
import { batchPath, download, partPath, remove, upload } from './files';
import { renderPosters } from './render';
import type { PosterInput } from './types';

type Cloud = typeof cloudModule;

export interface BatchParams {
  communityId: string;
  pages: PosterInput[];
  /** Pages per part (kept with the job, so a part's path never depends on a later deploy). */
  chunk: number;
  /** The parts rendered so far (fileIDs, in page order). */
  parts: string[];
}
export interface BatchResult {
  fileID: string;
  pages: number;
}
export type BatchJob = Job<BatchParams, BatchResult>;

/** The community's running or finished batch for these pages, or a new one (nothing rendered yet). */
export function openBatch(db: DB.Database, by: string, communityId: string, pages: PosterInput[], now: Date): Promise<BatchJob> {
  const id = batchJobId(communityId, pages);
  const job = newJob<BatchParams>(id, 'posters', by, pages.length, { communityId, pages, chunk: POSTER_CHUNK, parts: [] }, now) as BatchJob;
  return startJob(db, job);
}

/** Joins the stored parts and the last one, in order, into one PDF. */
async function joinParts(cloud: Cloud, job: BatchJob, last: Uint8Array): Promise<Uint8Array> {
  const all = await PDFDocument.create();
  all.setTitle('码上办 · 微心愿 楼道二维码');
  all.setCreator('码上办');
  for (const bytes of [...(await Promise.all(job.params.parts.map((id) => download(cloud, id)))), last]) {
    const part = await PDFDocument.load(bytes);
    for (const page of await all.copyPages(part, part.getPageIndices())) all.addPage(page);
  }
  return all.save();
}

/** Renders the next chunk (and, after the last, the whole PDF); answers the job as stored afterwards. */
export async function stepBatch(cloud: Cloud, db: DB.Database, job: BatchJob, now: () => Date): Promise<BatchJob> {
  if (job.status !== 'running') return job;
  const { from, to } = nextChunk(job.done, job.total, job.params.chunk);
  const pages = job.params.pages.slice(from, to);
  const images = await codeImages(
    cloud,
    db,
    pages.map((p) => p.scene),
    now(),
  );
  const pdf = await renderPosters(pages, async (scene) => images.get(scene) ?? new Uint8Array());
  let result: BatchResult | undefined;
  let parts = job.params.parts;
  if (to >= job.total) {
    const whole = await joinParts(cloud, job, pdf);
    result = { fileID: await upload(cloud, batchPath(job._id), whole), pages: job.total };
  } else {
    parts = [...parts, await upload(cloud, partPath(job._id, from), pdf)];
  }
  const next: BatchJob = { ...advanced(job, to - from, now(), result), params: { ...job.params, parts } };
  if (await saveJob(db, job, next)) {
    if (result) await remove(cloud, job.params.parts);
    return next;
  }
  // Another call saved this chunk first: theirs stands.
  return (await getJob<BatchParams, BatchResult>(db, job._id)) ?? job;
}
