// `insight.month_report`: 月报 — one filing month's figures as a PDF and an XLSX for the street office,
// for the same scope as the dashboard. Content: src/domain/insight/report.ts.
import * as z from 'zod';
import { Id, IsoDate, RequestId } from './common';
import { YearMonth } from './recognition';

export const MonthReportInput = z.strictObject({
  action: z.literal('month_report'),
  month: YearMonth,
  /** One community; absent: every community the caller reads (the street for an admin). */
  communityId: Id.optional(),
  /** A month not yet settled: a retry with the same requestId answers the same files. */
  requestId: RequestId.optional(),
});

const StoredFile = z.strictObject({ fileID: z.string(), url: z.string() });

export const MonthReportOutput = z.strictObject({
  month: z.string(),
  scope: z.union([z.literal('all'), z.array(z.string())]),
  title: z.string(),
  pdf: StoredFile,
  xlsx: StoredFile,
  madeAt: IsoDate,
  /** The month is settled: its figures are the snapshot's and these files are made once. */
  settled: z.boolean(),
  /** The files were made by an earlier request (this one made none). */
  reused: z.boolean(),
});

export const monthReportActions = {
  month_report: { input: MonthReportInput, output: MonthReportOutput },
};
