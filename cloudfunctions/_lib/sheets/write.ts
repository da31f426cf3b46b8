// Writes the import template (Chinese headers, one example row) and exports in the same shape, as XLSX or CSV.
import type ExcelJS from 'exceljs';
import { COLUMNS, SHEET_NAMES, type Column, type ExportRow, type ImportKind } from '../../../src/domain/org/import';
import { writeCsv } from './csv';
import { loadExcel } from './excel';

export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };

/** One sheet: styled header row, wide columns, every cell text (a phone stays digits), then the rows. */
export const writeXlsx = (kind: ImportKind, rows: readonly ExportRow[]): Promise<Buffer> =>
  writeColumnsXlsx(SHEET_NAMES[kind], COLUMNS[kind], rows);

/** The same for any sheet's columns (the elders' sheet of the visit function keeps its own). */
export async function writeColumnsXlsx(name: string, columns: readonly Column[], rows: readonly ExportRow[]): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = '码上办';
  // Fixed dates, so the same rows give the same file.
  workbook.created = workbook.modified = new Date(Date.UTC(2026, 0, 1));
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.header, width: c.width, style: { numFmt: '@' } }));
  const header = sheet.getRow(1);
  header.font = { bold: true, size: 12 };
  header.height = 22;
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', horizontal: 'center' };
    if (c.required) cell.note = '必填';
  });
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function writeCsvSheet(kind: ImportKind, rows: readonly ExportRow[]): string {
  const headers = COLUMNS[kind].map((c) => c.header);
  return writeCsv([headers, ...rows.map((r) => headers.map((h) => r[h] ?? ''))]);
}

/** The downloadable template: the headers and one example row. */
export const templateRows = (kind: ImportKind): ExportRow[] => exampleRows(COLUMNS[kind]);
export const exampleRows = (columns: readonly Column[]): ExportRow[] => [Object.fromEntries(columns.map((c) => [c.header, c.example]))];

export const writeTemplate = (kind: ImportKind): Promise<Buffer> => writeXlsx(kind, templateRows(kind));
