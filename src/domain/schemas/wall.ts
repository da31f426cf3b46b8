// The wish wall (微心愿墙) and folding wishes into an activity: the centre's side in `dispatch`, the
// volunteers' wall in `volunteer` (claiming from the wall is `volunteer.claim`; the relation decides).
import * as z from 'zod';
import { Category, Id, IsoDate, Page, pageOf, text } from './common';
import { TransitionOutput } from './views';

/** Publish a wish the resident agreed to show (wallConsent) to its community's wall instead of one team. */
export const PublishToWallInput = z.strictObject({ action: z.literal('publish_to_wall'), wishId: Id, note: text(0, 100).optional() });
/** Fold a wish into an activity of its community (the service day): the attendees serve it. */
export const AttachToActivityInput = z.strictObject({ action: z.literal('attach_to_activity'), wishId: Id, activityId: Id });
export const AttachToActivityOutput = TransitionOutput.extend({ activityId: z.string() });

export const wallDispatchActions = {
  publish_to_wall: { input: PublishToWallInput, output: TransitionOutput },
  attach_to_activity: { input: AttachToActivityInput, output: AttachToActivityOutput },
} as const;

/** The wall of the caller's community: no name, phone, stairwell or room. */
export const WallInput = z.strictObject({ action: z.literal('wall'), page: Page });
export const WallCard = z.strictObject({
  wishId: z.string(),
  communityName: z.string(),
  category: Category,
  /** The wish text as it passed the content check at filing. */
  description: z.string(),
  createdAt: IsoDate,
  /** On the wall since. */
  wallAt: IsoDate,
  dueAt: IsoDate,
});
export const WallOutput = pageOf(WallCard);

export const wallVolunteerActions = {
  wall: { input: WallInput, output: WallOutput },
} as const;
