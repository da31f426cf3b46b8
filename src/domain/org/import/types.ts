// What an import reads against and produces: the organisation as stored, and the documents a file
// would write (each a whole document: imported fields over the stored one, so untouched fields stay).
import type { Team, Volunteer } from '../../team/team';
import type { Building, Community, Street } from '../places';
import type { Problem } from './columns';

export interface OrgSnapshot {
  streets: readonly Street[];
  communities: readonly Community[];
  buildings: readonly Building[];
  teams: readonly Team[];
  volunteers: readonly Volunteer[];
  /** Codes of deleted stairwells: never given out again. */
  retiredCodes?: readonly string[];
  /** The sponsor of a new community when no other community of its street has one. */
  defaultSponsorId?: string;
}

export type ImportRecord =
  | { collection: 'streets'; doc: Street }
  | { collection: 'communities'; doc: Community }
  | { collection: 'buildings'; doc: Building }
  | { collection: 'teams'; doc: Team }
  | { collection: 'volunteers'; doc: Volunteer };

export type CheckResult = { ok: true; records: ImportRecord[] } | { ok: false; problems: Problem[] };

/** A row's trimmed cell, '' when absent. */
export const cell = (values: Record<string, string>, header: string): string => (values[header] ?? '').trim();

/** Drops keys whose value is undefined, so a blank optional cell leaves no field behind. */
export function compact<T extends object>(doc: T): T {
  return Object.fromEntries(Object.entries(doc).filter(([, v]) => v !== undefined)) as T;
}
