// 数据导出: an export runs as a job; `insight.export_step` does one chunk a call, so the client calls it
// until the job is done, showing the progress after each chunk. Opening the file: sheetFiles.openSheetFile.
import type { Result } from '../domain/errors';
import type { ExportProgress } from '../domain/schemas/insightExports';
import type { Call } from './client';

/** Calls `insight.export_step` until the export is done (or fails), telling `onProgress` after every chunk. */
export async function runExport(
  call: Call,
  jobId: string,
  onProgress: (p: ExportProgress) => void,
  maxCalls = 1000,
): Promise<Result<ExportProgress>> {
  let last: Result<ExportProgress> | undefined;
  for (let i = 0; i < maxCalls; i++) {
    last = await call('insight', { action: 'export_step', jobId });
    if (!last.ok) return last;
    onProgress(last.data);
    if (last.data.status !== 'running') return last;
  }
  return last ?? { ok: false, error: { code: 'INTERNAL.ERROR', message: 'no call made' } };
}

/** The first and last day of the month `back` months before the one of `today` (YYYY-MM-DD). */
export function monthRange(today: string, back = 0): { fromDate: string; toDate: string } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) - back;
  const year = Math.floor(i / 12);
  const month = (i % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const mm = String(month).padStart(2, '0');
  return { fromDate: `${year}-${mm}-01`, toDate: back === 0 ? today : `${year}-${mm}-${String(last).padStart(2, '0')}` };
}
