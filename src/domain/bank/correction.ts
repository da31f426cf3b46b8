// 更正: an admin corrects an entry by reversing it (its mirror image, kind `reversal`, category
// correction), with who and why; nothing is edited or deleted. The reversal's _id `reversal:<id>` is
// the idempotency key, so an entry is reversed at most once. A reversal is never reversed (post the
// original again instead), and a reservation's entries are the counter's and expiry's, not an
// admin's. The posting rule refuses a reversal that would take an account below its floor (the
// volunteer already spent the points).
import { fail, ok, type Result } from '../errors';
import { reversal, type JournalEntry, type JournalKind } from './ledger';

/** Kinds an admin may not reverse: reversals, and a reservation's hold, release and confirmation. */
const NOT_CORRECTABLE: ReadonlySet<JournalKind> = new Set(['reversal', 'redemption_hold', 'redemption_release', 'redemption']);

export const isCorrectable = (entry: Pick<JournalEntry, 'kind'>): boolean => !NOT_CORRECTABLE.has(entry.kind);

export function decideCorrection(
  original: JournalEntry | null,
  c: { by: string; reason: string; requestId: string },
  now: Date,
): Result<JournalEntry & { requestId: string }> {
  if (!original) return fail('BANK.ENTRY_NOT_FOUND', 'no such journal entry');
  if (!isCorrectable(original)) return fail('BANK.NOT_CORRECTABLE', `a ${original.kind} entry is not corrected by reversal`);
  const entry = reversal(original, now, `更正：${c.reason}`, { by: c.by, reason: c.reason });
  return ok({ ...entry, requestId: c.requestId });
}
