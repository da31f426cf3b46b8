// 月报: one filing month's figures for the caller's scope (as the dashboard reads them: the same shared
// figuresOf), the last six months for the chart, and up to five notable cases without personal data,
// made into a PDF and an XLSX and stored. A settled month's files are made once and recorded
// (monthlyReports): asking again answers them. An unsettled month is made afresh, unless a retry
// carries the same requestId.
import { fail, ok, type Result } from '../../src/domain/errors';
import { isSettled } from '../../src/domain/insight/figures';
import { placeName } from '../../src/domain/insight/place';
import { caseText, MAX_CASES, monthsUpTo, reportContent, TREND_MONTHS, type NotableCase } from '../../src/domain/insight/report';
import type { ActionInput, ActionOutput } from '../../src/domain/schemas';
import { businessMonth, monthStart, nextMonth } from '../../src/domain/time';
import { snapshotId } from '../_lib/collections/insight';
import { keepReport, notableWishes, reportOf, type NotableWish } from '../_lib/collections/monthlyReports';
import type { Deps } from '../_lib/context';
import { figuresOf, readableScope, type Scope } from '../_lib/insight/figures';
import { writeReportXlsx } from '../_lib/sheets/monthReport';
import { tempUrl, upload } from '../_lib/poster/files';
import type { HandlerContext } from '../_lib/router';

type Out = ActionOutput<'insight', 'month_report'>;

export function monthReportHandlers(deps: Deps) {
  const { cloud, db, ref } = deps;

  async function notableCases(scope: Scope, month: string): Promise<NotableCase[]> {
    const found = await notableWishes(db, scope, monthStart(month), monthStart(nextMonth(month)), MAX_CASES);
    const [communities, teams] = await Promise.all([ref.communities(), ref.teams()]);
    const name = (list: Array<{ _id: string; name: string }>, id?: string) => list.find((x) => x._id === id)?.name ?? '—';
    return found.map((w: NotableWish) => ({
      category: w.category,
      community: name(communities, w.communityId),
      team: name(teams, w.teamId),
      filedAt: new Date(w.createdAt),
      ...(w.completion?.at ? { servedAt: new Date(w.completion.at) } : {}),
      text: caseText(w.description, [w.contact?.name ?? '', w.helper?.name ?? '']),
    }));
  }

  async function make(month: string, scope: Scope, key: string, now: Date) {
    const months = monthsUpTo(month, TREND_MONTHS);
    const trend = [];
    for (const m of months) trend.push(await figuresOf(deps, m, scope, now)); // one read each, in turn
    const figures = trend[trend.length - 1]!;
    const [communities, teams, streets] = await Promise.all([ref.communities(), ref.teams(), ref.streets()]);
    const content = reportContent(
      figures,
      trend,
      {
        place: placeName(scope, communities, streets),
        communities: Object.fromEntries(communities.map((c) => [c._id, c.name])),
        teams: Object.fromEntries(teams.map((t) => [t._id, t.name])),
      },
      await notableCases(scope, month),
      now,
    );
    // pdf-lib and fontkit load with the first report, not with every dashboard instance (exceljs: sheets/excel.ts).
    const { renderReport } = await import('../_lib/insight/reportPdf');
    const [pdf, xlsx] = await Promise.all([renderReport(content), writeReportXlsx(content)]);
    const base = `reports/${month}/${key}`;
    return {
      title: content.title,
      pdf: await upload(cloud, `${base}.pdf`, pdf),
      xlsx: await upload(cloud, `${base}.xlsx`, new Uint8Array(xlsx)),
    };
  }

  return {
    month_report: async (input: ActionInput<'insight', 'month_report'>, ctx: HandlerContext): Promise<Result<Out>> => {
      const now = new Date();
      if (input.month > businessMonth(now)) return fail('INSIGHT.BAD_MONTH', `month ${input.month} after the current one`);
      const scope = await readableScope(deps, ctx, input.communityId);
      if (!scope) return fail('COMMUNITY.NOT_FOUND', 'no such community in scope');
      const settled = isSettled(input.month, now);
      const scopeKey = snapshotId(input.month, scope).slice(input.month.length + 1);
      // A settled month: one record per month and scope. Unsettled: per request, when it names one.
      const id = settled ? snapshotId(input.month, scope) : input.requestId && `${snapshotId(input.month, scope)}:${input.requestId}`;
      let record = id ? await reportOf(db, id) : null;
      const reused = record !== null;
      if (!record) {
        const key = `${scopeKey.replace(/\+/g, '_')}${settled ? '' : `-${input.requestId ?? now.getTime()}`}`;
        const made = await make(input.month, scope, key, now);
        record = { _id: id || '', month: input.month, scope: scopeKey, ...made, madeAt: now };
        if (id) record = await keepReport(db, record);
      }
      return ok({
        month: input.month,
        scope,
        title: record.title,
        pdf: { fileID: record.pdf, url: await tempUrl(cloud, record.pdf) },
        xlsx: { fileID: record.xlsx, url: await tempUrl(cloud, record.xlsx) },
        madeAt: new Date(record.madeAt).toISOString(),
        settled,
        reused,
      });
    },
  };
}
