// Output schemas of what functions return about wishes (see wish/view.ts for who sees what).
import * as z from 'zod';
import { STATUSES } from '../wish/states';
import { RELATIONS, WISH_ACTIONS } from '../wish/actions';
import { Category, IsoDate, TimeWindow, Urgency } from './common';
import { QUOTE_BASES } from '../money/price';

const Status = z.enum(STATUSES);

export const WishViewSchema = z.strictObject({
  id: z.string(),
  status: Status,
  group: z.enum(['open', 'done', 'closed']),
  version: z.number().int(),
  category: Category,
  description: z.string(),
  urgency: Urgency,
  preferredTime: z.strictObject({ date: z.string(), window: TimeWindow }),
  photos: z.array(z.string()),
  buildingId: z.string(),
  communityId: z.string(),
  place: z.strictObject({ communityName: z.string(), estateName: z.string(), buildingName: z.string() }).optional(),
  room: z.string().optional(),
  contact: z.strictObject({ name: z.string(), phone: z.string(), masked: z.boolean() }),
  proxy: z.boolean(),
  noPhone: z.boolean().optional(),
  helper: z.strictObject({ name: z.string(), phone: z.string(), masked: z.boolean() }).optional(),
  createdAt: IsoDate,
  dueAt: IsoDate,
  /** 服务日 (YYYY-MM-DD): the wish was put into its community's weekly service day. */
  serviceDay: z.string().optional(),
  teamId: z.string().optional(),
  /** 微心愿墙: the resident agreed to the wall; it is on the wall (since wallAt); folded into an activity. */
  wallConsent: z.boolean().optional(),
  wall: z.boolean().optional(),
  wallAt: IsoDate.optional(),
  activityId: z.string().optional(),
  /** The activity it is folded into: what, when and where it will be served (for whoever may view the wish). */
  activity: z.strictObject({ title: z.string(), address: z.string(), startAt: IsoDate, endAt: IsoDate }).optional(),
  claimedByMe: z.boolean(),
  hasClaimant: z.boolean(),
  /** 约定上门: the owner and staff who may view the wish. */
  plannedVisit: z.strictObject({ date: z.string(), window: TimeWindow }).optional(),
  completion: z
    .strictObject({
      summary: z.string(),
      minutes: z.number(),
      photo: z.string().optional(),
      at: IsoDate,
      toConfirm: z.boolean().optional(),
      allowedMinutes: z.number().optional(),
      confirmed: z.strictObject({ claimed: z.number(), reason: z.string(), at: IsoDate }).optional(),
    })
    .optional(),
  /** Staff only (the centre, the team's leader): where the volunteer checked in, coarse. */
  checkInPlace: z.strictObject({ lat: z.number(), lng: z.number() }).optional(),
  /** Services sent back (重办): the centre sees all, a former server only their own. */
  attempts: z
    .array(
      z.strictObject({
        byMe: z.boolean(),
        stars: z.number().int(),
        reason: z.string().optional(),
        minutes: z.number().int(),
        summary: z.string().optional(),
        at: IsoDate,
      }),
    )
    .optional(),
  rating: z.strictObject({ stars: z.number(), comment: z.string().optional(), at: IsoDate }).optional(),
  rejectReason: z.string().optional(),
  duplicateOf: z.string().optional(),
  servedBy: z.strictObject({ name: z.string(), teamName: z.string(), hotline: z.string().optional() }).optional(),
  /** Staff only: 升级 and the last 催办 of the dispatch timer. */
  escalatedAt: IsoDate.optional(),
  remindedAt: IsoDate.optional(),
  /** Repairs at cost: what the household pays, fixed at submit (「您需支付 ¥12.00（材料费）」), for whoever sees the wish. */
  price: z.strictObject({ payFen: z.number().int(), basis: z.enum(QUOTE_BASES), text: z.string() }).optional(),
  history: z.array(
    z.strictObject({
      at: IsoDate,
      action: z.enum(WISH_ACTIONS),
      as: z.enum(RELATIONS),
      from: Status,
      to: Status,
      note: z.string().optional(),
      stars: z.number().int().optional(),
      onBehalf: z.boolean().optional(),
      visit: z.strictObject({ date: z.string(), window: TimeWindow }).optional(),
      serviceDay: z.string().optional(),
      /** attach_activity: the activity it was folded into. */
      activityId: z.string().optional(),
      byMe: z.boolean(),
    }),
  ),
});

/** After a transition: the new status and version (the page refreshes the detail). */
export const TransitionOutput = z.strictObject({ wishId: z.string(), status: Status, version: z.number().int() });
