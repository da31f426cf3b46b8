// The dashboard's figures beyond wishes: a month's volunteers, activities and visits (kept in the month's
// snapshot with the wish figures), and the year's party members below their hours by branch (live).
// Pure: the insight function reads the counts with aggregate pipelines; definitions.ts says what each means.
import { partyOrder } from '../bank/reviews';
import type { SignUpStatus } from '../activity/activity';
import type { VisitStatus } from '../visit/order';
import type { MonthFigures, Ratio } from './figures';

export interface ServiceFigures {
  volunteers: { registered: number; active: number };
  /** held: activities; attendance: attended of signed-up (person-times). */
  activities: { held: number; attendance: Ratio };
  /** due: visit orders due in the month (the plan); done; missed. */
  visits: { due: number; done: number; missed: number };
}
export const SERVICE_KEYS = ['volunteers', 'activities', 'visits'] as const;

/** Sign-ups that held a place (报名): not waiting, not withdrawn. */
const PLACED: readonly SignUpStatus[] = ['signed_up', 'checked_in', 'checked_out', 'attended', 'no_show'];

/** Attendance from the held activities' sign-ups counted by status. */
export function attendanceOf(byStatus: Readonly<Record<string, number>>): Ratio {
  const den = PLACED.reduce((s, k) => s + (byStatus[k] ?? 0), 0);
  return { num: byStatus.attended ?? 0, den };
}

/** The plan against what was done, from the month's visit orders counted by status. */
export function visitsOf(byStatus: Readonly<Partial<Record<VisitStatus, number>>>): ServiceFigures['visits'] {
  const done = byStatus.done ?? 0;
  const missed = byStatus.missed ?? 0;
  return { due: done + missed + (byStatus.planned ?? 0), done, missed };
}

/** True when a kept snapshot's figures lack this section (made before these figures existed). */
export const lacksService = (figures: Partial<ServiceFigures>): boolean => SERVICE_KEYS.some((k) => figures[k] === undefined);

export interface PartyBranch {
  members: number;
  below: number;
}

/**
 * Party members below the year's required hours, per branch (their home community), from the members
 * and their minutes this year — ordered and judged by partyOrder, as the party hours list (bank.party_hours).
 */
export function partyByBranch(
  members: readonly { _id: string; communityId: string }[],
  minutesOf: ReadonlyMap<string, number>,
  requiredHours: number,
): Record<string, PartyBranch> {
  const out: Record<string, PartyBranch> = {};
  const rows = partyOrder(
    members.map((v) => ({ openid: v._id, communityId: v.communityId, minutes: minutesOf.get(v._id) ?? 0 })),
    requiredHours,
  );
  for (const r of rows) {
    const b = (out[r.communityId] ??= { members: 0, below: 0 });
    b.members++;
    if (r.below) b.below++;
  }
  return out;
}

/** One month as the dashboard shows it: the wish figures and the figures beyond wishes. */
export type DashboardMonth = MonthFigures & ServiceFigures;
