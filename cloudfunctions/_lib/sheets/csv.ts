// CSV as office software saves it: UTF-8 with or without a BOM, commas, "quoted" cells with "" inside,
// CRLF or LF. Hand-written so cells stay text (a phone keeps its digits, 0871-… its zero). Also the rows of read records.

import type { SheetRow } from '../../../src/domain/org/import';

export interface ReadSheet {
  /** The first row's cells, trimmed. */
  headers: string[];
  /** Data rows that have any value, numbered as the spreadsheet numbers them (the header is row 1). */
  rows: SheetRow[];
}

/** A CSV's records: record i is sheet row i + 1. */
export function fromRecords(records: readonly (readonly string[])[]): ReadSheet {
  const headers = (records[0] ?? []).map((h) => h.trim());
  const rows: SheetRow[] = [];
  records.slice(1).forEach((cells, i) => {
    const row = keyed(headers, cells);
    if (row) rows.push({ row: i + 2, values: row });
  });
  return { headers, rows };
}

/** Cells keyed by header; null when every cell is blank (an empty line is not a row). */
export function keyed(headers: readonly string[], cells: readonly string[]): Record<string, string> | null {
  const values: Record<string, string> = {};
  let any = false;
  headers.forEach((h, i) => {
    if (!h) return;
    values[h] = (cells[i] ?? '').trim();
    any ||= values[h] !== '';
  });
  return any ? values : null;
}

/** Records of cells, in order; a quoted cell may hold commas and line breaks. */
export function parseCsv(text: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let value = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        value += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else value += ch;
    } else if (ch === '"' && value === '') quoted = true;
    else if (ch === ',') {
      record.push(value);
      value = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      record.push(value);
      records.push(record);
      record = [];
      value = '';
    } else value += ch;
  }
  if (value !== '' || record.length) records.push([...record, value]);
  return records;
}

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/**
 * A cell a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a CR: CSV injection)
 * gets a leading ' so it shows as text; a plain number such as -5 stays as it is.
 */
export const inert = (cell: string): string => (/^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(\.\d+)?$/.test(cell) ? `'${cell}` : cell);

/** CSV with a BOM, so Excel opens the Chinese as UTF-8. */
export function writeCsv(records: readonly (readonly string[])[]): string {
  return '\uFEFF' + records.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}
