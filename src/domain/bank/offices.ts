// Savings-office stars (储蓄所星级): each community is rated each year on five indicators, each
// earning 0–5 stars against thresholds the admin configures (settings `offices`); the office's
// level is the average of the five, rounded down.
import * as z from 'zod';
import { FiveThresholds } from './stars';

export const OFFICE_INDICATORS = ['accounts', 'hours', 'projects', 'redeemed', 'enterprises'] as const;
export type OfficeIndicator = (typeof OFFICE_INDICATORS)[number];

export const OFFICE_INDICATOR_LABELS: Readonly<Record<OfficeIndicator, string>> = {
  accounts: '开户数（注册志愿者）',
  hours: '服务时长（小时）',
  projects: '服务项目（件）',
  redeemed: '兑换积分',
  enterprises: '爱心商户（家）',
};

export const OfficesSettings = z.strictObject({
  accounts: FiveThresholds,
  hours: FiveThresholds,
  projects: FiveThresholds,
  redeemed: FiveThresholds,
  enterprises: FiveThresholds,
});
export type OfficesRules = z.infer<typeof OfficesSettings>;

export const OFFICES_DEFAULTS: OfficesRules = {
  accounts: [20, 50, 100, 200, 400],
  hours: [100, 300, 600, 1000, 2000],
  projects: [10, 30, 60, 100, 200],
  redeemed: [500, 2000, 5000, 10000, 20000],
  enterprises: [1, 2, 3, 5, 10],
};

export type OfficeValues = Readonly<Record<OfficeIndicator, number>>;

/** Stars one value earns: how many thresholds it reaches. */
export const starsFor = (value: number, thresholds: readonly number[]) => thresholds.filter((t) => value >= t).length;

export function officeStars(values: OfficeValues, rules: OfficesRules) {
  const indicators = OFFICE_INDICATORS.map((key) => ({ key, value: values[key], stars: starsFor(values[key], rules[key]) }));
  const level = Math.floor(indicators.reduce((s, i) => s + i.stars, 0) / OFFICE_INDICATORS.length);
  return { level, indicators };
}
