// `bank` actions of recognition (存折对账、星级、徽章、党员时长、评比、储蓄所星级): the caller's own
// passbook statement and honours, and the reviews staff read for their communities.
import * as z from 'zod';
import { OFFICE_INDICATORS } from '../bank/offices';
import { REVIEW_PERIODS } from '../bank/reviews';
import { Id, IsoDate, Page } from './common';

const Year = z.number({ error: '请选择年份' }).int().min(2020, { error: '请选择年份' }).max(2100, { error: '请选择年份' });
/** A month `YYYY-MM`: the period of a review is the month, quarter or year containing it. */
export const YearMonth = z.string().regex(/^20\d{2}-(0[1-9]|1[0-2])$/, '月份格式应为 2026-05');
const Points = z.number().int();

export const PassbookMonthsInput = z.strictObject({ action: z.literal('passbook_months'), year: Year });
export const PassbookMonthsOutput = z.strictObject({
  year: z.number().int(),
  balance: Points,
  /** Service minutes of the year (hours served this year). */
  minutesThisYear: z.number().int(),
  months: z.array(
    z.strictObject({ month: z.string(), opening: Points, in: Points, out: Points, closing: Points, minutes: z.number().int() }),
  ),
  /** The passbook has more entries than one statement reads (see docs/DOMAIN.md): the figures may be incomplete. */
  partial: z.boolean(),
});

const Badge = z.strictObject({ id: z.string(), label: z.string(), description: z.string(), earnedAt: IsoDate.optional() });
export const RecognitionInput = z.strictObject({ action: z.literal('recognition') });
export const RecognitionOutput = z.strictObject({
  stars: z.strictObject({
    level: z.number().int().min(0).max(5),
    hours: z.number(),
    average: z.number().optional(),
    ratings: z.number().int(),
    capped: z.boolean(),
    nextHours: z.number().int().optional(),
    thresholds: z.array(z.number().int()),
    ratingFloor: z.number(),
  }),
  minutesThisYear: z.number().int(),
  /** Party members only: this year's minutes against the requirement (党员 25 小时). */
  party: z.strictObject({ requiredHours: z.number().int(), minutes: z.number().int() }).optional(),
  earned: z.array(Badge),
  next: z.array(
    z.strictObject({ id: z.string(), label: z.string(), description: z.string(), value: z.number().int(), target: z.number().int() }),
  ),
  partial: z.boolean(),
});

export const PartyHoursInput = z.strictObject({ action: z.literal('party_hours'), communityId: Id.optional(), page: Page });
export const PartyHoursOutput = z.strictObject({
  year: z.number().int(),
  requiredHours: z.number().int(),
  total: z.number().int(),
  below: z.number().int(),
  items: z.array(
    z.strictObject({
      name: z.string(),
      /** Masked: 138****0001. */
      phone: z.string(),
      communityId: z.string(),
      communityName: z.string(),
      minutes: z.number().int(),
      below: z.boolean(),
    }),
  ),
  page: z.number().int(),
  hasMore: z.boolean(),
  partial: z.boolean(),
});

const Ranked = z.strictObject({
  name: z.string(),
  communityName: z.string(),
  points: Points,
  minutes: z.number().int(),
  flagged: z.boolean(),
});
export const ReviewsInput = z.strictObject({
  action: z.literal('reviews'),
  period: z.enum(REVIEW_PERIODS, { error: '请选择月兑换、季小评或年总评' }),
  at: YearMonth,
  communityId: Id.optional(),
});
export const ReviewsOutput = z.strictObject({
  period: z.enum(REVIEW_PERIODS),
  label: z.string(),
  from: IsoDate,
  to: IsoDate,
  /** 月兑换: the month's confirmed redemptions. */
  redemptions: z
    .strictObject({
      items: z.array(
        z.strictObject({
          id: z.string(),
          name: z.string(),
          communityName: z.string(),
          shopName: z.string(),
          what: z.string(),
          points: Points,
          redeemedAt: IsoDate,
        }),
      ),
      count: z.number().int(),
      points: Points,
    })
    .optional(),
  /** 季小评 / 年总评: the street's list (street staff only) and each community's. */
  street: z.array(Ranked).optional(),
  communities: z.array(z.strictObject({ communityId: z.string(), communityName: z.string(), top: z.array(Ranked) })).optional(),
  /** Points from which a volunteer is flagged for the head office's collective redemption (集中兑换). */
  flagAt: z.number().int().optional(),
  partial: z.boolean(),
});

export const OfficesInput = z.strictObject({ action: z.literal('offices'), year: Year });
export const OfficesOutput = z.strictObject({
  year: z.number().int(),
  offices: z.array(
    z.strictObject({
      communityId: z.string(),
      name: z.string(),
      level: z.number().int().min(0).max(5),
      indicators: z.array(
        z.strictObject({ key: z.enum(OFFICE_INDICATORS), label: z.string(), value: z.number(), stars: z.number().int().min(0).max(5) }),
      ),
    }),
  ),
  partial: z.boolean(),
});

export const recognitionActions = {
  passbook_months: { input: PassbookMonthsInput, output: PassbookMonthsOutput },
  recognition: { input: RecognitionInput, output: RecognitionOutput },
  party_hours: { input: PartyHoursInput, output: PartyHoursOutput },
  reviews: { input: ReviewsInput, output: ReviewsOutput },
  offices: { input: OfficesInput, output: OfficesOutput },
} as const;
