// 积分规则: the points a served wish earns, per service category, as configuration (settings key
// `points`). The formula, one line an admin can read: base points, plus `extra` points for every full
// `perMinutes` minutes served, the extra capped at `cap`. The defaults give today's SERVICE_MENU
// points whatever the minutes (extra 0), so nothing changes until an admin changes the rules.
import * as z from 'zod';
import { CATEGORIES, MAX_CREDITED_MINUTES, SERVICE_MENU, type Category } from '../menu';

export const PointsRule = z.strictObject({
  /** Points for the service whatever its length. */
  base: z.number().int().min(0).max(1000),
  /** Every full this many minutes served earns `extra` more points. */
  perMinutes: z.number().int().min(1).max(MAX_CREDITED_MINUTES),
  extra: z.number().int().min(0).max(100),
  /** The most the minutes may add. */
  cap: z.number().int().min(0).max(1000),
});
export type PointsRule = z.infer<typeof PointsRule>;

export const PointsSettings = z.strictObject(
  Object.fromEntries(CATEGORIES.map((c) => [c, PointsRule])) as Record<Category, typeof PointsRule>,
);
export type PointsSettings = z.infer<typeof PointsSettings>;

export const DEFAULT_POINTS: PointsSettings = Object.fromEntries(
  CATEGORIES.map((c) => [c, { base: SERVICE_MENU[c].points, perMinutes: 30, extra: 0, cap: 0 }]),
) as PointsSettings;

/** The points a service earns under `rule` for `minutes` served (minutes capped as the credit caps them). */
export function pointsOf(rule: PointsRule, minutes: number): number {
  const counted = Math.min(Math.max(0, Math.floor(minutes)), MAX_CREDITED_MINUTES);
  return rule.base + Math.min(rule.cap, Math.floor(counted / rule.perMinutes) * rule.extra);
}

/** The rule in words, for the admin's form (基础10分，每满30分钟加2分，最多加10分). */
export function explainRule(rule: PointsRule): string {
  if (rule.extra === 0 || rule.cap === 0) return `每次${rule.base}分，与时长无关`;
  return `基础${rule.base}分，每满${rule.perMinutes}分钟加${rule.extra}分，最多加${rule.cap}分`;
}

/** What a credit records: its points and the version of the rules they came from (0: the defaults). */
export interface Priced {
  points: number;
  rulesVersion: number;
}
