// 导出: `export_start` records the export and opens its job (nothing read yet but a count), `export_step`
// does one chunk (exportJob.ts), `exports` lists the records: the caller's, or everyone's for an admin.
// Scope as the dashboard: an admin the street, a dispatcher their communities; the ledger is the
// street's (admins only). Personal data only when asked for and allowed (mayExportPersonal).
import { fail, ok, type Result } from '../../src/domain/errors';
import { adminOnly, EXPORT_MAX_ROWS, exportFileName, exportScope, exportSpan, mayExportPersonal } from '../../src/domain/insight/exports';
import { newJob } from '../../src/domain/job';
import type { ActionInput, ActionOutput, ExportProgress } from '../../src/domain/schemas';
import { exportRecords, recordExport } from '../_lib/collections/exportRecords';
import { getJob, jobsByIds, startJob } from '../_lib/collections/jobs';
import { countRange } from '../_lib/collections/ranges';
import type { Deps } from '../_lib/context';
import { peopleNamer } from '../_lib/names';
import { tempUrl } from '../_lib/poster/files';
import type { HandlerContext } from '../_lib/router';
import { exportJobId, stepExport, type ExportJob, type ExportParams, type ExportResult } from './exportJob';
import { sourceOf } from './exportSources';

const PAGE = 20;
const isAdmin = (ctx: HandlerContext) => ctx.roles?.includes('admin') === true;

export function exportHandlers(deps: Deps) {
  const { cloud, db, ref } = deps;

  async function progressOf(job: ExportJob): Promise<ExportProgress> {
    const { result } = job;
    return {
      jobId: job._id,
      status: job.status,
      done: job.done,
      total: job.total,
      personal: job.params.personal,
      ...(job.status === 'done' && result ? { file: { ...result, url: await tempUrl(cloud, result.fileID) } } : {}),
    };
  }

  /** The caller's export job (an admin's: anyone's); another's reads as missing. */
  async function jobOf(jobId: string, ctx: HandlerContext): Promise<Result<ExportJob>> {
    const job = await getJob<ExportParams, ExportResult>(db, jobId);
    if (!job || job.kind !== 'export' || (job.by !== ctx.openid && !isAdmin(ctx))) return fail('EXPORT.NOT_FOUND', 'no such export');
    return ok(job);
  }

  return {
    export_start: async (input: ActionInput<'insight', 'export_start'>, ctx: HandlerContext): Promise<Result<ExportProgress>> => {
      const span = exportSpan(input.fromDate, input.toDate);
      if (!span) return fail('EXPORT.BAD_RANGE', `dates ${input.fromDate}..${input.toDate}`);
      if (adminOnly(input.kind) && !isAdmin(ctx)) return fail('AUTH.FORBIDDEN', 'the ledger is exported by admins');
      const jobId = exportJobId(ctx.openid, input.requestId);
      const existing = await getJob<ExportParams, ExportResult>(db, jobId);
      if (existing) return existing.kind === 'export' ? ok(await progressOf(existing as ExportJob)) : fail('EXPORT.NOT_FOUND', 'taken id');

      const communities = (await ref.communities()).map((c) => c._id);
      const caller = { roles: ctx.roles ?? [], grants: ctx.grants ?? [] };
      const scope = adminOnly(input.kind) ? 'all' : exportScope(caller, input.communityId, new Set(communities));
      if (!scope || (scope !== 'all' && scope.length === 0)) return fail('COMMUNITY.NOT_FOUND', 'no such community in scope');
      const total = await countRange(db, sourceOf(deps, input.kind, scope, span.from, span.to));
      if (total > EXPORT_MAX_ROWS) return fail('EXPORT.TOO_MANY_ROWS', `${total} rows, at most ${EXPORT_MAX_ROWS}`);

      const now = new Date();
      const personal = input.personal === true && mayExportPersonal(caller, scope, communities);
      const params: ExportParams = {
        kind: input.kind,
        format: input.format,
        fromDate: input.fromDate,
        toDate: input.toDate,
        from: span.from.toISOString(),
        to: span.to.toISOString(),
        scope,
        personal,
        cursor: { tie: 0 },
        parts: [],
        tally: {},
      };
      // Recorded before any row is read: an export that never finishes is on the record too.
      await recordExport(db, {
        _id: jobId,
        by: ctx.openid,
        kind: input.kind,
        format: input.format,
        fromDate: input.fromDate,
        toDate: input.toDate,
        scope,
        personal,
        startedAt: now,
      });
      // Running even when the count is 0: the first step writes the file with its headers.
      const job = { ...newJob<ExportParams>(jobId, 'export', ctx.openid, total, params, now), status: 'running' as const };
      return ok(await progressOf((await startJob(db, job)) as ExportJob));
    },

    export_step: async (input: ActionInput<'insight', 'export_step'>, ctx: HandlerContext): Promise<Result<ExportProgress>> => {
      const job = await jobOf(input.jobId, ctx);
      if (!job.ok) return job;
      return ok(await progressOf(await stepExport(deps, job.data, () => new Date())));
    },

    exports: async (input: ActionInput<'insight', 'exports'>, ctx: HandlerContext): Promise<Result<ActionOutput<'insight', 'exports'>>> => {
      const { items, page, hasMore } = await exportRecords(db, isAdmin(ctx) ? 'all' : ctx.openid, input.page, PAGE);
      const unfinished = items.filter((r) => !r.finishedAt).map((r) => r._id);
      const [names, jobs] = await Promise.all([
        peopleNamer(
          deps,
          items.map((r) => r.by),
        ),
        jobsByIds<ExportParams, ExportResult>(db, unfinished),
      ]);
      const jobById = new Map(jobs.map((j) => [j._id, j]));
      return ok({
        items: items.map((r) => {
          const job = jobById.get(r._id);
          const status = r.finishedAt ? 'done' : (job?.status ?? 'failed');
          return {
            jobId: r._id,
            kind: r.kind,
            format: r.format,
            fromDate: r.fromDate,
            toDate: r.toDate,
            scope: r.scope,
            personal: r.personal,
            by: { name: names.name(r.by), mine: r.by === ctx.openid },
            status,
            done: r.finishedAt ? (r.rows ?? 0) : (job?.done ?? 0),
            total: r.finishedAt ? (r.rows ?? 0) : (job?.total ?? 0),
            ...(r.rows !== undefined ? { rows: r.rows } : {}),
            name: exportFileName(r.kind, r.format, r.fromDate, r.toDate),
            startedAt: new Date(r.startedAt).toISOString(),
            ...(r.finishedAt ? { finishedAt: new Date(r.finishedAt).toISOString() } : {}),
          };
        }),
        page,
        hasMore,
      });
    },
  };
}
