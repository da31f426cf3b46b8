// Reading an uploaded elders' sheet and checking it against the community as stored now (the dry run,
// and the first step of every import): the problems, or the elders to write and a fingerprint of the
// file and the stored elders and volunteers it was checked against.
import { createHash, randomBytes } from 'node:crypto';
import { ok } from '../../src/domain/errors';
import type { Elder } from '../../src/domain/visit/elder';
import { checkElderHeaders, checkElderSheet, type ElderChange } from '../../src/domain/visit/elderSheet';
import { eldersOf } from '../_lib/collections/elders';
import { registeredVolunteersOf } from '../_lib/collections/volunteers';
import type { Deps } from '../_lib/context';
import { readUpload } from '../_lib/sheetFiles';

export type Summary = Record<ElderChange, number>;
/** An elder staged under an import job (`importRows`). */
export interface Staged {
  collection: 'elders';
  doc: Elder;
  change: 'create' | 'update';
}

export const sha = (...parts: (string | Buffer)[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex');
};

/** Reads the file and checks it against the community as stored now: the problems, or the elders to write. */
export async function prepareElderSheet(deps: Deps, communityId: string, fileID: string, by: string) {
  const { cloud, db, ref } = deps;
  const upload = await readUpload(cloud, fileID);
  if (!upload.ok) return upload;
  const { headers, rows } = upload.data.sheet;
  const [places, volunteers, elders] = await Promise.all([
    ref.buildings().then((all) => all.filter((b) => b.communityId === communityId)),
    registeredVolunteersOf(db, communityId),
    eldersOf(db, communityId),
  ]);
  const stored = elders.map((e) => [e._id, e.version, e.active]);
  const fingerprint = sha(communityId, sha(upload.data.bytes), JSON.stringify([stored, volunteers.map((v) => [v._id, v.phone, v.name])]));
  const none: Summary = { create: 0, update: 0, unchanged: 0 };
  const headerProblems = checkElderHeaders(headers);
  const problemsOnly = (problems: { row: number; column: string; message: string }[]) =>
    ok({ rows: rows.length, problems, writes: [] as Staged[], summary: none, fingerprint });
  if (headerProblems.length) return problemsOnly(headerProblems);
  if (!rows.length) return problemsOnly([{ row: 2, column: '', message: '表格里没有数据，请从第 2 行起逐行填写' }]);
  const newId = (prefix: string) => `${prefix}-${randomBytes(12).toString('base64url')}`;
  const checked = checkElderSheet(rows, { communityId, places, volunteers, elders, by, now: new Date(), newId });
  if (!checked.ok) return problemsOnly(checked.problems);
  const summary: Summary = { ...none };
  for (const e of checked.elders) summary[e.change]++;
  const writes = checked.elders.flatMap((e) =>
    e.change === 'unchanged' ? [] : [{ collection: 'elders' as const, doc: e.elder, change: e.change }],
  );
  return ok({ rows: rows.length, problems: [], writes, summary, fingerprint });
}
