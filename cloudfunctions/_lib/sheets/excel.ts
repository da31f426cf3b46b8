// exceljs loads on a function's first sheet, not when its instance starts. Bank, visit and insight
// bundle it for one or two actions each (a statement, the elders' sheet, an export), yet every cold
// start of those functions evaluated all of it: about 200 ms of CPU before the first passbook or visit
// answered (`npm run bench`, "function bundles"). Types come from `import type ExcelJS from 'exceljs'`.
import type ExcelJS from 'exceljs';

export async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
