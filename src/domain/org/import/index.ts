// Spreadsheet import and export of places, teams and volunteers (pure: the sheet files are read and written in cloudfunctions/_lib/sheets).
export { checkHeaders, COLUMNS, IMPORT_KINDS, SHEET_NAMES, type Column, type ImportKind, type Problem, type SheetRow } from './columns';
export { checkRows } from './check';
export { countChanges, diffRecords, type Change, type RecordChange } from './diff';
export { toRows, type ExportRow } from './export';
export type { CheckResult, ImportRecord, OrgSnapshot } from './types';
export { isImportId, type NewId } from './values';
