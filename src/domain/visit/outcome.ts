// The elder's board fields after a visit (the registry's board reads them) and when the community is
// alerted: 联系不上 twice in a row escalates at once; a missed visit escalates (from the timer).
import type { Elder } from './elder';
import type { VisitOutcome } from './order';

/** 联系不上 this many times in a row alerts the community. */
export const UNREACHABLE_ESCALATES_AT = 2;

export interface BoardChange {
  set: Partial<Pick<Elder, 'lastContactAt' | 'lastOutcome' | 'unreachableStreak' | 'escalatedAt'>>;
  escalate: 'unreachable' | undefined;
}

/** After an outcome: a contact resets the streak; 联系不上 grows it, and its second in a row escalates (once per run of them). */
export function boardAfter(elder: Pick<Elder, 'unreachableStreak'>, outcome: VisitOutcome, now: Date): BoardChange {
  if (outcome !== 'unreachable') return { set: { lastContactAt: now, lastOutcome: outcome, unreachableStreak: 0 }, escalate: undefined };
  const streak = (elder.unreachableStreak ?? 0) + 1;
  const escalate = streak === UNREACHABLE_ESCALATES_AT;
  return {
    set: { lastOutcome: outcome, unreachableStreak: streak, ...(escalate ? { escalatedAt: now } : {}) },
    escalate: escalate ? 'unreachable' : undefined,
  };
}
