// Importing a community's elders from its spreadsheet (巡访对象导入), for the community's staff: the
// template, the dry run (every problem per row in Chinese) and the import as a resumable job, the same
// two phases as the organisation's import (cloudfunctions/sheets/importer.ts): the elders to write are
// staged under the job (`importRows`, invisible), one compare-and-set on the job is the commit point,
// then each call writes the next chunk and saves the count. A new elder is added (a redone chunk finds
// it there and skips it); a changed one is written with compare-and-set on the version it was checked
// at, registry fields only (the board's fields stay); an elder edited meanwhile keeps the edit.
import { randomBytes } from 'node:crypto';
import { fail, ok, type Result } from '../../src/domain/errors';
import { newJob } from '../../src/domain/job';
import { MAX_PROBLEMS, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { ELDER_COLUMNS, ELDER_SHEET_NAME } from '../../src/domain/visit/elderSheet';
import { getJob, recentJobs, startJob } from '../_lib/collections/jobs';
import type { Deps } from '../_lib/context';
import type { HandlerContext } from '../_lib/router';
import { publish } from '../_lib/sheetFiles';
import { exampleRows, writeColumnsXlsx } from '../_lib/sheets/write';
import { prepareElderSheet, sha, type Summary } from './elderSheet';
import { elderImportJobs, viewOf, type ImportJob, type Params, type View } from './elderImportJob';

export function elderImportHandlers(deps: Deps, keeps: (ctx: HandlerContext, communityId: string) => boolean) {
  const { cloud, db, ref } = deps;

  async function scoped(communityId: string, ctx: HandlerContext): Promise<Result<true>> {
    if (!(await ref.community(communityId))) return fail('COMMUNITY.NOT_FOUND', 'no such community');
    return keeps(ctx, communityId) ? ok(true) : fail('ELDER.OUT_OF_SCOPE', 'not a community this caller keeps');
  }

  const { run } = elderImportJobs(deps);

  return {
    elder_template: async (): Promise<Result<ActionOutput<'visit', 'elder_template'>>> =>
      ok(
        await publish(
          cloud,
          'templates',
          `${ELDER_SHEET_NAME}导入模板.xlsx`,
          await writeColumnsXlsx(ELDER_SHEET_NAME, ELDER_COLUMNS, exampleRows(ELDER_COLUMNS)),
        ),
      ),

    elder_check: async (
      input: ActionInput<'visit', 'elder_check'>,
      ctx: HandlerContext,
    ): Promise<Result<ActionOutput<'visit', 'elder_check'>>> => {
      const allowed = await scoped(input.communityId, ctx);
      if (!allowed.ok) return allowed;
      const prepared = await prepareElderSheet(deps, input.communityId, input.fileID, ctx.openid);
      if (!prepared.ok) return prepared;
      const { rows, problems, summary } = prepared.data;
      return ok({ rows, problems: problems.slice(0, MAX_PROBLEMS), more: Math.max(0, problems.length - MAX_PROBLEMS), summary });
    },

    elder_import: async (input: ActionInput<'visit', 'elder_import'>, ctx: HandlerContext): Promise<Result<View>> => {
      const allowed = await scoped(input.communityId, ctx);
      if (!allowed.ok) return allowed;
      // The same file still running for this caller (a reopened page pressing 导入 again): continue it,
      // never a second job over the same rows (new elders get random ids: two jobs would add them twice).
      const running = (await recentJobs<Params, Summary>(db, ctx.openid, 10)).find(
        (j) =>
          j.kind === 'elder_import' &&
          j.status === 'running' &&
          j.params.fileID === input.fileID &&
          j.params.communityId === input.communityId,
      );
      if (running) return ok(viewOf(await run(running)));
      const prepared = await prepareElderSheet(deps, input.communityId, input.fileID, ctx.openid);
      if (!prepared.ok) return prepared;
      const { problems, writes, summary, fingerprint } = prepared.data;
      if (problems.length) return fail('IMPORT.HAS_PROBLEMS', `${problems.length} problems; check first`);
      // The same file over the same elders is the same job (a double tap starts nothing new) unless that one failed.
      const sameId = `eimp-${sha(ctx.openid, fingerprint).slice(0, 40)}`;
      const failedBefore = (await getJob<Params, Summary>(db, sameId))?.status === 'failed';
      const id = failedBefore ? `${sameId}-${randomBytes(4).toString('hex')}` : sameId;
      const params: Params = { communityId: input.communityId, fileID: input.fileID, fingerprint, phase: 'staging', summary };
      const job = await startJob(db, newJob(id, 'elder_import', ctx.openid, writes.length, params, new Date()) as ImportJob);
      return ok(viewOf(await run(job, writes)));
    },

    elder_import_job: async (input: ActionInput<'visit', 'elder_import_job'>, ctx: HandlerContext): Promise<Result<View>> => {
      const found = await getJob<Params, Summary>(db, input.jobId);
      if (!found || found.kind !== 'elder_import' || found.by !== ctx.openid)
        return fail('JOB.NOT_FOUND', 'no such import job of the caller');
      return ok(viewOf(await run(found)));
    },
  };
}
