// The centre's award (补记积分) after a redo: a sent-back service earns hours but no points, unless a
// dispatcher decides otherwise. One award per served attempt (its journal _id is the idempotency key).
import { fail, ok, type Result } from '../errors';
import type { Wish } from '../wish/wish';
import { serviceAward, type JournalEntry } from './ledger';

/** The latest sent-back attempt that was served (completed), as its index; undefined when there is none. */
export function servedAttempt(wish: Pick<Wish, 'attempts'>): number | undefined {
  const attempts = wish.attempts ?? [];
  for (let i = attempts.length - 1; i >= 0; i--) if (attempts[i]!.completion) return i;
  return undefined;
}

/** The award's journal entry, sponsor → the volunteer who served the latest sent-back attempt; or a refusal. */
export function decideAward(
  wish: Pick<Wish, '_id' | 'attempts' | 'sponsorId'>,
  dispatcher: string,
  points: number,
  reason: string,
  now: Date,
): Result<JournalEntry> {
  const n = servedAttempt(wish);
  if (n === undefined) return fail('AWARD.NO_SERVICE', 'no sent-back service to award');
  const attempt = wish.attempts![n]!;
  return ok(
    serviceAward({ wishId: wish._id, n, volunteer: attempt.claimant, sponsorId: wish.sponsorId, points, by: dispatcher, reason }, now),
  );
}
