// The demo street's places and teams are import sheets (database/demo/*.csv): the demo seed reads them
// (scripts/demo-data.ts). `npm run demo-sheets` rewrites them as the export writes what they seed, so an
// edited sheet is kept in the export's exact shape (a test checks they are).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCsvSheet } from '../cloudfunctions/_lib/sheets/write';
import { toRows, type OrgSnapshot } from '../src/domain/org/import';
import type { Database } from '../localcloud/store/database';
import { DEMO_SHEETS, DEMO_SHEETS_DIR, seedDemo } from './demo-data';

export { DEMO_SHEETS, DEMO_SHEETS_DIR };

/** The organisation the demo seed writes, caught by a stand-in store. */
export async function demoOrg(): Promise<OrgSnapshot> {
  const inserted: Record<string, unknown[]> = {};
  const store = {
    get: () => ({ docs: new Map() }),
    insert: async (name: string, docs: unknown[]) => void (inserted[name] = [...(inserted[name] ?? []), ...docs]),
  };
  await seedDemo(store as unknown as Database, new Date(Date.UTC(2026, 0, 1)));
  const of = <T>(name: string) => (inserted[name] ?? []) as T[];
  return {
    streets: of('streets'),
    communities: of('communities'),
    buildings: of('buildings'),
    teams: of('teams'),
    volunteers: of('volunteers'),
  };
}

/** The CSV text of each demo sheet, by file name. */
export async function demoSheets(): Promise<Record<string, string>> {
  const org = await demoOrg();
  return Object.fromEntries(DEMO_SHEETS.map((kind) => [`${kind}.csv`, writeCsvSheet(kind, toRows(kind, org))]));
}

async function main(): Promise<void> {
  mkdirSync(DEMO_SHEETS_DIR, { recursive: true });
  for (const [file, text] of Object.entries(await demoSheets())) {
    writeFileSync(join(DEMO_SHEETS_DIR, file), text);
    console.log(`wrote database/demo/${file}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
