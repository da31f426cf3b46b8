// Places: a community (社区) and its stairwells (楼栋/单元, each with a QR code). Schemas of the stored
// documents, so imports validate exactly what they write.
import * as z from 'zod';

export const CommunitySchema = z.object({
  _id: z.string(),
  name: z.string(),
  street: z.string().optional(),
  /** Who pays for its services (政府买单). */
  sponsorId: z.string(),
  /** The community's phone line residents call (居委会 / 新时代文明实践站). */
  hotline: z.string().optional(),
});
export type Community = z.infer<typeof CommunitySchema>;

/** A stairwell; its `_id` is the short code printed in the QR (the `scene`). */
export const BuildingSchema = z.object({
  _id: z.string(),
  name: z.string(),
  estateName: z.string(),
  communityId: z.string(),
  communityName: z.string(),
});
export type Building = z.infer<typeof BuildingSchema>;
