// `sheets` function: spreadsheet import and export of places, teams and volunteers (admin only).
// check is the dry run (nothing written); apply starts an import job that job continues chunk by chunk.
import * as z from 'zod';
import { IMPORT_KINDS } from '../org/import/columns';
import { Id, IsoDate } from './common';

const Kind = z.enum(IMPORT_KINDS, { error: '请选择要导入的内容' });

/**
 * An uploaded sheet: a fileID under `imports/` (where the page uploads), XLSX or CSV. Other storage
 * (wish photos, exports) cannot be named here.
 */
export const ImportFileId = z
  .string()
  .max(300)
  .regex(/^cloud:\/\/[A-Za-z0-9._-]+\/imports\/[A-Za-z0-9_-]{1,80}\.(xlsx|csv)$/, '请重新选择文件');

/** A file made in storage for the admin to download: its fileID, a temporary URL and a name to save it as. */
export const SheetFile = z.strictObject({ fileID: z.string(), url: z.string(), name: z.string() });

export const Summary = z.strictObject({ create: z.number().int(), update: z.number().int(), unchanged: z.number().int() });

export const ProblemView = z.strictObject({ row: z.number().int(), column: z.string(), message: z.string() });

/** At most this many problems are listed; `more` counts the rest. */
export const MAX_PROBLEMS = 1000;

export const TemplateInput = z.strictObject({ action: z.literal('template'), kind: Kind });

export const CheckInput = z.strictObject({ action: z.literal('check'), kind: Kind, fileID: ImportFileId });
export const CheckOutput = z.strictObject({
  rows: z.number().int(),
  /** Every problem in row order (the first MAX_PROBLEMS); empty when the file may be applied. */
  problems: z.array(ProblemView),
  more: z.number().int(),
  /** What apply would do, by documents (a places row may also add a community or street); zero while there are problems. */
  summary: Summary,
});

export const ImportJobView = z.strictObject({
  jobId: z.string(),
  kind: Kind,
  status: z.enum(['running', 'done', 'failed']),
  /** Documents written so far and in all (only new and changed ones are written). */
  done: z.number().int(),
  total: z.number().int(),
  summary: Summary,
  createdAt: IsoDate,
  error: z.strictObject({ code: z.string(), message: z.string() }).optional(),
});
export type ImportJobView = z.infer<typeof ImportJobView>;

export const ApplyInput = z.strictObject({ action: z.literal('apply'), kind: Kind, fileID: ImportFileId });
export const ImportJobInput = z.strictObject({ action: z.literal('job'), jobId: Id });
export const JobsInput = z.strictObject({ action: z.literal('jobs') });
export const JobsOutput = z.strictObject({ items: z.array(ImportJobView) });

export const ExportInput = z.strictObject({
  action: z.literal('export'),
  kind: Kind,
  format: z.enum(['xlsx', 'csv'], { error: '请选择 Excel 或 CSV' }).optional(),
});
export const ExportOutput = SheetFile.extend({ rows: z.number().int() });

export const sheetsActions = {
  template: { input: TemplateInput, output: SheetFile },
  check: { input: CheckInput, output: CheckOutput },
  apply: { input: ApplyInput, output: ImportJobView },
  job: { input: ImportJobInput, output: ImportJobView },
  jobs: { input: JobsInput, output: JobsOutput },
  export: { input: ExportInput, output: ExportOutput },
} as const;
