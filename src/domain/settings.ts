// The bank's configuration an admin may change (积分规则, 兑换设置, 星级与徽章门槛…): one versioned
// document per key. A change applies from then on (a credit reads the rules when it is booked, never
// again), and every change is kept with who, when and why (settingsLog). Each area declares its key
// here with a zod schema, a default and a Chinese label.
import * as z from 'zod';
import { OFFICES_DEFAULTS, OfficesSettings } from './bank/offices';
import { REVIEWS_DEFAULTS, ReviewsSettings } from './bank/reviews';
import { STARS_DEFAULTS, StarsSettings } from './bank/stars';
import { DEFAULT_PRICES, PriceSettings } from './money/price';
import { DEFAULT_POINTS, PointsSettings } from './bank/rules';
import { CalendarSettings, DEFAULT_CALENDAR } from './calendar';
import { DEFAULT_SLA, SlaSettings } from './sla';
import { VISITS_DEFAULTS, VisitSettings } from './visit/plan';
import { ESCALATION_DEFAULTS, EscalationSettings } from './wish/escalation';

/** How reservations and the counter work (兑换设置). */
export const RedemptionSettings = z.strictObject({
  /** A reservation holds points and stock this long, then expires and releases both. */
  holdHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 14),
  /** Days of each month the shops redeem (月兑换): from `fromDay` to `toDay` inclusive, 1–31. */
  window: z.strictObject({ fromDay: z.number().int().min(1).max(31), toDay: z.number().int().min(1).max(31) }),
});

export interface SettingDefinition<S extends z.ZodType = z.ZodType> {
  label: string;
  schema: S;
  defaults: z.infer<S>;
}

const define = <S extends z.ZodType>(d: SettingDefinition<S>) => d;

export const SETTINGS = {
  redemption: define({ label: '兑换设置', schema: RedemptionSettings, defaults: { holdHours: 48, window: { fromDay: 1, toDay: 31 } } }),
  // recognition: star levels, reviews and savings-office stars
  stars: define({ label: '星级门槛', schema: StarsSettings, defaults: STARS_DEFAULTS }),
  reviews: define({ label: '评比设置', schema: ReviewsSettings, defaults: REVIEWS_DEFAULTS }),
  offices: define({ label: '储蓄所星级门槛', schema: OfficesSettings, defaults: OFFICES_DEFAULTS }),
  // Repairs at cost: category prices in fen (src/domain/money/price.ts); none by default (all free).
  prices: define({ label: '收费标准', schema: PriceSettings, defaults: DEFAULT_PRICES }),
  // ledger: 积分规则 per service category (src/domain/bank/rules.ts).
  points: define({ label: '积分规则', schema: PointsSettings, defaults: DEFAULT_POINTS }),
  // SLA: each category's hours, on the working calendar or on the clock (src/domain/sla.ts), and the
  // working calendar: the working day, holidays, 调休 days, the default service day (src/domain/calendar.ts).
  sla: define({ label: '办理时限', schema: SlaSettings, defaults: DEFAULT_SLA }),
  calendar: define({ label: '工作日历', schema: CalendarSettings, defaults: DEFAULT_CALENDAR }),
  // Visits (巡访计划): how often each age band and tag is called and visited (src/domain/visit/plan.ts).
  visits: define({ label: '巡访计划', schema: VisitSettings, defaults: VISITS_DEFAULTS }),
  // escalation: 催办, 升级, 自动释放 and the weekly digest's idle days (src/domain/wish/escalation.ts).
  escalation: define({ label: '催办与升级', schema: EscalationSettings, defaults: ESCALATION_DEFAULTS }),
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]['schema']>;
export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

/** The stored document `settings/{key}`. */
export interface StoredSetting<K extends SettingKey = SettingKey> {
  _id: K;
  value: SettingValue<K>;
  /** 1 for the first change; the default reads as version 0. */
  version: number;
  updatedAt: Date;
  updatedBy: string;
  reason: string;
}

/** A setting's value: the stored one when it still parses (a rule removed in a later release falls back), else the default. */
export function settingValue<K extends SettingKey>(key: K, stored: { value: unknown } | null | undefined): SettingValue<K> {
  const parsed = stored ? SETTINGS[key].schema.safeParse(stored.value) : undefined;
  return (parsed?.success ? parsed.data : SETTINGS[key].defaults) as SettingValue<K>;
}

/** The change of a setting, or a refusal: the caller must have seen the version it replaces (compare-and-set). */
export function changeSetting<K extends SettingKey>(
  key: K,
  current: StoredSetting<K> | null,
  change: { value: SettingValue<K>; version: number; reason: string; by: string },
  now: Date,
):
  | {
      ok: true;
      doc: StoredSetting<K>;
      log: { _id: string; key: K; version: number; value: SettingValue<K>; by: string; at: Date; reason: string };
    }
  | { ok: false } {
  const version = current?.version ?? 0;
  if (change.version !== version) return { ok: false };
  const next = version + 1;
  return {
    ok: true,
    doc: { _id: key, value: change.value, version: next, updatedAt: now, updatedBy: change.by, reason: change.reason },
    log: { _id: `${key}:${next}`, key, version: next, value: change.value, by: change.by, at: now, reason: change.reason },
  };
}
