// The import sheets (导入模板): which columns each kind of sheet has, with the Chinese header an office
// worker sees, whether it must be filled, and the example row of the downloadable template.

export const IMPORT_KINDS = ['places', 'teams', 'volunteers'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface Column {
  /** The header in the sheet's first row: what the reader keys each row's values by. */
  header: string;
  required: boolean;
  /** The template's example value. */
  example: string;
  /** Column width in the template, in characters. */
  width: number;
}

const col = (header: string, required: boolean, example: string, width = 14): Column => ({ header, required, example, width });

export const COLUMNS: Record<ImportKind, readonly Column[]> = {
  // One row per stairwell; a community's own fields repeat on each of its rows (first row counts, others must agree).
  places: [
    col('街道', true, '洗马河街道'),
    col('社区', true, '金鼎社区'),
    col('社区电话', false, '0871-63120012'),
    col('新时代文明实践站', false, '金鼎社区新时代文明实践站', 24),
    col('服务日', false, '每周三'),
    col('小区', true, '翠湖小区'),
    col('楼栋/单元', true, '3栋2单元'),
    col('楼栋码', true, 'B-0012'),
    col('码已含单元', true, '是', 12),
    // Optional ids (blank for something new): an export carries them, so a renamed community or street
    // updates the stored one instead of adding another.
    col('社区编号', false, '', 16),
    col('街道编号', false, '', 16),
    col('街道电话', false, '0871-63120000'),
  ],
  teams: [
    col('队伍名称', true, '乐修匠志愿服务队', 22),
    col('类型', false, '专业队伍'),
    col('上级队伍', false, '洗马河志愿服务支队', 22),
    col('专长', false, '乐修匠、综合服务', 22),
    col('服务社区', false, '金鼎社区、青云社区', 22),
    col('是否启用', false, '是', 10),
    // Optional id (blank for a new team): a renamed team keeps its id, its members and its orders.
    col('队伍编号', false, '', 16),
  ],
  volunteers: [
    col('姓名', true, '李明', 10),
    col('手机号', true, '13800000002'),
    col('社区', true, '金鼎社区'),
    col('专长', false, '乐修匠、跑腿代办', 22),
    col('党员', false, '否', 8),
  ],
};

export const SHEET_NAMES: Record<ImportKind, string> = { places: '楼栋', teams: '队伍', volunteers: '志愿者' };

/** A data row as read from a sheet: its row number in the sheet (the header is row 1) and its values by header. */
export interface SheetRow {
  row: number;
  values: Record<string, string>;
}

/** One thing wrong in the file. `message` is the whole sentence shown to the admin. */
export interface Problem {
  row: number;
  column: string;
  message: string;
}

export const problem = (row: number, column: string, what: string): Problem => ({
  row,
  column,
  message: `第 ${row} 行「${column}」${what}`,
});

/** Required columns missing from the header row (reported once, on row 1). */
export const checkHeaders = (kind: ImportKind, headers: readonly string[]): Problem[] => checkHeadersOf(COLUMNS[kind], headers);

/** The same for any sheet's columns (the elders' sheet keeps its own). */
export function checkHeadersOf(columns: readonly Column[], headers: readonly string[]): Problem[] {
  const have = new Set(headers.map((h) => h.trim()));
  return columns.filter((c) => c.required && !have.has(c.header)).map((c) => problem(1, c.header, '这一列没有找到，请用导入模板'));
}
