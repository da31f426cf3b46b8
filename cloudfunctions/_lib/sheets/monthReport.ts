// The monthly report as a workbook in the shape the street office passes on: 概况 (the figures with their
// definitions, and counts by status), 分类, 社区, 队伍, 近六个月 (the chart's data), 典型案例.
import type ExcelJS from 'exceljs';
import { REPORT_SYSTEM, type ReportContent, type ReportTable } from '../../../src/domain/insight/report';
import { loadExcel } from './excel';
import { HEADER_FILL } from './write';

export const REPORT_SHEETS = ['概况', '分类', '社区', '队伍', '近六个月', '典型案例'] as const;

/** Numbers stay numbers (a 「12」 cell sums in Excel); everything else is text. */
const cell = (v: string): string | number => (/^\d+(\.\d+)?$/.test(v) ? Number(v) : v);

function addTable(sheet: ExcelJS.Worksheet, table: ReportTable): void {
  const header = sheet.addRow(table.headers);
  header.font = { bold: true };
  header.eachCell((c) => {
    c.fill = HEADER_FILL;
    c.alignment = { vertical: 'middle', horizontal: 'center' };
  });
  for (const row of table.rows) sheet.addRow(row.map(cell));
  if (table.rows.length === 0) sheet.addRow(['（无）']);
}

function sheetOf(book: ExcelJS.Workbook, name: string, widths: readonly number[]): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name);
  sheet.columns = widths.map((width) => ({ width }));
  return sheet;
}

export async function writeReportXlsx(c: ReportContent): Promise<Buffer> {
  const book = new (await loadExcel()).Workbook();
  book.creator = REPORT_SYSTEM;
  book.created = book.modified = new Date(Date.UTC(2026, 0, 1));
  const [summary, categories, communities, teams, trend, cases] = REPORT_SHEETS;

  const s = sheetOf(book, summary, [22, 22, 80]);
  s.addRow([c.title]).font = { bold: true, size: 14 };
  s.addRow(['统计期间', c.period]);
  s.addRow(['生成时间', c.generatedAt]);
  s.addRow(['生成系统', REPORT_SYSTEM]);
  s.addRow([]);
  addTable(s, c.summary);
  s.addRow([]);
  addTable(s, c.byStatus);
  s.getColumn(3).alignment = { wrapText: true, vertical: 'top' };

  addTable(sheetOf(book, categories, [20, 12]), c.byCategory);
  addTable(sheetOf(book, communities, [24, 12, 12, 12]), c.byCommunity);
  addTable(sheetOf(book, teams, [24, 12, 12, 12]), c.byTeam);
  addTable(sheetOf(book, trend, [14, 12, 12]), {
    title: trend,
    headers: ['月份', '提交', '完成'],
    rows: c.trend.map((t) => [t.month, String(t.filed), String(t.served)]),
  });
  const k = sheetOf(book, cases, [12, 14, 16, 12, 12, 70]);
  addTable(k, c.cases);
  k.getColumn(6).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await book.xlsx.writeBuffer());
}
