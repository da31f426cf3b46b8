// `importRows/{jobId}:{n}`: an import's checked documents, staged before any of them is visible. Only
// the import job reads them; nothing else in the product does. Committed in `n` order, then dropped.
import type { DB } from 'wx-server-sdk';
import type { ImportRecord } from '../../../src/domain/org/import';
import { collection } from './names';

/** A staged document: an organisation import's record, or (the elders' import) any `{ collection, doc }`. */
export interface StagedRow<Rec = ImportRecord> {
  _id: string;
  jobId: string;
  n: number;
  record: Rec;
}

/** Rows per insert request while staging. */
const STAGE_BATCH = 500;

/** Stages the records (any earlier staging of this job is dropped first, so staging can be redone). */
export async function stageRecords<Rec = ImportRecord>(db: DB.Database, jobId: string, records: readonly Rec[]): Promise<void> {
  await dropStaged(db, jobId);
  for (let i = 0; i < records.length; i += STAGE_BATCH) {
    const data = records.slice(i, i + STAGE_BATCH).map((record, k) => ({ _id: `${jobId}:${i + k}`, jobId, n: i + k, record }));
    await collection(db, 'importRows').add({ data: data as unknown as Record<string, unknown> });
  }
}

/** Up to `limit` staged rows from number `from` on, in order. */
export async function stagedFrom<Rec = ImportRecord>(
  db: DB.Database,
  jobId: string,
  from: number,
  limit: number,
): Promise<StagedRow<Rec>[]> {
  const _ = db.command;
  const { data } = (await collection(db, 'importRows')
    .where({ jobId, n: _.gte(from) })
    .orderBy('n', 'asc')
    .limit(limit)
    .get()) as unknown as { data: StagedRow<Rec>[] };
  return data;
}

export async function dropStaged(db: DB.Database, jobId: string): Promise<void> {
  await collection(db, 'importRows').where({ jobId }).remove();
}

/** Writes one staged document over the live one (replace or create: doing it twice is the same). */
export async function commitRow(db: DB.Database, row: StagedRow): Promise<void> {
  const { _id, ...data } = row.record.doc;
  await collection(db, row.record.collection).doc(_id).set({ data });
}
