// The public-welfare bank's journal: double-entry and append-only. Every entry's lines sum to zero;
// balances are derived from entries; a correction is a reversing entry, never an edit.
import { activityCreditId } from '../activity/activity';
import { MAX_CREDITED_MINUTES, SERVICE_MENU, type Category } from '../menu';

/**
 * `sponsor:<id>` pays (government, 爱心联盟 enterprises); `passbook:<openid>` is a volunteer's 存折;
 * `merchant:<shopId>` is a shop of the 爱心联盟 (points it has taken at the counter); `hold:<reservationId>`
 * holds a reservation's points until the counter confirms it or it expires; `office:<branch|savings>:<id>`
 * is a branch (分行, a street) or a savings office (储蓄所, a community); the head office (总行) is the issuer.
 */
export type AccountId =
  `sponsor:${string}` | `passbook:${string}` | `issuer:${string}` | `merchant:${string}` | `hold:${string}` | `office:${string}`;

/** The bank's head office (总行): every budget is issued from it, so its balance is minus all budgets granted. */
export const ISSUER: AccountId = 'issuer:head-office';
export const passbookOf = (openid: string): AccountId => `passbook:${openid}`;
export const sponsorAccount = (sponsorId: string): AccountId => `sponsor:${sponsorId}`;
export const merchantAccount = (shopId: string): AccountId => `merchant:${shopId}`;
export const holdAccount = (reservationId: string): AccountId => `hold:${reservationId}`;
export const branchOffice = (streetId: string): AccountId => `office:branch:${streetId}`;
export const savingsOffice = (communityId: string): AccountId => `office:savings:${communityId}`;

/** The lowest balance an account may reach: only the issuer goes below zero (it is minus all it issued). */
export const floorOf = (account: AccountId): number => (account.startsWith('issuer:') ? -Infinity : 0);

export interface JournalLine {
  account: AccountId;
  /** Points: positive credits the account, negative debits it. */
  points: number;
}

/**
 * service_credit: a served wish paid; service_hours: a sent-back service's hours, no points (zero
 * lines: nothing moves, yet the passbook lists it and its minutes count); service_award: the centre
 * pays a sent-back service after all; budget_grant; reversal.
 */
export const JOURNAL_KINDS = [
  'service_credit',
  'service_hours',
  'service_award',
  'budget_grant',
  'reversal',
  /** An office or the centre pays a volunteer extra (奖励积分), e.g. the head office's collective redemption. */
  'bonus',
  /** The head office allots points to a branch, a branch to a savings office. */
  'office_grant',
  /** A reservation holds points: passbook → hold. */
  'redemption_hold',
  /** A reservation expired or was cancelled: hold → passbook. */
  'redemption_release',
  /** Confirmed at the counter (核销): hold → merchant. */
  'redemption',
  /** An activity (活动) closed: its sponsor pays each attendee the activity's points, with the minutes served. */
  'activity_credit',
] as const;
export type JournalKind = (typeof JOURNAL_KINDS)[number];

/**
 * Entries that are one service done: a wish paid, an activity attended (an hour served at an activity is
 * an hour served). The badges count these; hours count from every entry's minutes.
 */
export const SERVICE_KINDS: ReadonlySet<JournalKind> = new Set<JournalKind>(['service_credit', 'activity_credit']);

/** The category every entry carries (the passbook's filter, the statements' columns). */
export const ENTRY_CATEGORIES = ['service', 'bonus', 'redemption', 'grant', 'correction'] as const;
export type EntryCategory = (typeof ENTRY_CATEGORIES)[number];
export const CATEGORY_OF: Readonly<Record<JournalKind, EntryCategory>> = {
  service_credit: 'service',
  service_hours: 'service',
  service_award: 'service',
  budget_grant: 'grant',
  office_grant: 'grant',
  reversal: 'correction',
  bonus: 'bonus',
  redemption_hold: 'redemption',
  redemption_release: 'redemption',
  redemption: 'redemption',
  activity_credit: 'service',
};
export const CATEGORY_LABELS: Readonly<Record<EntryCategory, string>> = {
  service: '服务',
  bonus: '奖励',
  redemption: '兑换',
  grant: '拨付',
  correction: '更正',
};
/** `by` of an entry no person entered (a rating's credit, a timer). */
export const SYSTEM = 'system';

