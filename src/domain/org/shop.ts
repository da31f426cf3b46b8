// A shop of the 爱心联盟 (爱心商户): where volunteers will redeem points. A merchant holds the role with a
// `shop` scope (users.grants); the shop's profile is what residents and volunteers will see.
import * as z from 'zod';
import type { Grant } from './grants';

export const ShopSchema = z.object({
  _id: z.string(),
  name: z.string(),
  /** The community it serves (a shop named in an invitation has none until the admin sets it). */
  communityId: z.string().optional(),
  address: z.string().optional(),
  /** Opening hours as the shop writes them (每天 8:00–21:00). */
  hours: z.string().optional(),
  /** A short introduction (店铺简介), edited by the merchant. */
  intro: z.string().optional(),
  /** Bumped by each edit of the profile (edit_shop's compare-and-set); absent: 0. */
  version: z.number().int().optional(),
});
export type Shop = z.infer<typeof ShopSchema>;

/** The shop a merchant acts for: the first merchant grant's shop (undefined: none, closed by default). */
export const merchantShop = (grants: readonly Grant[]): string | undefined =>
  grants.find((g) => g.role === 'merchant' && g.scope.kind === 'shop')?.scope.id;
