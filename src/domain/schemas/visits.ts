// `visit` actions of visit orders (巡访单): the volunteer's list, recording an outcome, turning a need
// into a wish; the plan settings live under settings key `visits`.
import * as z from 'zod';
import { ELDER_TAGS } from '../visit/elder';
import { VISIT_KINDS, VISIT_OUTCOMES, VISIT_STATUSES } from '../visit/order';
import { AgreedFen, Category, DateString, IsoDate, Page, pageOf, RequestId, text, TimeWindow, Urgency } from './common';
import { QuoteOutput } from './repairs';

/** A plan slot: `<elderId>:<call|home>:<YYYY-MM-DD>` (visitIdOf). */
export const VisitId = z.string().regex(/^[0-9A-Za-z_-]{1,64}:(call|home):\d{4}-\d{2}-\d{2}$/, '巡访编号格式不正确');

export const MyVisitsInput = z.strictObject({ action: z.literal('my_visits'), page: Page });
export const VisitView = z.strictObject({
  id: z.string(),
  kind: z.enum(VISIT_KINDS),
  dueDate: DateString,
  dueAt: IsoDate,
  status: z.enum(VISIT_STATUSES),
  /** Past its due day and not recorded (the page says 已超期 in words). */
  overdue: z.boolean(),
  /** 定点到人 (the caller is the named volunteer) or the team's pool. */
  mine: z.boolean(),
  outcome: z.enum(VISIT_OUTCOMES).optional(),
  wishId: z.string().optional(),
  elder: z.strictObject({
    name: z.string(),
    age: z.number().int(),
    tags: z.array(z.enum(ELDER_TAGS)),
    /** 社区 · 小区 · 楼栋 and the room; the contact: only for the named volunteer or a member of the assigned team. */
    place: z.string(),
    room: z.string().optional(),
    phone: z.string().optional(),
    guardian: z.strictObject({ name: z.string(), phone: z.string(), relation: z.string().optional() }).optional(),
  }),
});
export const MyVisitsOutput = pageOf(VisitView);

export const RecordInput = z.strictObject({
  action: z.literal('record'),
  visitId: VisitId,
  outcome: z.enum(VISIT_OUTCOMES, { error: '请选择巡访结果' }),
  note: text(0, 200).optional(),
  /** A retry with the same requestId answers the first recording instead of ORDER.CHANGED. */
  requestId: RequestId,
});
export const RecordOutput = z.strictObject({
  visitId: z.string(),
  status: z.enum(VISIT_STATUSES),
  version: z.number().int(),
  /** 联系不上 a second time in a row: the community was alerted now. */
  escalated: z.boolean(),
});

export const ToWishInput = z.strictObject({
  action: z.literal('to_wish'),
  visitId: VisitId,
  requestId: RequestId,
  category: Category,
  description: text(5, 300),
  urgency: Urgency,
  preferredTime: z.strictObject({ date: DateString, window: TimeWindow }),
  /** A priced category (repairs at cost): the amount `visit.quote` showed for the elder's household. */
  agreedFen: AgreedFen.optional(),
});
export const ToWishOutput = z.strictObject({ visitId: z.string(), wishId: z.string() });

/** What the elder's household pays for a category, asked on a visit that may become a wish (as `bank.quote`). */
export const VisitQuoteInput = z.strictObject({ action: z.literal('quote'), visitId: VisitId, category: Category });

export const visitActions = {
  my_visits: { input: MyVisitsInput, output: MyVisitsOutput },
  record: { input: RecordInput, output: RecordOutput },
  to_wish: { input: ToWishInput, output: ToWishOutput },
  quote: { input: VisitQuoteInput, output: QuoteOutput },
} as const;