export interface JournalEntry {
  /** Idempotency key: one entry per business event (e.g. `credit:<wishId>`), so a retry cannot pay twice. */
  _id: string;
  kind: JournalKind;
  category: EntryCategory;
  at: Date;
  lines: JournalLine[];
  /** Accounts touched, for the passbook query (index on `accounts`). */
  accounts: AccountId[];
  wishId?: string;
  /** An activity's credit names it. */
  activityId?: string;
  /** Service minutes credited with a service_credit (hours are not money: they do not balance). */
  minutes?: number;
  reverses?: string;
  memo: string;
  /** Who entered it: a person's OPENID (never shown to the volunteer), or SYSTEM. */
  by: string;
  /** Why: what a person gave, or the memo for an automatic entry. */
  reason: string;
  /** A reservation's entries name it. */
  reservationId?: string;
  /** A service credit's version of the points rules (settings `points`; 0: the defaults). */
  rulesVersion?: number;
}

export const isBalanced = (entry: Pick<JournalEntry, 'lines'>): boolean =>
  entry.lines.length >= 2 && entry.lines.every((l) => Number.isInteger(l.points)) && entry.lines.reduce((s, l) => s + l.points, 0) === 0;

/** Builds an entry: its category from its kind, its accounts from its lines, `by`/`reason` defaulting to SYSTEM/memo; throws when unbalanced. */
export function makeEntry(
  e: Omit<JournalEntry, 'accounts' | 'category' | 'by' | 'reason'> & { by?: string; reason?: string },
): JournalEntry {
  const out: JournalEntry = {
    ...e,
    category: CATEGORY_OF[e.kind],
    by: e.by ?? SYSTEM,
    reason: e.reason ?? e.memo,
    accounts: [...new Set(e.lines.map((l) => l.account))],
  };
  if (!isBalanced(out)) throw new Error(`unbalanced journal entry ${e._id}`);
  return out;
}

export const creditEntryId = (wishId: string) => `credit:${wishId}`;

/**
 * Points and hours for a served wish, paid from the sponsor's budget into the volunteer's passbook.
 * `priced`: the points under the rules in force (rules.ts) and their version; without it, the menu's.
 */
export function serviceCredit(
  wish: { _id: string; category: Category; completion?: { minutes: number } },
  volunteer: string,
  sponsorId: string,
  now: Date,
  priced?: { points: number; rulesVersion: number },
): JournalEntry {
  const points = priced?.points ?? SERVICE_MENU[wish.category].points;
  return makeEntry({
    ...(priced ? { rulesVersion: priced.rulesVersion } : {}),
    _id: creditEntryId(wish._id),
    kind: 'service_credit',
    at: now,
    wishId: wish._id,
    minutes: Math.min(wish.completion?.minutes ?? 0, MAX_CREDITED_MINUTES),
    lines: [
      { account: sponsorAccount(sponsorId), points: -points },
      { account: passbookOf(volunteer), points },
    ],
    memo: `${SERVICE_MENU[wish.category].label} 服务积分`,
  });
}

/** Idempotency keys of a sent-back service (attempt `n`, from 0): its hours, and the centre's award. */
export const hoursEntryId = (wishId: string, n: number) => `hours:${wishId}:${n}`;
export const awardEntryId = (wishId: string, n: number) => `award:${wishId}:${n}`;

/**
 * The hours of a service the resident sent back (重办): recorded, not paid. Points are money and
 * hours are not, so the entry moves zero points (sponsor 0, passbook 0 — balanced, and honest that
 * the sponsor paid nothing) and carries the minutes; the passbook's minutes grow by them.
 */
