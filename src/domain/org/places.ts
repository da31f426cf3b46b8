// Places: a community (社区) and its stairwells (楼栋/单元, each with a QR code). Schemas of the stored
// documents, so imports validate exactly what they write.
import * as z from 'zod';

/** A street office (街道): its phone is the one to call while the community is not known yet. */
export const StreetSchema = z.object({ _id: z.string(), name: z.string(), hotline: z.string().optional() });
export type Street = z.infer<typeof StreetSchema>;

export const CommunitySchema = z.object({
  _id: z.string(),
  name: z.string(),
  street: z.string().optional(),
  /** Who pays for its services (政府买单). */
  sponsorId: z.string(),
  /** The community's phone line residents call (居委会 / 新时代文明实践站). */
  hotline: z.string().optional(),
  /** The 新时代文明实践所/站 that serves it. */
  station: z.string().optional(),
  /** Its weekly service day, 1 (Monday) … 7 (Sunday), if it has one (seed 000: every Wednesday, 3). */
  serviceDay: z.number().int().min(1).max(7).optional(),
});
export type Community = z.infer<typeof CommunitySchema>;

/** A stairwell; its `_id` is the short code printed in the QR (the `scene`). */
export const BuildingSchema = z.object({
  _id: z.string(),
  name: z.string(),
  estateName: z.string(),
  communityId: z.string(),
  communityName: z.string(),
  /** What the code already says: 'unit' (3栋2单元: only the room is asked) or 'building' (1栋: unit and room). */
  fixes: z.enum(['unit', 'building']).optional(),
  /**
   * The stairwell was removed: its code stays taken (a code is never reused) and a scan of an old
   * poster answers 「此二维码已停用」 with the community's number, not "not found".
   */
  retired: z.boolean().optional(),
});
export type Building = z.infer<typeof BuildingSchema>;
