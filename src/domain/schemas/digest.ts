// `dispatch.digest`: the weekly digest (周报) for a dispatcher (their communities) or a team leader
// (`teamId`: a team they lead, with the orders escalated to it).
import * as z from 'zod';
import { STATUSES } from '../wish/states';
import { Category, Id, IsoDate } from './common';

export const DigestInput = z.strictObject({ action: z.literal('digest'), teamId: Id.optional() });

const DigestList = z.strictObject({
  /** Up to 100 (「99+」 beyond 99). */
  count: z.number().int(),
  items: z.array(
    z.strictObject({
      id: z.string(),
      category: Category,
      status: z.enum(STATUSES),
      dueAt: IsoDate,
      escalated: z.boolean(),
      reminded: z.boolean(),
    }),
  ),
});

export const DigestOutput = z.strictObject({
  /** Whose digest: the centre's (派单范围) or one team's. */
  scope: z.strictObject({ kind: z.enum(['centre', 'team']), label: z.string(), teamId: z.string().optional() }),
  /** The teams the caller leads, to switch between (a dispatcher who also leads a team sees both). */
  teams: z.array(z.strictObject({ teamId: z.string(), name: z.string() })),
  from: IsoDate,
  to: IsoDate,
  overdue: DigestList,
  reopened: DigestList,
  unrated: DigestList,
  /** Members with no service in `days` days: masked names (王**), up to 20 listed. */
  idle: z.strictObject({
    count: z.number().int(),
    days: z.number().int(),
    names: z.array(z.string()),
    partial: z.boolean(),
  }),
  /** Visits (巡访) due in the period and missed, in the scope. */
  visitsMissed: z.number().int(),
});

export const digestActions = { digest: { input: DigestInput, output: DigestOutput } } as const;
