// Visit plans (巡访计划) as configuration (settings key `visits`): by age band and tags, how often a
// phone call (电话问候) and a home visit (上门巡访) are due. An elder matching several rules gets the
// most frequent of each kind. Defaults follow seed 000's practice: 60–69 a monthly call and a
// quarterly visit; 70–79 a call every two weeks and a monthly visit; 80+ or living alone a weekly call
// and a visit every two weeks.
import * as z from 'zod';
import { ageOf, ELDER_TAGS, type Elder } from './elder';

const days = (max: number) => z.number().int().min(1).max(max);

export const VisitRule = z.strictObject({
  label: z.string().min(1).max(20),
  minAge: z.number().int().min(60).max(120),
  /** Inclusive; absent: no upper bound. */
  maxAge: z.number().int().min(60).max(120).optional(),
  /** Matches an elder with any of these tags whatever the age (e.g. 独居). */
  tags: z.array(z.enum(ELDER_TAGS)).max(ELDER_TAGS.length).optional(),
  callEveryDays: days(366),
  homeEveryDays: days(366),
});
export type VisitRule = z.infer<typeof VisitRule>;

export const VisitSettings = z.strictObject({
  rules: z.array(VisitRule).min(1).max(20),
  /** The scheduler creates orders due within this many days ahead. */
  horizonDays: days(60),
  /** An order still planned this many days after its due day is missed (and escalates). */
  graceDays: z.number().int().min(0).max(30),
});
export type VisitSettings = z.infer<typeof VisitSettings>;

export const VISITS_DEFAULTS: VisitSettings = {
  rules: [
    { label: '60–69岁', minAge: 60, maxAge: 69, callEveryDays: 30, homeEveryDays: 90 },
    { label: '70–79岁', minAge: 70, maxAge: 79, callEveryDays: 14, homeEveryDays: 30 },
    { label: '80岁以上或独居', minAge: 80, tags: ['alone'], callEveryDays: 7, homeEveryDays: 14 },
  ],
  horizonDays: 14,
  graceDays: 2,
};

/** How often an elder is called and visited now: the most frequent of each kind among the matching rules. */
export interface ElderPlan {
  callEveryDays: number;
  homeEveryDays: number;
  /** The labels of the matching rules, e.g. ['70–79岁', '80岁以上或独居']. */
  rules: string[];
}

const matches = (rule: VisitRule, age: number, tags: readonly string[]) =>
  (age >= rule.minAge && (rule.maxAge === undefined || age <= rule.maxAge)) || (rule.tags ?? []).some((t) => tags.includes(t));

// The business year of the last `now` asked about: a run plans thousands of elders at one instant,
// and reckoning the year in Asia/Shanghai costs about 0.1 ms a call.
let lastYear: { at: number; year: number } | undefined;
const yearOf = (now: Date) => {
  if (lastYear?.at !== now.getTime()) lastYear = { at: now.getTime(), year: ageOf(0, now) };
  return lastYear.year;
};

/** The plan in force for an elder at `now` (the age is reckoned in that business year); undefined when no rule matches. */
export function planFor(elder: Pick<Elder, 'birthYear' | 'tags'>, now: Date, settings: VisitSettings): ElderPlan | undefined {
  const age = yearOf(now) - elder.birthYear;
  const hits = settings.rules.filter((r) => matches(r, age, elder.tags));
  if (hits.length === 0) return undefined;
  return {
    callEveryDays: Math.min(...hits.map((r) => r.callEveryDays)),
    homeEveryDays: Math.min(...hits.map((r) => r.homeEveryDays)),
    rules: hits.map((r) => r.label),
  };
}
