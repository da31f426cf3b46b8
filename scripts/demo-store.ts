// The demo as a store folder (database/demo/store, the export format of localcloud/store/dump.ts): what
// `npm start` imports into an empty data folder. The seed stays code (scripts/demo-data.ts);
// `npm run demo:export` runs it at a fixed anchor and writes the folder, and a test checks the committed
// folder is what the seed writes now. Its dates are relative to the anchor: an import moves them to today
// (whole days; the activities' coming dates by whole weeks, so 周六 stays a Saturday).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Database } from '../localcloud/store/database';
import { exportStore, type ExportSummary } from '../localcloud/store/dump';
import type { RelativeDates } from '../localcloud/store/dump-format';
import { loadManifest } from '../localcloud/store/manifest';
import { seedDemo } from './demo-data';

export const DEMO_STORE_DIR = path.resolve(__dirname, '../database/demo/store');
/** Monday 2026-01-05 00:00 in Asia/Shanghai: "now" of the committed demo. */
export const DEMO_ANCHOR = new Date('2026-01-04T16:00:00.000Z');
export const DEMO_RELATIVE: RelativeDates = { anchor: DEMO_ANCHOR.toISOString(), zoneOffsetMinutes: 480, weekAligned: ['activities'] };

/** Seeds a scratch store at the anchor and exports it to `dir` (replacing it). */
export async function writeDemoStore(dir = DEMO_STORE_DIR): Promise<ExportSummary> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'msb-demo-'));
  const db = new Database(path.join(scratch, 'db'), loadManifest());
  try {
    db.open();
    await seedDemo(db, DEMO_ANCHOR, { org: true, welcomePoints: true, history: true, activities: true });
    return await exportStore(db, scratch, dir, { at: DEMO_ANCHOR, relative: DEMO_RELATIVE, force: true });
  } finally {
    db.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const s = await writeDemoStore();
  console.log(`已写入演示数据：${path.relative(process.cwd(), s.dir)}（${s.collections} 个集合，${s.documents} 条文档）`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
