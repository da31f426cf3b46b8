// A reward of the 爱心联盟 (爱心兑换): an item a shop offers for points (`rewards/{id}`). The catalogue
// lists it while it is `available` (active and in stock), a flag kept with every write so one index
// (available_1_shopId_1_points_1) serves the volunteers' list.
import * as z from 'zod';

export const RewardSchema = z.object({
  _id: z.string(),
  shopId: z.string(),
  name: z.string(),
  /** Integer points a volunteer pays. */
  points: z.number().int().positive(),
  stock: z.number().int().min(0),
  active: z.boolean(),
  /** active && stock > 0: what the catalogue lists. */
  available: z.boolean(),
  note: z.string().optional(),
  /** Compare-and-set for the merchant's edits (save_item). */
  version: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Reward = z.infer<typeof RewardSchema>;

export const availableOf = (r: Pick<Reward, 'active' | 'stock'>): boolean => r.active && r.stock > 0;

/** The item after its stock moved by `delta` (a reservation takes one, an expiry gives it back). */
export function withStock<R extends Pick<Reward, 'active' | 'stock'>>(r: R, delta: number): Pick<Reward, 'stock' | 'available'> {
  const stock = r.stock + delta;
  if (stock < 0) throw new Error('stock below zero');
  return { stock, available: availableOf({ active: r.active, stock }) };
}

/** What the passbook and the shop read for a reservation: 花生油 · 幸福超市. */
export const rewardWhat = (itemName: string, shopName: string) => `${itemName} · ${shopName}`;
