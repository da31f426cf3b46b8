// `insight`: the street's figures (数据看板) for the centre — per month, over a range of filing months,
// for the street (admin) or the caller's communities (dispatcher). Definitions: src/domain/insight/definitions.ts.
import * as z from 'zod';
import { Id, IsoDate } from './common';
import { monthReportActions } from './insightReport';
import { exportActions } from './insightExports';
import { YearMonth } from './recognition';

/** At most this many months in one request (two years). */
export const INSIGHT_MAX_MONTHS = 24;

export const DashboardInput = z.strictObject({
  action: z.literal('dashboard'),
  /** One community; absent: every community the caller reads (the street for an admin). */
  communityId: Id.optional(),
  fromMonth: YearMonth,
  toMonth: YearMonth,
});

const Count = z.number().int().min(0);
const Ratio = z.strictObject({ num: Count, den: Count });
const Counts = z.record(z.string(), Count);
const Minutes = z.number().int().min(0).nullable();

export const MonthFiguresSchema = z.strictObject({
  month: z.string(),
  filed: Count,
  byStatus: Counts,
  byCategory: Counts,
  byCommunity: z.record(z.string(), z.strictObject({ filed: Count, served: Count })),
  byStairwell: z.record(z.string(), z.strictObject({ filed: Count, served: Count })),
  byTeam: z.record(z.string(), z.strictObject({ orders: Count, served: Count, minutes: Count })),
  rates: z.strictObject({ response: Ratio, resolution: Ratio, satisfaction: Ratio }),
  medians: z.strictObject({ toDispatch: Minutes, toClaim: Minutes, toComplete: Minutes }),
  minutesServed: Count,
  /** Beyond wishes (src/domain/insight/service.ts): volunteers of the scope's communities, activities held, visits due. */
  volunteers: z.strictObject({ registered: Count, active: Count }),
  activities: z.strictObject({ held: Count, attendance: Ratio }),
  visits: z.strictObject({ due: Count, done: Count, missed: Count }),
  /** A closed month read from its snapshot: when the snapshot was made (its figures are as of then). */
  frozenAt: IsoDate.optional(),
});

const Definition = z.strictObject({ label: z.string(), definition: z.string() });

export const DashboardOutput = z.strictObject({
  /** The communities read: one, the caller's, or 'all' (the street). */
  scope: z.union([z.literal('all'), z.array(z.string())]),
  /** The current business month: its figures are live, the months before it come from snapshots. */
  currentMonth: z.string(),
  months: z.array(MonthFiguresSchema),
  /** Each figure's name and definition, shown next to it. */
  definitions: z.strictObject({
    response: Definition,
    resolution: Definition,
    satisfaction: Definition,
    toDispatch: Definition,
    toClaim: Definition,
    toComplete: Definition,
    served: Definition,
    registered: Definition,
    active: Definition,
    held: Definition,
    attendance: Definition,
    visits: Definition,
    party: Definition,
  }),
  /** This year to date (live, not per month): party members below the required hours, per branch (community). */
  party: z.strictObject({
    year: z.number().int(),
    requiredHours: z.number().int(),
    branches: z.record(z.string(), z.strictObject({ members: Count, below: Count })),
    /** A read reached its bound (see docs/DOMAIN.md): the counts may be short. */
    partial: z.boolean(),
  }),
  /** The communities the caller may pick (their scope, whichever one this answer is for). */
  communities: z.array(z.strictObject({ id: z.string(), name: z.string() })),
  /** Names for the tables' keys (communities, stairwells, teams) in scope. */
  names: z.strictObject({
    communities: z.record(z.string(), z.string()),
    teams: z.record(z.string(), z.string()),
    stairwells: z.record(z.string(), z.string()),
  }),
});

export const insightActions = {
  dashboard: { input: DashboardInput, output: DashboardOutput },
  ...monthReportActions,
  ...exportActions,
};
