// Output schemas of what functions return about wishes (see wish/view.ts for who sees what).
import * as z from 'zod';
import { STATUSES } from '../wish/states';
import { WISH_ACTIONS } from '../wish/actions';
import { Category, IsoDate, TimeWindow, Urgency } from './common';

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
  room: z.string(),
  contact: z.strictObject({ name: z.string(), phone: z.string(), masked: z.boolean() }),
  proxy: z.boolean(),
  noPhone: z.boolean().optional(),
  helper: z.strictObject({ name: z.string(), phone: z.string(), masked: z.boolean() }).optional(),
  createdAt: IsoDate,
  dueAt: IsoDate,
  teamId: z.string().optional(),
  claimedByMe: z.boolean(),
  hasClaimant: z.boolean(),
  completion: z.strictObject({ summary: z.string(), minutes: z.number(), photo: z.string().optional(), at: IsoDate }).optional(),
  rating: z.strictObject({ stars: z.number(), comment: z.string().optional(), at: IsoDate }).optional(),
  rejectReason: z.string().optional(),
  duplicateOf: z.string().optional(),
  servedBy: z.strictObject({ name: z.string(), teamName: z.string(), hotline: z.string().optional() }).optional(),
  history: z.array(
    z.strictObject({
      at: IsoDate,
      action: z.enum(WISH_ACTIONS),
      as: z.enum(['owner', 'member', 'leader', 'claimant', 'dispatcher', 'system']),
      from: Status,
      to: Status,
      note: z.string().optional(),
      stars: z.number().int().optional(),
      onBehalf: z.boolean().optional(),
      byMe: z.boolean(),
    }),
  ),
});

/** After a transition: the new status and version (the page refreshes the detail). */
export const TransitionOutput = z.strictObject({ wishId: z.string(), status: Status, version: z.number().int() });
