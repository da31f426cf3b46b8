// Reading an uploaded sheet and checking it against what is stored now (the dry run, and the first step
// of every apply): the problems, or the documents to write and a fingerprint of the file and the data.
import { createHash, randomBytes } from 'node:crypto';
import type * as Cloud from 'wx-server-sdk';
import type { DB } from 'wx-server-sdk';
import { ok, type Result } from '../../src/domain/errors';
import {
  checkHeaders,
  checkRows,
  countChanges,
  diffRecords,
  type ImportKind,
  type ImportRecord,
  type NewId,
  type Problem,
} from '../../src/domain/org/import';
import type { ImportJobView } from '../../src/domain/schemas';
import { loadOrg } from '../_lib/collections/org';
import { readUpload } from '../_lib/sheetFiles';

type Summary = ImportJobView['summary'];

/** New volunteers get random ids (never derived from the mobile). */
const newId: NewId = (prefix) => `${prefix}-${randomBytes(9).toString('base64url')}`;
export const sha = (...parts: (string | Buffer)[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex');
};

export interface Prepared {
  rows: number;
  problems: Problem[];
  writes: ImportRecord[];
  summary: Summary;
  fingerprint: string;
}

/** Reads the file and checks it against what is stored now: the problems, or the documents to write. */
export async function prepare(cloud: typeof Cloud, db: DB.Database, kind: ImportKind, fileID: string): Promise<Result<Prepared>> {
  const upload = await readUpload(cloud, fileID);
  if (!upload.ok) return upload;
  const { headers, rows } = upload.data.sheet;
  const org = await loadOrg(db, kind === 'volunteers');
  const fingerprint = sha(kind, sha(upload.data.bytes), JSON.stringify(org));
  const none: Summary = { create: 0, update: 0, unchanged: 0 };
  const headerProblems = checkHeaders(kind, headers);
  if (headerProblems.length) return ok({ rows: rows.length, problems: headerProblems, writes: [], summary: none, fingerprint });
  if (!rows.length) {
    const problems = [{ row: 2, column: '', message: '表格里没有数据，请从第 2 行起逐行填写' }];
    return ok({ rows: 0, problems, writes: [], summary: none, fingerprint });
  }
  const checked = checkRows(kind, rows, org, newId);
  if (!checked.ok) return ok({ rows: rows.length, problems: checked.problems, writes: [], summary: none, fingerprint });
  const changes = diffRecords(checked.records, org);
  const writes = changes.filter((c) => c.change !== 'unchanged').map(({ change: _c, ...record }) => record as ImportRecord);
  return ok({ rows: rows.length, problems: [], writes, summary: countChanges(changes), fingerprint });
}
