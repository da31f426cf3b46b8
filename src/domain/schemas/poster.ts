// `poster` function: stairwell QR codes and printable A4 posters (楼道二维码海报), one stairwell or a whole
// community (a batch job that advances chunk by chunk, see src/domain/job.ts).
import * as z from 'zod';
import { JOB_STATUSES } from '../job';
import { Id } from './common';

/** A stairwell as the posters page lists it; a retired one gets no poster. */
export const PosterStairwell = z.strictObject({
  code: z.string(),
  estateName: z.string(),
  name: z.string(),
  retired: z.boolean(),
});

/** The communities the caller may make posters for (admin: all; a dispatcher: their own), with their stairwells. */
export const CommunitiesInput = z.strictObject({ action: z.literal('communities') });
export const CommunitiesOutput = z.strictObject({
  communities: z.array(z.strictObject({ communityId: z.string(), name: z.string(), stairwells: z.array(PosterStairwell) })),
});

/** A PDF in cloud storage: its fileID (mini-program: downloadFile) and a temporary URL (H5: download). */
export const PosterFile = z.strictObject({ fileID: z.string(), url: z.string(), pages: z.number().int() });

/** One stairwell's poster (its code generated once and kept, see `qrcodes`). */
export const OnePosterInput = z.strictObject({ action: z.literal('poster'), code: Id });
export const OnePosterOutput = PosterFile.extend({ code: z.string() });

/** Progress of a community's batch; `file` once it is done. */
export const BatchProgress = z.strictObject({
  jobId: z.string(),
  communityId: z.string(),
  status: z.enum(JOB_STATUSES),
  done: z.number().int(),
  total: z.number().int(),
  file: PosterFile.optional(),
});

/**
 * A community's posters, one A4 page per active stairwell: starts the batch or, asked again, continues
 * the same one by one more chunk (the same community and the same stairwells give the same job).
 */
export const BatchInput = z.strictObject({ action: z.literal('batch'), communityId: Id });

/** A batch's progress and, when done, its PDF (for whoever started it or may make that community's posters). */
export const PosterJobInput = z.strictObject({
  action: z.literal('job'),
  jobId: z.string().regex(/^posters_[0-9A-Za-z_-]{1,120}$/, '任务编号不正确'),
});

export const posterActions = {
  communities: { input: CommunitiesInput, output: CommunitiesOutput },
  poster: { input: OnePosterInput, output: OnePosterOutput },
  batch: { input: BatchInput, output: BatchProgress },
  job: { input: PosterJobInput, output: BatchProgress },
} as const;

export type BatchProgress = z.infer<typeof BatchProgress>;
export type PosterStairwell = z.infer<typeof PosterStairwell>;
