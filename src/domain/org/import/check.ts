// The dry run of an import: every row checked against the file itself and what is stored, before anything is written.
import { checkPlaces } from './check-places';
import { checkTeams } from './check-teams';
import { checkVolunteers } from './check-volunteers';
import type { ImportKind, SheetRow } from './columns';
import type { CheckResult, OrgSnapshot } from './types';

const CHECKS: Record<ImportKind, (rows: readonly SheetRow[], org: OrgSnapshot) => CheckResult> = {
  places: checkPlaces,
  teams: checkTeams,
  volunteers: checkVolunteers,
};

/** The normalized documents the rows describe, or every problem (row, column, a Chinese sentence) in row order. */
export function checkRows(kind: ImportKind, rows: readonly SheetRow[], existing: OrgSnapshot): CheckResult {
  const result = CHECKS[kind](rows, existing);
  return result.ok ? result : { ok: false, problems: [...result.problems].sort((a, b) => a.row - b.row) };
}
