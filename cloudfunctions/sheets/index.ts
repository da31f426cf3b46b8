// `sheets`: spreadsheet import and export of places, teams and volunteers (the admin's 批量导入).
// The router lets only admins in; a timer every ten minutes finishes imports nobody continued.
import { ok, type Result } from '../../src/domain/errors';
import { SHEET_NAMES, toRows } from '../../src/domain/org/import';
import type { ActionInput, ActionOutput } from '../../src/domain/schemas';
import { loadOrg } from '../_lib/collections/org';
import { setup } from '../_lib/context';
import { respond } from '../_lib/respond';
import { route } from '../_lib/router';
import { isTimerInvocation } from '../_lib/timer';
import { writeCsvSheet, writeTemplate, writeXlsx } from '../_lib/sheets/write';
import { publish } from '../_lib/sheetFiles';
import { importHandlers } from './importer';

const deps = setup();
const { cloud, db } = deps;

async function template(input: ActionInput<'sheets', 'template'>): Promise<Result<ActionOutput<'sheets', 'template'>>> {
  return ok(await publish(cloud, 'templates', `${SHEET_NAMES[input.kind]}导入模板.xlsx`, await writeTemplate(input.kind)));
}

async function exportSheet(input: ActionInput<'sheets', 'export'>): Promise<Result<ActionOutput<'sheets', 'export'>>> {
  const rows = toRows(input.kind, await loadOrg(db, input.kind === 'volunteers'));
  const format = input.format ?? 'xlsx';
  const content = format === 'xlsx' ? await writeXlsx(input.kind, rows) : Buffer.from(writeCsvSheet(input.kind, rows), 'utf8');
  return ok({ ...(await publish(cloud, 'exports', `${SHEET_NAMES[input.kind]}导出.${format}`, content)), rows: rows.length });
}

const imports = importHandlers(cloud, db);
const routed = route('sheets', { template, export: exportSheet, ...imports.handlers }, deps);

// The timer finishes imports left past their commit point (see importer.ts); clients go through the router.
export const main = respond('sheets', async (event, context) =>
  isTimerInvocation(event, cloud.getWXContext()) ? { ok: true, data: await imports.sweep() } : routed(event, context),
);
