// A stored balance of the public-welfare bank: a sponsor's budget, a volunteer's passbook (存折), the
// head office's issuer account. Balances are derived from the journal; this is their stored copy.
import * as z from 'zod';

export const ACCOUNT_KINDS = ['sponsor', 'passbook', 'issuer', 'merchant', 'hold', 'office'] as const;

export const AccountSchema = z.object({
  _id: z.string(),
  kind: z.enum(ACCOUNT_KINDS),
  name: z.string().optional(),
  owner: z.string().optional(),
  /** Integer points. */
  balance: z.number().int(),
  /** Service minutes credited (passbooks). */
  minutes: z.number().int(),
});
export type Account = z.infer<typeof AccountSchema>;
