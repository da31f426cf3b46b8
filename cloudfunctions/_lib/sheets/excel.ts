// exceljs loads with a function's first sheet, not when its instance starts. Bank, visit and insight
// bundle it for one or two actions each (a statement, the elders' sheet, an export), yet every cold
// start of those functions ran all of it: ~90 CPU-ms more before the first passbook or visit answered
// (loading bank's bundle: 322 ms, now 232; tests/functions-build/cold-start.test.ts keeps it so).
import type ExcelJS from 'exceljs';

export async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
