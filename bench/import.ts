// Bench: a 5,000-row places sheet (5,000 stairwells of 20 new communities) imported through the real
// `sheets` function as the admin: seconds and database requests per row. Baseline, in the same run: the
// dry run of the same file (`check`: download, read, check, diff; nothing written), so the ratio is what
// staging and committing cost on top of reading and checking. The floor for requests is one write per document.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startLocalCloud } from '../localcloud';
import { writeXlsx } from '../cloudfunctions/_lib/sheets/write';
import { seedDemo } from '../scripts/demo-data';
import { importFile, putImportFile } from '../scripts/demo-import';
import { ratio } from './stats';

export const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 5000);

export function importSheetRows(n = IMPORT_ROWS): Record<string, string>[] {
  return Array.from({ length: n }, (_, i) => ({
    街道: '洗马河街道',
    社区: `第${(i % 20) + 1}社区`,
    小区: `第${(i % 7) + 1}小区`,
    '楼栋/单元': `${i + 1}栋`,
    楼栋码: `P-${String(i).padStart(5, '0')}`,
    码已含单元: i % 2 ? '是' : '否',
  }));
}

export async function measureImport(functionsDir: string) {
  const cloud = await startLocalCloud({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'msb-bench-import-')), functionsDir, quiet: true });
  try {
    await seedDemo(cloud.db);
    const fileID = await putImportFile(cloud, await writeXlsx('places', importSheetRows()), 'xlsx');
    const count = (from: number) => cloud.log.since(from).filter((e) => e.fn === 'sheets').length;

    let mark = cloud.log.last;
    const t0 = performance.now();
    const r = await cloud.host.invoke('sheets', { action: 'check', kind: 'places', fileID }, { source: 'wx_client', openid: 'demo-admin' });
    const checkS = (performance.now() - t0) / 1000;
    if (!r.ok || !(r.result as { ok: boolean }).ok) throw new Error(`bench import: check failed ${JSON.stringify(r)}`);
    const checkRequests = count(mark);

    mark = cloud.log.last;
    const t1 = performance.now();
    const job = await importFile(cloud, 'demo-admin', 'places', fileID);
    const applyS = (performance.now() - t1) / 1000;
    if (job.status !== 'done') throw new Error(`bench import: ${job.status} ${job.error?.code ?? ''}`);
    const requests = count(mark);
    return {
      rows: IMPORT_ROWS,
      documents: job.total,
      'apply s': Number(applyS.toFixed(2)),
      'check s (baseline)': Number(checkS.toFixed(2)),
      'apply/check ratio': ratio(applyS, checkS),
      'requests per row': Number((requests / IMPORT_ROWS).toFixed(3)),
      'check requests': checkRequests,
      'requests / documents written (floor 1)': ratio(requests, job.total),
    };
  } finally {
    await cloud.stop();
  }
}
