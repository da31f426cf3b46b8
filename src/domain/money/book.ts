// The money book (资金账, in fen), kept apart from the points ledger: its own accounts and journal,
// the same rules — every entry balances, has an idempotency key (its _id), who entered it and why,
// and nothing is edited. It records who paid the repairer for a service at cost.
import type { RepairQuote } from './price';

/**
 * `fund:<communityId>`: the community's public-welfare fund (公益基金), never below zero;
 * `household:<wishId>`: what the household paid for that service (money from outside the book);
 * `provider:<teamId>`: what the team (the repairer) is owed for its services;
 * `outside:<source>`: money put into a fund from outside (a street grant, a donation).
 */
export type MoneyAccountId = `fund:${string}` | `household:${string}` | `provider:${string}` | `outside:${string}`;

export const fundAccount = (communityId: string): MoneyAccountId => `fund:${communityId}`;
export const householdAccount = (wishId: string): MoneyAccountId => `household:${wishId}`;
export const providerAccount = (teamId: string): MoneyAccountId => `provider:${teamId}`;
export const OUTSIDE: MoneyAccountId = 'outside:grants';

/** Accounts that stand for money from outside go below zero (minus all they brought in); funds and providers never do. */
export const moneyFloorOf = (account: MoneyAccountId): number =>
  account.startsWith('household:') || account.startsWith('outside:') ? -Infinity : 0;

export const MONEY_KINDS = ['repair', 'fund_topup'] as const;
export type MoneyKind = (typeof MONEY_KINDS)[number];
export const MONEY_KIND_LABELS: Readonly<Record<MoneyKind, string>> = { repair: '维修结算', fund_topup: '基金拨入' };

export interface MoneyLine {
  account: MoneyAccountId;
  /** Fen: positive credits the account, negative debits it. */
  fen: number;
}

export interface MoneyEntry {
  /** Idempotency key: `repair:<wishId>`, `topup:<requestId>`. */
  _id: string;
  kind: MoneyKind;
  at: Date;
  lines: MoneyLine[];
  /** Accounts touched (index accounts_1_at_-1). */
  accounts: MoneyAccountId[];
  /** The fund's community, for the admin's list per fund. */
  communityId: string;
  wishId?: string;
  by: string;
  reason: string;
}

export const isMoneyBalanced = (e: Pick<MoneyEntry, 'lines'>): boolean =>
  e.lines.length >= 2 && e.lines.every((l) => Number.isSafeInteger(l.fen)) && e.lines.reduce((s, l) => s + l.fen, 0) === 0;

/** Builds an entry (zero lines dropped, accounts listed); throws when unbalanced. */
export function makeMoneyEntry(e: Omit<MoneyEntry, 'accounts'>): MoneyEntry {
  const lines = e.lines.filter((l) => l.fen !== 0);
  const out = { ...e, lines, accounts: [...new Set(lines.map((l) => l.account))] };
  if (!isMoneyBalanced(out)) throw new Error(`unbalanced money entry ${e._id}`);
  return out;
}

export const repairEntryId = (wishId: string) => `repair:${wishId}`;

/** A served priced wish: the fund's share and the household's share both go to the team that served it. */
export function repairEntry(
  wish: { _id: string; communityId: string; teamId: string; quote: Pick<RepairQuote, 'marketFen' | 'householdFen' | 'fundFen'> },
  now: Date,
): MoneyEntry {
  const { marketFen, householdFen, fundFen } = wish.quote;
  return makeMoneyEntry({
    _id: repairEntryId(wish._id),
    kind: 'repair',
    at: now,
    communityId: wish.communityId,
    wishId: wish._id,
    lines: [
      { account: fundAccount(wish.communityId), fen: -fundFen },
      { account: householdAccount(wish._id), fen: -householdFen },
      { account: providerAccount(wish.teamId), fen: marketFen },
    ],
    by: 'system',
    reason: '维修服务结算',
  });
}

/** Money put into a community's fund, by an admin, with a reason. */
export function fundTopup(a: { requestId: string; communityId: string; fen: number; by: string; reason: string }, now: Date): MoneyEntry {
  return makeMoneyEntry({
    _id: `topup:${a.requestId}`,
    kind: 'fund_topup',
    at: now,
    communityId: a.communityId,
    lines: [
      { account: OUTSIDE, fen: -a.fen },
      { account: fundAccount(a.communityId), fen: a.fen },
    ],
    by: a.by,
    reason: a.reason,
  });
}

/** Each account's change, or the first account that would fall below its floor. */
export function decideMoneyPost(
  balanceOf: (a: MoneyAccountId) => number,
  entry: Pick<MoneyEntry, 'lines'>,
): { ok: true; moves: Map<MoneyAccountId, number> } | { ok: false; account: MoneyAccountId } {
  const moves = new Map<MoneyAccountId, number>();
  for (const l of entry.lines) moves.set(l.account, (moves.get(l.account) ?? 0) + l.fen);
  for (const [account, fen] of moves) if (balanceOf(account) + fen < moneyFloorOf(account)) return { ok: false, account };
  return { ok: true, moves };
}
