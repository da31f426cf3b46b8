// The bank's ledger actions (bank function): accounts and their entries, corrections, the budget
// queue, the offices' allotments and bonuses, verify. Registered in bank.ts's bankActions.
import * as z from 'zod';
import { ACCOUNT_KINDS } from '../bank/account';
import { ENTRY_CATEGORIES, JOURNAL_KINDS } from '../bank/ledger';
import { CATEGORIES } from '../menu';
import { Id, Page, RequestId, pageOf, text } from './common';

/** An account's id as the journal names it (`passbook:o_x`, `office:savings:c-1`): plain tokens only. */
const AccountIdInput = z.string().regex(/^(issuer|sponsor|passbook|merchant|hold|office):[0-9A-Za-z_:-]{1,100}$/, '账户编号格式不正确');
const EntryIdInput = z.string().regex(/^[0-9A-Za-z_:-]{1,200}$/, '记录编号格式不正确');
const Points = z.number().int().min(1, '积分至少为1').max(100_000, '一次最多10万积分');

export const AccountsInput = z.strictObject({
  action: z.literal('accounts'),
  kind: z.enum(ACCOUNT_KINDS, { error: '请选择账户类型' }),
  page: Page,
});
export const AccountsOutput = pageOf(
  z.strictObject({
    accountId: z.string(),
    kind: z.enum(ACCOUNT_KINDS),
    name: z.string(),
    balance: z.number().int(),
    minutes: z.number().int(),
  }),
);

export const AccountEntriesInput = z.strictObject({ action: z.literal('account_entries'), accountId: AccountIdInput, page: Page });
export const AccountEntriesOutput = z.strictObject({
  account: z.strictObject({ accountId: z.string(), name: z.string(), balance: z.number().int(), minutes: z.number().int() }),
  items: z.array(
    z.strictObject({
      entryId: z.string(),
      kind: z.enum(JOURNAL_KINDS),
      category: z.enum(ENTRY_CATEGORIES),
      at: z.string(),
      memo: z.string(),
      reason: z.string(),
      byName: z.string(),
      /** This account's change. */
      points: z.number().int(),
      minutes: z.number().int(),
      reverses: z.string().optional(),
      /** Reversed already (已更正). */
      corrected: z.boolean(),
      correctable: z.boolean(),
    }),
  ),
  page: z.number().int(),
  hasMore: z.boolean(),
});

export const CorrectInput = z.strictObject({
  action: z.literal('correct'),
  entryId: EntryIdInput,
  reason: text(2, 60),
  requestId: RequestId,
});
export const CorrectOutput = z.strictObject({ entryId: z.string(), created: z.boolean() });

export const WaitingCreditsInput = z.strictObject({ action: z.literal('waiting_credits'), sponsorId: Id.optional(), page: Page });
export const WaitingCreditsOutput = pageOf(
  z.strictObject({
    wishId: z.string(),
    sponsorId: z.string(),
    sponsorName: z.string(),
    /** The sponsor's budget now. */
    balance: z.number().int(),
    points: z.number().int(),
    category: z.enum(CATEGORIES),
    volunteerName: z.string(),
    since: z.string(),
  }),
);

export const VerifyInput = z.strictObject({ action: z.literal('verify') });
export const VerifyOutput = z.strictObject({
  entries: z.number().int(),
  accounts: z.number().int(),
  total: z.number().int(),
  unbalanced: z.array(z.string()),
  differences: z.array(
    z.strictObject({
      account: z.string(),
      stored: z.number().int().nullable(),
      derived: z.number().int(),
      storedMinutes: z.number().int().nullable(),
      derivedMinutes: z.number().int(),
    }),
  ),
  belowFloor: z.array(z.string()),
  /** Only this many of each list are returned. */
  truncated: z.boolean(),
});

export const OfficeGrantInput = z.discriminatedUnion(
  'level',
  [
    z.strictObject({
      action: z.literal('office_grant'),
      level: z.literal('branch'),
      streetId: Id,
      points: Points,
      reason: text(2, 60),
      requestId: RequestId,
    }),
    z.strictObject({
      action: z.literal('office_grant'),
      level: z.literal('savings'),
      communityId: Id,
      points: Points,
      reason: text(2, 60),
      requestId: RequestId,
    }),
  ],
  { error: '请选择拨付给分行还是储蓄所' },
);
export const OfficeGrantOutput = z.strictObject({ entryId: z.string(), created: z.boolean(), balance: z.number().int() });

export const BonusInput = z.strictObject({
  action: z.literal('bonus'),
  /** The volunteer (their id: never the caller's identity, which comes from the router). */
  volunteerId: Id,
  payer: z.enum(['savings', 'branch'], { error: '请选择由储蓄所还是分行发放' }),
  points: Points,
  reason: text(2, 60),
  requestId: RequestId,
});
export const BonusOutput = z.strictObject({ entryId: z.string(), created: z.boolean() });
