// `poster`: stairwell QR codes and printable A4 posters (楼道二维码海报). The router lets admins and
// dispatchers in; each handler then keeps a dispatcher to their own communities (posterCommunities).
import { fail, ok, type Result } from '../../src/domain/errors';
import type { Job } from '../../src/domain/job';
import { activeStairwells, mayMakePosters, posterCommunities, posterOrder } from '../../src/domain/poster';
import type { ActionInput, ActionOutput, BatchProgress } from '../../src/domain/schemas';
import { getJob } from '../_lib/collections/jobs';
import { setup } from '../_lib/context';
import { logFailure } from '../_lib/log';
import type { BatchJob, BatchParams, BatchResult } from '../_lib/poster/batch';
import { codeImages, CodeFailed } from '../_lib/poster/codes';
import { posterPath, tempUrl, upload } from '../_lib/poster/files';
import { pageOf } from '../_lib/poster/pages';
import { respond } from '../_lib/respond';
import { route, type HandlerContext } from '../_lib/router';

const deps = setup();
const { cloud, db, ref } = deps;

const scopeOf = (ctx: HandlerContext) => posterCommunities(ctx.roles ?? [], ctx.grants ?? []);

async function communities(_input: unknown, ctx: HandlerContext): Promise<Result<ActionOutput<'poster', 'communities'>>> {
  const scope = scopeOf(ctx);
  const [list, buildings] = await Promise.all([ref.communities(), ref.buildings()]);
  return ok({
    communities: list
      .filter((c) => mayMakePosters(scope, c._id))
      .sort((a, b) => (a._id < b._id ? -1 : 1))
      .map((c) => ({
        communityId: c._id,
        name: c.name,
        stairwells: posterOrder(buildings.filter((b) => b.communityId === c._id)).map((b) => ({
          code: b._id,
          estateName: b.estateName,
          name: b.name,
          retired: b.retired === true,
        })),
      })),
  });
}

/** getUnlimited failing is WeChat's trouble, not a bug: a code the page can say something about. */
async function guarded<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await work();
  } catch (err) {
    if (!(err instanceof CodeFailed)) throw err;
    logFailure('poster', 'wxacode.getUnlimited', err);
    return fail('POSTER.CODE_FAILED', 'wxacode.getUnlimited failed');
  }
}

async function poster(input: ActionInput<'poster', 'poster'>, ctx: HandlerContext): Promise<Result<ActionOutput<'poster', 'poster'>>> {
  const building = await ref.building(input.code);
  if (!building) return fail('BUILDING.NOT_FOUND', 'no such stairwell');
  if (!mayMakePosters(scopeOf(ctx), building.communityId)) return fail('AUTH.FORBIDDEN', 'not a community of the caller');
  if (building.retired) return fail('POSTER.RETIRED', 'a retired stairwell gets no poster');
  return guarded(async () => {
    // pdf-lib and fontkit load with the first poster drawn: the list of communities and a batch's progress need neither.
    const { renderPosters } = await import('../_lib/poster/render');
    const images = await codeImages(cloud, db, [building._id], new Date());
    const pdf = await renderPosters([await pageOf(ref, building)], async (scene) => images.get(scene) ?? new Uint8Array());
    const fileID = await upload(cloud, posterPath(building._id), pdf);
    return ok({ code: building._id, fileID, url: await tempUrl(cloud, fileID), pages: 1 });
  });
}

async function progressOf(job: BatchJob): Promise<BatchProgress> {
  const { result } = job;
  return {
    jobId: job._id,
    communityId: job.params.communityId,
    status: job.status,
    done: job.done,
    total: job.total,
    ...(job.status === 'done' && result
      ? { file: { fileID: result.fileID, url: await tempUrl(cloud, result.fileID), pages: result.pages } }
      : {}),
  };
}

async function batch(input: ActionInput<'poster', 'batch'>, ctx: HandlerContext): Promise<Result<BatchProgress>> {
  const community = await ref.community(input.communityId);
  if (!community) return fail('POSTER.COMMUNITY_NOT_FOUND', 'no such community');
  if (!mayMakePosters(scopeOf(ctx), community._id)) return fail('AUTH.FORBIDDEN', 'not a community of the caller');
  const stairwells = posterOrder(activeStairwells((await ref.buildings()).filter((b) => b.communityId === community._id)));
  if (stairwells.length === 0) return fail('POSTER.NO_STAIRWELLS', 'no active stairwell in the community');
  const pages = await Promise.all(stairwells.map((b) => pageOf(ref, b)));
  return guarded(async () => {
    const { openBatch, stepBatch } = await import('../_lib/poster/batch');
    const job = await openBatch(db, ctx.openid, community._id, pages, new Date());
    return ok(await progressOf(await stepBatch(cloud, db, job, () => new Date())));
  });
}

async function job(input: ActionInput<'poster', 'job'>, ctx: HandlerContext): Promise<Result<BatchProgress>> {
  const found = await getJob<BatchParams, BatchResult>(db, input.jobId);
  // Another community's job looks like a missing one (whoever may make its posters may read it).
  if (!found || (found as Job).kind !== 'posters' || (found.by !== ctx.openid && !mayMakePosters(scopeOf(ctx), found.params.communityId)))
    return fail('POSTER.JOB_NOT_FOUND', 'no such job');
  return ok(await progressOf(found));
}

export const main = respond('poster', route('poster', { communities, poster, batch, job }, deps));
