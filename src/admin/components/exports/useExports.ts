// 数据导出's state: the form (kind, format, range, community, personal data), the running export's
// progress, and the list of recent exports (insight.exports), reloaded when an export ends.
import { useCallback, useState } from 'react';
import type { ExportFormat, ExportKind } from '@/domain/insight/exports';
import type { ExportProgress } from '@/domain/schemas/insightExports';
import { useRemote } from '@/hooks/useRemote';
import { call, messageFor, newRequestId, shanghaiDate } from '@/services';
import { monthRange, runExport } from '@/services/exports';
import { openSheetFile } from '@/services/sheetFiles';

export interface ExportForm {
  kind: ExportKind;
  format: ExportFormat;
  fromDate: string;
  toDate: string;
  communityId?: string;
  personal: boolean;
}

const loadList = () => call('insight', { action: 'exports', page: 0 });

export function useExports() {
  const [form, setForm] = useState<ExportForm>({
    kind: 'wishes',
    format: 'xlsx',
    ...monthRange(shanghaiDate(new Date())),
    personal: false,
  });
  const [progress, setProgress] = useState<ExportProgress>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ code: string; message: string }>();
  const { state: list, reload } = useRemote(loadList);

  const drive = useCallback(
    async (jobId: string) => {
      const r = await runExport(call, jobId, setProgress);
      if (!r.ok) setError({ code: r.error.code, message: messageFor(r.error) });
      await reload();
    },
    [reload],
  );

  const start = useCallback(async () => {
    setBusy(true);
    setError(undefined);
    setProgress(undefined);
    const { communityId, ...rest } = form;
    const r = await call('insight', {
      action: 'export_start',
      ...rest,
      ...(communityId ? { communityId } : {}),
      requestId: newRequestId(),
    });
    if (!r.ok) setError({ code: r.error.code, message: messageFor(r.error) });
    else {
      setProgress(r.data);
      await drive(r.data.jobId);
    }
    setBusy(false);
  }, [form, drive]);

  /** 继续: an unfinished export of the list, stepped on from where it stopped. */
  const resume = useCallback(
    async (jobId: string) => {
      setBusy(true);
      setError(undefined);
      await drive(jobId);
      setBusy(false);
    },
    [drive],
  );

  /** 下载: a finished export's file (a fresh temporary URL from export_step). */
  const download = useCallback(async (jobId: string) => {
    const r = await call('insight', { action: 'export_step', jobId });
    if (!r.ok) return setError({ code: r.error.code, message: messageFor(r.error) });
    if (r.data.file) await openSheetFile(r.data.file.url, r.data.file.name);
  }, []);

  return { form, setForm, progress, busy, error, list, reload, start, resume, download };
}
