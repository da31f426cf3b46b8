// Star level (星级) of a volunteer: derived on every read from the recorded hours (the passbook's
// minutes) and residents' ratings, against the thresholds in force (settings `stars`). Never stored,
// so a change of the rules shows at once.
import * as z from 'zod';

/** Five increasing thresholds; each strictly above the one before. */
export const FiveThresholds = z
  .array(z.number().int().min(1).max(1_000_000))
  .length(5, { error: '请填写五档门槛' })
  .refine((t) => t.every((v, i) => i === 0 || v > t[i - 1]!), { error: '门槛必须逐档递增' });

export const StarsSettings = z.strictObject({
  /** Hours for 1★ … 5★. */
  hours: FiveThresholds,
  /** The average rating below which the level is one lower (评价下限). */
  ratingFloor: z.number().min(1).max(5),
  /** The floor applies only once this many ratings exist (a single bad rating is not a verdict). */
  minRatings: z.number().int().min(0).max(1000),
});
export type StarsRules = z.infer<typeof StarsSettings>;

export const STARS_DEFAULTS: StarsRules = { hours: [100, 300, 600, 1000, 1500], ratingFloor: 4, minRatings: 3 };

export interface Ratings {
  count: number;
  /** Sum of stars (1–5 each). */
  sum: number;
}

export interface StarLevel {
  /** 0 (no star yet) to 5. */
  level: number;
  hours: number;
  /** Average rating, one decimal; undefined without ratings. */
  average?: number;
  /** The level the hours alone reach was lowered by one: the average is below the floor. */
  capped: boolean;
  /** Hours needed for the next level by hours; undefined at 5★. */
  nextHours?: number;
}

/**
 * Level = how many hour thresholds the recorded hours reach; when at least `minRatings` ratings exist
 * and their average is below `ratingFloor`, one lower (never below 0).
 */
export function starLevel(minutes: number, ratings: Ratings, rules: StarsRules): StarLevel {
  const hours = Math.max(0, minutes) / 60;
  const byHours = rules.hours.filter((t) => hours >= t).length;
  const average = ratings.count > 0 ? Math.round((ratings.sum / ratings.count) * 10) / 10 : undefined;
  const capped = byHours > 0 && ratings.count >= rules.minRatings && ratings.count > 0 && ratings.sum / ratings.count < rules.ratingFloor;
  return {
    level: capped ? byHours - 1 : byHours,
    hours: Math.floor(hours * 10) / 10,
    ...(average !== undefined ? { average } : {}),
    capped,
    ...(byHours < 5 ? { nextHours: rules.hours[byHours]! } : {}),
  };
}
