// `wish` function: the resident's side (群众点单, 群众评单).
import * as z from 'zod';
import { Category, Id, pageOf, Page, PersonName, Phone, Photos, RequestId, Room, text, DateString, TimeWindow, Urgency } from './common';
import { REOPEN_AT_OR_BELOW } from '../wish/actions';
import { TransitionOutput, WishViewSchema } from './views';

export const BuildingInput = z.strictObject({ action: z.literal('building'), scene: z.string().max(64) });
export const BuildingOutput = z.strictObject({
  buildingId: z.string(),
  name: z.string(),
  estateName: z.string(),
  communityId: z.string(),
  communityName: z.string(),
});

/** The wish form: the same schema checks the form on the phone and the event in the cloud. */
export const WishForm = z.strictObject({
  buildingId: Id,
  category: Category,
  description: text(5, 300),
  contact: z.strictObject({ name: PersonName, phone: Phone }),
  room: Room,
  preferredTime: z.strictObject({ date: DateString, window: TimeWindow }),
  urgency: Urgency,
  photos: Photos,
  /** Filed by a 帮办员 for an elder without a smartphone. */
  proxy: z.boolean(),
});

export const SubmitInput = WishForm.extend({
  action: z.literal('submit'),
  requestId: RequestId,
  /** The resident agreed to the privacy notice (asked on first submission). */
  consent: z.literal(true, { error: '请先阅读并同意隐私保护说明' }),
  /** Submit even though a similar wish is open (after the duplicate warning). */
  confirmDuplicate: z.boolean(),
});
export const SubmitOutput = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('created'), wishId: z.string() }),
  z.strictObject({ outcome: z.literal('duplicate'), existingWishId: z.string() }),
]);

export const MineInput = z.strictObject({ action: z.literal('mine'), page: Page });
export const WishSummary = z.strictObject({
  id: z.string(),
  status: WishViewSchema.shape.status,
  group: WishViewSchema.shape.group,
  category: Category,
  description: z.string(),
  createdAt: z.string(),
  dueAt: z.string(),
  urgency: Urgency,
});
export const MineOutput = pageOf(WishSummary);

export const DetailInput = z.strictObject({ action: z.literal('detail'), wishId: Id });
export const CancelInput = z.strictObject({ action: z.literal('cancel'), wishId: Id, reason: text(0, 100).optional() });
export const RateInput = z
  .strictObject({
    action: z.literal('rate'),
    wishId: Id,
    stars: z.number().int().min(1, '请选择1到5星').max(5, '请选择1到5星'),
    comment: text(0, 200).optional(),
  })
  // A rating that sends the wish back (重办) says what was not done: the next team and the volunteer read it.
  .refine((r) => r.stars > REOPEN_AT_OR_BELOW || (r.comment ?? '').trim().length >= 2, {
    path: ['comment'],
    message: '请写一写哪里没有做好（至少2个字），社区会安排重新办理',
  });
export const RateOutput = TransitionOutput.extend({ credited: z.boolean() });

export const wishActions = {
  building: { input: BuildingInput, output: BuildingOutput },
  submit: { input: SubmitInput, output: SubmitOutput },
  mine: { input: MineInput, output: MineOutput },
  detail: { input: DetailInput, output: WishViewSchema },
  cancel: { input: CancelInput, output: TransitionOutput },
  rate: { input: RateInput, output: RateOutput },
} as const;
