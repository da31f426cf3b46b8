// `exportRecords/{jobId}`: every export (导出), who made it, of what, for which scope and range, whether
// personal data was in it, how many rows and when it started and finished. Written when the export
// starts (so an unfinished one is recorded too) and completed by the call that writes the file.
import type { DB } from 'wx-server-sdk';
import type { ExportFormat, ExportKind } from '../../../src/domain/insight/exports';
import { getDoc, getPage } from '../db';
import { collection } from './names';

export interface ExportRecord {
  _id: string;
  by: string;
  kind: ExportKind;
  format: ExportFormat;
  fromDate: string;
  toDate: string;
  scope: 'all' | string[];
  personal: boolean;
  startedAt: Date;
  finishedAt?: Date;
  rows?: number;
  fileID?: string;
}

export const getExportRecord = (db: DB.Database, id: string) => getDoc<ExportRecord>(db, 'exportRecords', id);

/** Records it once (a retried start finds it written). */
export async function recordExport(db: DB.Database, record: ExportRecord): Promise<void> {
  if (await getExportRecord(db, record._id)) return;
  try {
    await collection(db, 'exportRecords').add({ data: record });
  } catch {
    // written by a concurrent start of the same request: theirs stands
  }
}

export const finishExportRecord = (db: DB.Database, id: string, data: Pick<ExportRecord, 'finishedAt' | 'rows' | 'fileID'>) =>
  collection(db, 'exportRecords').doc(id).update({ data });

/** Newest first: the caller's (index by_1_startedAt_-1) or, for an admin, everyone's (startedAt_-1). */
export const exportRecords = (db: DB.Database, by: string | 'all', page: number, size: number) =>
  getPage<ExportRecord>(
    (by === 'all' ? collection(db, 'exportRecords') : collection(db, 'exportRecords').where({ by })).orderBy('startedAt', 'desc'),
    page,
    size,
  );
