// The bank's offices: the head office (总行, the issuer) allots points to a branch (分行, a street),
// a branch to its savings offices (储蓄所, its communities); an office pays a volunteer a bonus (奖励积分).
// Each is one balanced entry whose _id comes from the admin's request id (a double tap posts once);
// an office cannot pay more than it holds (its floor is 0).
import { ISSUER, branchOffice, makeEntry, passbookOf, savingsOffice, type AccountId, type JournalEntry } from './ledger';

export type OfficeGrant =
  | { level: 'branch'; streetId: string; points: number; reason: string; requestId: string; by: string }
  | { level: 'savings'; streetId: string; communityId: string; points: number; reason: string; requestId: string; by: string };

/** Who pays and who receives an allotment: head office → branch, or the community's branch → its savings office. */
export function allotmentAccounts(g: OfficeGrant): { from: AccountId; to: AccountId } {
  return g.level === 'branch'
    ? { from: ISSUER, to: branchOffice(g.streetId) }
    : { from: branchOffice(g.streetId), to: savingsOffice(g.communityId) };
}

export function officeGrantEntry(g: OfficeGrant, now: Date): JournalEntry {
  const { from, to } = allotmentAccounts(g);
  return makeEntry({
    _id: `allot:${to}:${g.requestId}`,
    kind: 'office_grant',
    at: now,
    lines: [
      { account: from, points: -g.points },
      { account: to, points: g.points },
    ],
    memo: `${g.level === 'branch' ? '总行拨付分行' : '分行拨付储蓄所'}：${g.reason}`,
    by: g.by,
    reason: g.reason,
  });
}

export function bonusEntry(
  b: {
    payer: 'branch' | 'savings';
    streetId: string;
    communityId: string;
    openid: string;
    points: number;
    reason: string;
    requestId: string;
    by: string;
  },
  now: Date,
): JournalEntry {
  const from = b.payer === 'branch' ? branchOffice(b.streetId) : savingsOffice(b.communityId);
  return makeEntry({
    _id: `bonus:${b.openid}:${b.requestId}`,
    kind: 'bonus',
    at: now,
    lines: [
      { account: from, points: -b.points },
      { account: passbookOf(b.openid), points: b.points },
    ],
    memo: `${b.payer === 'branch' ? '分行' : '储蓄所'}奖励积分：${b.reason}`,
    by: b.by,
    reason: b.reason,
  });
}