export function serviceHours(
  wishId: string,
  n: number,
  category: Category,
  volunteer: string,
  sponsorId: string,
  minutes: number,
  now: Date,
) {
  return makeEntry({
    _id: hoursEntryId(wishId, n),
    kind: 'service_hours',
    at: now,
    wishId,
    minutes: Math.min(Math.max(0, minutes), MAX_CREDITED_MINUTES),
    lines: [
      { account: sponsorAccount(sponsorId), points: 0 },
      { account: passbookOf(volunteer), points: 0 },
    ],
    memo: `${SERVICE_MENU[category].label} 已退回重办，记服务时长`,
  });
}

/** The centre pays a sent-back service after all: sponsor → volunteer, once per attempt, with who and why. */
export function serviceAward(
  a: { wishId: string; n: number; volunteer: string; sponsorId: string; points: number; by: string; reason: string },
  now: Date,
): JournalEntry {
  return makeEntry({
    _id: awardEntryId(a.wishId, a.n),
    kind: 'service_award',
    at: now,
    wishId: a.wishId,
    lines: [
      { account: sponsorAccount(a.sponsorId), points: -a.points },
      { account: passbookOf(a.volunteer), points: a.points },
    ],
    memo: `中心补记积分：${a.reason}`,
    by: a.by,
    reason: a.reason,
  });
}

/** A sponsor's budget, issued by the bank's head office (总行); `by` and `reason` when an admin entered it. */
export function budgetGrant(
  id: string,
  sponsorId: string,
  points: number,
  now: Date,
  entered?: { by: string; reason: string },
): JournalEntry {
  return makeEntry({
    _id: id,
    kind: 'budget_grant',
    at: now,
    lines: [
      { account: ISSUER, points: -points },
      { account: sponsorAccount(sponsorId), points },
    ],
    memo: entered ? `公益积分预算：${entered.reason}` : '公益积分预算',
    ...(entered ? { by: entered.by, reason: entered.reason } : {}),
  });
}

export const reversalEntryId = (entryId: string) => `reversal:${entryId}`;

/** Undo an entry by its mirror image (更正); `by` and `reason` when an admin entered it. */
export function reversal(original: JournalEntry, now: Date, memo: string, entered?: { by: string; reason: string }): JournalEntry {
  return makeEntry({
    ...(entered ? { by: entered.by, reason: entered.reason } : {}),
    _id: reversalEntryId(original._id),
    kind: 'reversal',
    at: now,
    reverses: original._id,
    ...(original.wishId ? { wishId: original.wishId } : {}),
    ...(original.activityId ? { activityId: original.activityId } : {}),
    ...(original.minutes ? { minutes: -original.minutes } : {}),
    lines: original.lines.map((l) => ({ account: l.account, points: -l.points })),
    memo,
  });
}

/** Balances derived from entries (the stored balances must always equal this). */
export function balancesOf(entries: readonly JournalEntry[]): Map<AccountId, number> {
  const out = new Map<AccountId, number>();
  for (const e of entries) for (const l of e.lines) out.set(l.account, (out.get(l.account) ?? 0) + l.points);
  return out;
}

/**
 * An attendee of an activity paid at its closing: the activity's points from its sponsor into the
 * passbook, with the minutes served (already capped at the activity's length). One per person and
 * activity (`activityCreditId`), so closing again pays nothing.
 */
export function activityCredit(
  a: { _id: string; title: string; sponsorId: string; points: number },
  volunteer: string,
  minutes: number,
  now: Date,
): JournalEntry {
  return makeEntry({
    _id: activityCreditId(a._id, volunteer),
    kind: 'activity_credit',
    at: now,
    activityId: a._id,
    minutes,
    lines: [
      { account: sponsorAccount(a.sponsorId), points: -a.points },
      { account: passbookOf(volunteer), points: a.points },
    ],
    memo: `活动「${a.title}」积分`,
  });
}
