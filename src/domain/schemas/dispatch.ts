// `dispatch` function: the centre's side (中心派单).
import * as z from 'zod';
import { Id, IsoDate, pageOf, Page, text } from './common';
import { COUNTED_TABS, QUEUE_TABS } from '../wish/queue';
import { TransitionOutput, WishViewSchema } from './views';

/**
 * The workbench: one tab (待派单 when left out), and optionally one search: 4 digits are a phone's
 * last 4, a stairwell code (B-0012) finds that stairwell, anything else words in the description.
 */
export const QueueInput = z.strictObject({
  action: z.literal('queue'),
  page: Page,
  tab: z.enum(QUEUE_TABS, { error: '请选择要看的分类' }).optional(),
  search: text(1, 40).optional(),
});
/** Page 0 also says how many wishes each open tab holds (not 已结束, which only grows), whatever the search. */
export const QueueOutput = pageOf(WishViewSchema).extend({
  counts: z
    .strictObject(Object.fromEntries(COUNTED_TABS.map((t) => [t, z.number().int()])) as Record<(typeof COUNTED_TABS)[number], z.ZodNumber>)
    .optional(),
});

export const SuggestInput = z.strictObject({ action: z.literal('suggest'), wishId: Id });
export const SuggestOutput = z.strictObject({
  suggestions: z.array(
    z.strictObject({
      teamId: z.string(),
      name: z.string(),
      score: z.number(),
      covers: z.boolean(),
      specialtyMatch: z.boolean(),
      openLoad: z.number().int(),
      recommended: z.boolean(),
    }),
  ),
});

export const DispatchInput = z.strictObject({ action: z.literal('dispatch'), wishId: Id, teamId: Id, note: text(0, 100).optional() });
export const RejectInput = z.strictObject({ action: z.literal('reject'), wishId: Id, reason: text(2, 100) });

/** The centre's decision to pay a sent-back service after all (once per served attempt). */
export const AwardInput = z.strictObject({
  action: z.literal('award'),
  wishId: Id,
  points: z.number().int().min(1, '积分至少为1').max(100, '一次最多补记100积分'),
  reason: text(2, 100),
});
export const AwardOutput = z.strictObject({ entryId: z.string(), points: z.number().int(), created: z.boolean() });

/**
 * 服务日: put a wish not yet served into its community's next weekly service day (the centre, or the
 * leader of the team holding it); its due date becomes that day's end.
 */
export const ScheduleServiceDayInput = z.strictObject({ action: z.literal('schedule_service_day'), wishId: Id });
export const ScheduleServiceDayOutput = TransitionOutput.extend({ serviceDay: z.string(), dueAt: IsoDate });

export const dispatchActions = {
  queue: { input: QueueInput, output: QueueOutput },
  suggest: { input: SuggestInput, output: SuggestOutput },
  dispatch: { input: DispatchInput, output: TransitionOutput },
  reject: { input: RejectInput, output: TransitionOutput },
  award: { input: AwardInput, output: AwardOutput },
  schedule_service_day: { input: ScheduleServiceDayInput, output: ScheduleServiceDayOutput },
} as const;
