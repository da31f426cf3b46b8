// The merchant's monthly statement (月结账单) as XLSX: Chinese headers, one row per confirmed redemption, a total.
import { loadExcel } from './excel';

export interface StatementRow {
  at: string;
  itemName: string;
  points: number;
  reservationId: string;
}

export async function writeStatementXlsx(title: string, rows: readonly StatementRow[]): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = '码上办';
  workbook.created = workbook.modified = new Date(Date.UTC(2026, 0, 1));
  const sheet = workbook.addWorksheet('月结账单', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([title]).font = { bold: true, size: 14 };
  [20, 24, 10, 34].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  const header = sheet.addRow(['核销时间', '兑换商品', '积分', '预约编号']);
  header.font = { bold: true, size: 12 };
  for (const r of rows) sheet.addRow([r.at, r.itemName, r.points, r.reservationId]);
  sheet.addRow(['合计', `${rows.length} 笔`, rows.reduce((s, r) => s + r.points, 0), '']).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
