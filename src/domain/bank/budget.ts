// An admin grants points to a sponsor's budget (预算拨付): a balanced `budget_grant` entry, head office →
// sponsor, with who entered it and why. Its _id comes from the client's request id, so a double tap
// (or a retry after a timeout) grants once.
import { budgetGrant, type JournalEntry } from './ledger';

export const MAX_GRANT_POINTS = 1_000_000;

export const grantEntryId = (sponsorId: string, requestId: string) => `grant:${sponsorId}:${requestId}`;

export function budgetGrantEntry(
  g: { sponsorId: string; points: number; reason: string; requestId: string; by: string },
  now: Date,
): JournalEntry {
  return budgetGrant(grantEntryId(g.sponsorId, g.requestId), g.sponsorId, g.points, now, { by: g.by, reason: g.reason });
}
