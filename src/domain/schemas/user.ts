import * as z from 'zod';
import { SCOPE_KINDS, SCOPED_ROLES } from '../org/grants';
import { ROLES } from '../roles';

/** `user` / whoami: who am I, as the cloud sees me (identity comes from WeChat, not the event). */
export const WhoamiInput = z.strictObject({ action: z.literal('whoami') });
export const WhoamiOutput = z.strictObject({
  openid: z.string().min(1),
  roles: z.array(z.enum(ROLES)),
  /** Where the scoped roles hold, named for the person (「派单员（青云社区）」). */
  scopes: z
    .array(z.strictObject({ role: z.enum(SCOPED_ROLES), kind: z.enum(SCOPE_KINDS), id: z.string(), name: z.string().optional() }))
    .optional(),
});

/** Every event the `user` function accepts, discriminated on `action`. */
export const UserEvent = z.discriminatedUnion('action', [WhoamiInput]);

export type WhoamiInput = z.infer<typeof WhoamiInput>;
export type WhoamiOutput = z.infer<typeof WhoamiOutput>;
export type UserEvent = z.infer<typeof UserEvent>;

/** Actions of the `user` function: input and output schema of each. */
export const userActions = {
  whoami: { input: WhoamiInput, output: WhoamiOutput },
} as const;
