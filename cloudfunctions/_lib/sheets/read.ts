// Reads an uploaded XLSX or CSV into header-keyed rows with their row numbers, for checkRows.
import type ExcelJS from 'exceljs';
import type { SheetRow } from '../../../src/domain/org/import';
import { fromRecords, keyed, parseCsv, type ReadSheet } from './csv';
import { loadExcel } from './excel';

export { fromRecords, type ReadSheet };

export type SheetFormat = 'xlsx' | 'csv';

export async function readSheet(data: Buffer | ArrayBuffer, format: SheetFormat): Promise<ReadSheet> {
  const buffer = Buffer.isBuffer(data) ? data : Buffer.from(data);
  return format === 'csv' ? fromRecords(parseCsv(buffer.toString('utf8'))) : readXlsx(buffer);
}

async function readXlsx(buffer: Buffer): Promise<ReadSheet> {
  const workbook = new (await loadExcel()).Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { headers: [], rows: [] };
  const width = sheet.columnCount;
  const cellsOf = (r: ExcelJS.Row) => Array.from({ length: width }, (_, i) => cellText(r.getCell(i + 1).value));
  const headers = cellsOf(sheet.getRow(1)).map((h) => h.trim());
  const rows: SheetRow[] = [];
  sheet.eachRow((r, number) => {
    if (number === 1) return;
    const values = keyed(headers, cellsOf(r));
    if (values) rows.push({ row: number, values });
  });
  return { headers, rows };
}

/** What a cell shows, as text: rich text joined, a formula's result, a link's text, a date as YYYY-MM-DD. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  return '';
}
