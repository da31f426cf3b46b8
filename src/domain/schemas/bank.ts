// `bank` function: the public-welfare bank (公益银行) — its configuration, ledger and passbooks,
// rewards and redemption at the counter (爱心联盟), recognition and reviews. Each area adds its
// actions to `bankActions` below, keeping them together.
import * as z from 'zod';
import { OfficesSettings } from '../bank/offices';
import { ReviewsSettings } from '../bank/reviews';
import { StarsSettings } from '../bank/stars';
import { PriceSettings } from '../money/price';
import { RedemptionSettings, SETTINGS, type SettingKey } from '../settings';
import { repairsActions } from './repairs';
import { PointsSettings } from '../bank/rules';
import { CalendarSettings } from '../calendar';
import { SlaSettings } from '../sla';
import { VisitSettings } from '../visit/plan';
import { EscalationSettings } from '../wish/escalation';
import {
  // ledger
  AccountEntriesInput,
  AccountEntriesOutput,
  AccountsInput,
  AccountsOutput,
  BonusInput,
  BonusOutput,
  CorrectInput,
  CorrectOutput,
  OfficeGrantInput,
  OfficeGrantOutput,
  VerifyInput,
  VerifyOutput,
  WaitingCreditsInput,
  WaitingCreditsOutput,
} from './bankLedger';
import { Page, pageOf, text } from './common';
import { recognitionActions } from './recognition';
import { redeemActions } from './redeem';

export * from './redeem';

// ── Configuration (settings) ────────────────────────────────────────────────────────────────────
const settingEntry = <S extends z.ZodType>(value: S) =>
  z.strictObject({
    label: z.string(),
    value,
    /** 0: the default, never changed. */
    version: z.number().int(),
    updatedAt: z.string().optional(),
    reason: z.string().optional(),
  });
export const SettingsInput = z.strictObject({ action: z.literal('settings') });
/** Every key of SETTINGS, with its value in force. */
export const SettingsOutput = z.strictObject({
  redemption: settingEntry(RedemptionSettings),
  stars: settingEntry(StarsSettings),
  reviews: settingEntry(ReviewsSettings),
  offices: settingEntry(OfficesSettings),
  prices: settingEntry(PriceSettings),
  points: settingEntry(PointsSettings),
  sla: settingEntry(SlaSettings),
  calendar: settingEntry(CalendarSettings),
  visits: settingEntry(VisitSettings),
  escalation: settingEntry(EscalationSettings),
});

const setOf = <K extends SettingKey>(key: K) =>
  z.strictObject({
    action: z.literal('set_setting'),
    key: z.literal(key),
    value: SETTINGS[key].schema,
    /** The version the admin saw (compare-and-set: a change made meanwhile refuses with SETTING.CHANGED). */
    version: z.number().int().min(0),
    reason: text(2, 60),
  });
export const SetSettingInput = z.discriminatedUnion(
  'key',
  [
    setOf('redemption'),
    setOf('stars'),
    setOf('reviews'),
    setOf('offices'),
    setOf('prices'),
    setOf('points'),
    setOf('sla'),
    setOf('calendar'),
    setOf('visits'),
    setOf('escalation'),
  ],
  { error: '请选择要修改的设置' },
);
export const SetSettingOutput = z.strictObject({ key: z.string(), version: z.number().int() });

export const SettingHistoryInput = z.strictObject({
  action: z.literal('setting_history'),
  key: z.enum(Object.keys(SETTINGS) as [SettingKey, ...SettingKey[]], { error: '请选择设置项' }),
  page: Page,
});
export const SettingHistoryOutput = pageOf(
  z.strictObject({ version: z.number().int(), value: z.unknown(), byName: z.string(), at: z.string(), reason: z.string() }),
);

export const bankActions = {
  settings: { input: SettingsInput, output: SettingsOutput },
  set_setting: { input: SetSettingInput, output: SetSettingOutput },
  setting_history: { input: SettingHistoryInput, output: SettingHistoryOutput },
  // recognition: passbook statements, stars and badges, party hours, reviews, savings-office stars
  ...recognitionActions,
  // Repairs at cost (src/domain/schemas/repairs.ts): prices, households, set_household_tier, quote, money_book, fund_topup.
  ...repairsActions,
  // redeem: rewards, reservations, the counter, the monthly statement (./redeem.ts)
  ...redeemActions,
  // ledger (schemas in bankLedger.ts)
  accounts: { input: AccountsInput, output: AccountsOutput },
  account_entries: { input: AccountEntriesInput, output: AccountEntriesOutput },
  correct: { input: CorrectInput, output: CorrectOutput },
  waiting_credits: { input: WaitingCreditsInput, output: WaitingCreditsOutput },
  verify: { input: VerifyInput, output: VerifyOutput },
  office_grant: { input: OfficeGrantInput, output: OfficeGrantOutput },
  bonus: { input: BonusInput, output: BonusOutput },
} as const;
