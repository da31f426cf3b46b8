// Transitions of the lifecycle as one table: which action moves which states where, and who may do it.
// `decide` is the only place a status changes: functions persist what it returns.
import { fail, ok, type ErrorCode, type Result } from '../errors';
import type { Status } from './states';

/** How the actor relates to this wish (computed by `relationsOf`), or a role that acts on any wish. */
export type Relation = 'owner' | 'team_member' | 'team_leader' | 'claimant' | 'dispatcher' | 'system';

export const WISH_ACTIONS = ['dispatch', 'reject', 'cancel', 'claim', 'assign', 'release', 'return', 'check_in', 'complete', 'rate', 'close'] as const;
export type WishAction = (typeof WISH_ACTIONS)[number];

interface Rule {
  from: readonly Status[];
  to: Status;
  by: readonly Relation[];
  /** A specific code for the common wrong states a person meets (else ORDER.INVALID_TRANSITION). */
  wrongState?: { code: ErrorCode; when: readonly Status[] };
}

export const TRANSITIONS: Record<WishAction, Rule> = {
  dispatch: { from: ['submitted', 'returned', 'reopened', 'dispatched'], to: 'dispatched', by: ['dispatcher'] },
  reject: { from: ['submitted', 'returned', 'reopened'], to: 'rejected', by: ['dispatcher'] },
  // Cancelling is possible while nobody holds the wish (also when it is back at the centre).
  cancel: { from: ['submitted', 'dispatched', 'returned', 'reopened'], to: 'cancelled', by: ['owner'], wrongState: { code: 'WISH.CANNOT_CANCEL', when: ['claimed', 'in_service', 'completed', 'rated', 'closed'] } },
  claim: { from: ['dispatched'], to: 'claimed', by: ['team_member', 'team_leader'], wrongState: { code: 'ORDER.ALREADY_CLAIMED', when: ['claimed', 'in_service', 'completed', 'rated', 'closed'] } },
  assign: { from: ['dispatched'], to: 'claimed', by: ['team_leader'], wrongState: { code: 'ORDER.ALREADY_CLAIMED', when: ['claimed', 'in_service', 'completed', 'rated', 'closed'] } },
  release: { from: ['claimed'], to: 'dispatched', by: ['claimant', 'team_leader'] },
  return: { from: ['dispatched', 'claimed'], to: 'returned', by: ['team_leader'] },
  check_in: { from: ['claimed'], to: 'in_service', by: ['claimant'] },
  complete: { from: ['in_service'], to: 'completed', by: ['claimant'] },
  rate: { from: ['completed'], to: 'rated', by: ['owner'], wrongState: { code: 'WISH.ALREADY_RATED', when: ['rated', 'reopened'] } },
  close: { from: ['rated', 'completed'], to: 'closed', by: ['system'] },
};

/** A rating at or below this sends the wish back to the centre for another team (重办). */
export const REOPEN_AT_OR_BELOW = 2;

export interface HistoryEntry {
  at: Date;
  /** OPENID of who acted, or 'system'. */
  by: string;
  as: Relation;
  action: WishAction;
  from: Status;
  to: Status;
  note?: string;
}

export interface Decision {
  to: Status;
  entry: HistoryEntry;
}

/**
 * Decide one action on a wish in `status`, by an actor with `relations` to it.
 * `stars` is needed for `rate` (≤2 reopens). Returns the new status and its history entry.
 */
export function decide(
  action: WishAction,
  status: Status,
  actor: { openid: string; relations: readonly Relation[] },
  now: Date,
  opts: { note?: string; stars?: number } = {},
): Result<Decision> {
  const rule = TRANSITIONS[action];
  const as = rule.by.find((r) => actor.relations.includes(r));
  if (!as) return fail('AUTH.FORBIDDEN', `${action} is not allowed for this caller`);
  if (!rule.from.includes(status)) {
    const code = rule.wrongState?.when.includes(status) ? rule.wrongState.code : 'ORDER.INVALID_TRANSITION';
    return fail(code, `${action} is not possible from ${status}`);
  }
  // Nobody serves, and is paid for, a wish they filed themselves (also a 帮办员's proxy wishes).
  if ((action === 'claim' || action === 'assign') && actor.relations.includes('owner')) {
    return fail('ORDER.OWN_WISH', 'a wish cannot be served by whoever filed it');
  }
  const to: Status = action === 'rate' && (opts.stars ?? 5) <= REOPEN_AT_OR_BELOW ? 'reopened' : rule.to;
  const entry: HistoryEntry = { at: now, by: actor.openid, as, action, from: status, to };
  if (opts.note) entry.note = opts.note;
  return ok({ to, entry });
}

/** True when `path` (a wish's history) is a legal walk of the machine from `submitted`. */
export function isLegalHistory(path: ReadonlyArray<Pick<HistoryEntry, 'action' | 'from' | 'to'>>): boolean {
  let at: Status = 'submitted';
  for (const step of path) {
    const rule = TRANSITIONS[step.action];
    if (step.from !== at || !rule.from.includes(at)) return false;
    const allowed = step.action === 'rate' ? ['rated', 'reopened'] : [rule.to];
    if (!allowed.includes(step.to)) return false;
    at = step.to;
  }
  return true;
}
