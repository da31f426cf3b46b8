// An export as a job (src/domain/job.ts), the posters' chunk-and-resume pattern: each call reads the next
// EXPORT_CHUNK documents after the saved cursor, stores that chunk's rows as a part in cloud storage
// (exports/<jobId>/part-<offset>.csv: a chunk redone after a crash writes the same part again) and saves
// the cursor with compare-and-set on the job's version. The call that reads the end joins the parts into
// one XLSX or CSV at exports/<jobId>.<format>, completes the export record, then drops the parts. The hours
// are a tally per volunteer kept in the job, written as rows at the end.
import { createHash } from 'node:crypto';
import { cellsOf, EXPORT_CHUNK, EXPORT_COLUMNS, exportFileName, headersOf } from '../../src/domain/insight/exports';
import type { ExportFormat, ExportKind } from '../../src/domain/insight/exports';
import type { HoursTally } from '../../src/domain/insight/exportRows';
import type { Job } from '../../src/domain/job';
import { finishExportRecord } from '../_lib/collections/exportRecords';
import { getJob, saveJob } from '../_lib/collections/jobs';
import { readRange, type RangeCursor } from '../_lib/collections/ranges';
import type { Deps } from '../_lib/context';
import { download, remove, upload } from '../_lib/poster/files';
import { inert, parseCsv, writeCsv } from '../_lib/sheets/csv';
import { writeColumnsXlsx } from '../_lib/sheets/write';
import { hoursOf, rowsOf, sourceOf, type Scope } from './exportSources';

export interface ExportParams {
  kind: ExportKind;
  format: ExportFormat;
  fromDate: string;
  toDate: string;
  /** The instants of the range, [from, to), ISO. */
  from: string;
  to: string;
  scope: Scope;
  personal: boolean;
  cursor: RangeCursor;
  /** The parts stored so far (fileIDs, in order). */
  parts: string[];
  /** Hours only: minutes and services per volunteer so far. */
  tally: HoursTally;
}
export interface ExportResult {
  fileID: string;
  name: string;
  rows: number;
}
export type ExportJob = Job<ExportParams, ExportResult>;

/** The same caller's same request is the same export. */
export const exportJobId = (openid: string, requestId: string) =>
  `exp_${createHash('sha256').update(`${openid}:${requestId}`).digest('hex').slice(0, 24)}`;

const partPath = (jobId: string, offset: number) => `exports/${jobId}/part-${offset}.csv`;
const filePath = (jobId: string, format: ExportFormat) => `exports/${jobId}.${format}`;

/** The whole file from every row's cells (masked already), in the export's format. */
async function fileOf(p: ExportParams, records: string[][]): Promise<Buffer> {
  if (p.format === 'csv') return Buffer.from(writeCsv([headersOf(p.kind), ...records].map((r) => r.map(inert))), 'utf8');
  const headers = headersOf(p.kind);
  const columns = EXPORT_COLUMNS[p.kind].map((c) => ({ header: c.header, width: c.width, required: false, example: '' }));
  return writeColumnsXlsx(
    '导出',
    columns,
    records.map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i] ?? '']))),
  );
}

/** Does the next chunk (and, at the end, the file); answers the job as stored afterwards. */
export async function stepExport(deps: Deps, job: ExportJob, now: () => Date): Promise<ExportJob> {
  if (job.status !== 'running') return job;
  const { cloud, db } = deps;
  const p = job.params;
  const source = sourceOf(deps, p.kind, p.scope, new Date(p.from), new Date(p.to));
  const { docs, cursor } = await readRange<{ _id: string }>(db, source, p.cursor, EXPORT_CHUNK);
  const tally: HoursTally = { ...p.tally };
  const cells = (await rowsOf(deps, p.kind, docs, tally)).map((r) => cellsOf(p.kind, r, p.personal));
  const last = docs.length < EXPORT_CHUNK;
  const done = job.done + docs.length;
  let parts = p.parts;
  let result: ExportResult | undefined;
  if (last) {
    const earlier = (await Promise.all(p.parts.map((id) => download(cloud, id)))).flatMap((b) => parseCsv(b.toString('utf8')));
    const tail = p.kind === 'hours' ? (await hoursOf(deps, tally, p.scope)).map((r) => cellsOf(p.kind, r, p.personal)) : cells;
    const records = [...earlier, ...tail];
    const fileID = await upload(cloud, filePath(job._id, p.format), await fileOf(p, records));
    result = { fileID, name: exportFileName(p.kind, p.format, p.fromDate, p.toDate), rows: records.length };
  } else if (cells.length) {
    parts = [...parts, await upload(cloud, partPath(job._id, job.done), Buffer.from(writeCsv(cells), 'utf8'))];
  }
  const at = now();
  const next: ExportJob = {
    ...job,
    done,
    total: last ? done : Math.max(job.total, done + 1),
    status: last ? 'done' : 'running',
    params: { ...p, cursor, parts, tally },
    updatedAt: at,
    version: job.version + 1,
    ...(result ? { result } : {}),
  };
  if (!(await saveJob(db, job, next))) return (await getJob<ExportParams, ExportResult>(db, job._id)) ?? job;
  if (result) {
    await finishExportRecord(db, job._id, { finishedAt: at, rows: result.rows, fileID: result.fileID });
    await remove(cloud, p.parts);
  }
  return next;
}
