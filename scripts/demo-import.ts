// Imports sheets through the real `sheets` function, as a person, on a running local cloud: the file is
// put in storage under imports/ (as the page's upload does), then apply is called and the job continued
// until it ends. Tests import the demo's places and teams this way, as demo-admin (tests/functions/import.test.ts).
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import type { LocalCloud } from '../localcloud';
import { DEFAULT_ENV_ID } from '../localcloud/host/function-host';
import { makeFileId, writeFileDurably } from '../localcloud/storage';
import type { ImportKind } from '../src/domain/org/import';
import type { ImportJobView } from '../src/domain/schemas';
import { DEMO_SHEETS, demoSheetText } from './demo-data';

/** Puts a file into the local cloud's storage at imports/<random>.<ext> and answers its fileID. */
export async function putImportFile(cloud: LocalCloud, bytes: Buffer, ext: 'xlsx' | 'csv'): Promise<string> {
  const cloudPath = `imports/${randomBytes(8).toString('hex')}.${ext}`;
  await writeFileDurably(cloud.dataDir, DEFAULT_ENV_ID, cloudPath, Readable.from([bytes]));
  return makeFileId(DEFAULT_ENV_ID, cloudPath);
}

type Answer<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

/** One call of the sheets function as `openid`; throws when the host or the function fails. */
async function call<T>(cloud: LocalCloud, openid: string, event: Record<string, unknown>): Promise<T> {
  const r = await cloud.host.invoke('sheets', event, { source: 'wx_client', openid });
  if (!r.ok) throw new Error(`sheets.${String(event.action)}: ${r.code} ${r.message}`);
  const answer = r.result as Answer<T>;
  if (!answer.ok) throw new Error(`sheets.${String(event.action)}: ${answer.error.code} ${answer.error.message}`);
  return answer.data;
}

/** apply, then job until the import is done (or has failed); answers the last progress. */
export async function importFile(cloud: LocalCloud, openid: string, kind: ImportKind, fileID: string): Promise<ImportJobView> {
  let job = await call<ImportJobView>(cloud, openid, { action: 'apply', kind, fileID });
  while (job.status === 'running') job = await call<ImportJobView>(cloud, openid, { action: 'job', jobId: job.jobId });
  return job;
}

/** The demo's places, then teams (which name the places' communities), through the function as demo-admin. */
export async function importDemoSheets(cloud: LocalCloud, openid = 'demo-admin'): Promise<ImportJobView[]> {
  const done: ImportJobView[] = [];
  for (const kind of DEMO_SHEETS) {
    const job = await importFile(cloud, openid, kind, await putImportFile(cloud, Buffer.from(demoSheetText(kind), 'utf8'), 'csv'));
    if (job.status !== 'done') throw new Error(`demo ${kind}: ${job.error?.code ?? job.status}`);
    done.push(job);
  }
  return done;
}
