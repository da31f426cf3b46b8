// The dry run of an import: every row checked against the file itself and what is stored, before anything is written.
import { checkPlaces } from './check-places';
import { checkTeams } from './check-teams';
import { checkVolunteers } from './check-volunteers';
import type { ImportKind, SheetRow } from './columns';
import type { CheckResult, OrgSnapshot } from './types';
import type { NewId } from './values';

const CHECKS: Record<ImportKind, (rows: readonly SheetRow[], org: OrgSnapshot, newId: NewId) => CheckResult> = {
  places: checkPlaces,
  teams: checkTeams,
  volunteers: checkVolunteers,
};

const noNewId: NewId = () => {
  throw new Error('checkRows: a new volunteer needs an id generator (newId)');
};

/**
 * The normalized documents the rows describe, or every problem (row, column, a Chinese sentence) in row
 * order. `newId` names new volunteers (random ids come from outside, like "now").
 */
export function checkRows(kind: ImportKind, rows: readonly SheetRow[], existing: OrgSnapshot, newId: NewId = noNewId): CheckResult {
  const result = CHECKS[kind](rows, existing, newId);
  return result.ok ? result : { ok: false, problems: [...result.problems].sort((a, b) => a.row - b.row) };
}
