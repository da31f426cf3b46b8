// `insight` exports (导出): start an export of one kind for a range of business days and a scope, step it one
// chunk at a time (progress x / y), and list the export records. Columns: src/domain/insight/exports.ts.
import * as z from 'zod';
import { EXPORT_FORMATS, EXPORT_KINDS } from '../insight/exports';
import { JOB_STATUSES } from '../job';
import { DateString, Id, IsoDate, Page, RequestId } from './common';

export const ExportJobId = z.string().regex(/^exp_[0-9a-f]{24}$/, '任务编号不正确');

export const ExportStartInput = z.strictObject({
  action: z.literal('export_start'),
  kind: z.enum(EXPORT_KINDS, { error: '请选择导出内容' }),
  format: z.enum(EXPORT_FORMATS, { error: '请选择文件格式' }),
  fromDate: DateString,
  toDate: DateString,
  /** One community; absent: every community the caller reads (the street for an admin). */
  communityId: Id.optional(),
  /** Ask for names, phones and rooms in full (written only for who keeps every community in scope). */
  personal: z.boolean().optional(),
  /** The same request (a double tap, a retry) continues the same export. */
  requestId: RequestId,
});

export const ExportStepInput = z.strictObject({ action: z.literal('export_step'), jobId: ExportJobId });

const Count = z.number().int().min(0);

/** An export's progress; `file` once it is done (a temporary URL for H5, the fileID for the mini-program). */
export const ExportProgress = z.strictObject({
  jobId: z.string(),
  status: z.enum(JOB_STATUSES),
  done: Count,
  total: Count,
  /** Whether names, phones and rooms are in full. */
  personal: z.boolean(),
  file: z.strictObject({ fileID: z.string(), url: z.string(), name: z.string(), rows: Count }).optional(),
});

export const ExportsInput = z.strictObject({ action: z.literal('exports'), page: Page });

export const ExportRecordView = z.strictObject({
  jobId: z.string(),
  kind: z.enum(EXPORT_KINDS, { error: '请选择导出内容' }),
  format: z.enum(EXPORT_FORMATS, { error: '请选择文件格式' }),
  fromDate: z.string(),
  toDate: z.string(),
  /** 'all' (the street) or the communities exported. */
  scope: z.union([z.literal('all'), z.array(z.string())]),
  personal: z.boolean(),
  by: z.strictObject({ name: z.string(), mine: z.boolean() }),
  status: z.enum(JOB_STATUSES),
  done: Count,
  total: Count,
  rows: Count.optional(),
  name: z.string(),
  startedAt: IsoDate,
  finishedAt: IsoDate.optional(),
});

export const ExportsOutput = z.strictObject({ items: z.array(ExportRecordView), page: z.number().int(), hasMore: z.boolean() });

export const exportActions = {
  export_start: { input: ExportStartInput, output: ExportProgress },
  export_step: { input: ExportStepInput, output: ExportProgress },
  exports: { input: ExportsInput, output: ExportsOutput },
};

export type ExportProgress = z.infer<typeof ExportProgress>;
export type ExportRecordView = z.infer<typeof ExportRecordView>;
