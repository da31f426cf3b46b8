// The machinery every lifecycle shares (a wish, a team membership; next: a reward reservation, a
// visit, an activity sign-up). A lifecycle is one table: each row says which states an action moves
// from and to, who may do it, the guards that refuse it (each with its code) and the fields it sets,
// clears and appends. `decide` returns the complete change; a function only persists it.
import { fail, ok, type ErrorCode, type Result } from './errors';

/** What a row's guards and effects see: the document, who acts (and as what), when, and the input. */
export interface Situation<D, R extends string, P> {
  doc: D;
  actor: { openid: string; relations: readonly R[] };
  as: R;
  now: Date;
  params: P;
}

export interface Guard<C> {
  code: ErrorCode;
  message: string;
  refuses: (c: C) => boolean;
}

/** Field effects of one transition, as data: set, clear, append to arrays. */
export interface Effects {
  set?: Record<string, unknown>;
  unset?: readonly string[];
  push?: Record<string, unknown>;
}

export interface Row<S extends string, R extends string, C> {
  from: readonly S[];
  /** Every state the action can lead to (a legal history checks against this); `choose` picks one. */
  to: readonly [S, ...S[]];
  choose?: (c: C) => S;
  by: readonly R[];
  /** The refusal when the actor holds none of `by` (AUTH.FORBIDDEN unless said otherwise). */
  denied?: ErrorCode;
  /** A specific code for the wrong states a person commonly meets (else ORDER.INVALID_TRANSITION). */
  wrongState?: (c: C) => ErrorCode | undefined;
  guards?: ReadonlyArray<Guard<C>>;
  effects?: (c: C) => Effects;
  /** Extra fields of the history entry (e.g. the stars of a rating). */
  record?: (c: C) => Record<string, unknown>;
}

export type Table<A extends string, S extends string, R extends string, C> = Readonly<Record<A, Row<S, R, C>>>;

export interface Entry<A extends string, S extends string, R extends string> {
  at: Date;
  /** OPENID of who acted, or 'system'. */
  by: string;
  as: R;
  action: A;
  from: S;
  to: S;
  note?: string;
}

/** The whole change one action makes to one document. */
export interface Change<A extends string, S extends string, R extends string> {
  from: S;
  to: S;
  /** The version the change was decided on (compare-and-set), when the document is versioned. */
  version?: number;
  set: Record<string, unknown>;
  unset: string[];
  push: Record<string, unknown[]>;
  entry: Entry<A, S, R>;
}

/** "May this actor do this?" — before anything is loaded or checked: the relation it acts as. */
export function authorize<A extends string, S extends string, R extends string, C>(
  table: Table<A, S, R, C>,
  action: A,
  relations: readonly R[],
): Result<R> {
  const row = table[action];
  const as = row.by.find((r) => relations.includes(r));
  return as === undefined ? fail(row.denied ?? 'AUTH.FORBIDDEN', `${action} is not allowed for this caller`) : ok(as);
}

/** Decide `action` on `doc`: authorisation, state, guards, then the complete change. */
export function decide<
  A extends string,
  S extends string,
  R extends string,
  D extends { status: S; version?: number },
  P extends { note?: string },
>(
  table: Table<A, S, R, Situation<D, R, P>>,
  action: A,
  doc: D,
  actor: { openid: string; relations: readonly R[] },
  now: Date,
  params: P,
): Result<Change<A, S, R>> {
  const allowed = authorize(table, action, actor.relations);
  if (!allowed.ok) return allowed;
  const row = table[action];
  const c: Situation<D, R, P> = { doc, actor, as: allowed.data, now, params };
  if (!row.from.includes(doc.status))
    return fail(row.wrongState?.(c) ?? 'ORDER.INVALID_TRANSITION', `${action} is not possible from ${doc.status}`);
  const refused = row.guards?.find((g) => g.refuses(c));
  if (refused) return fail(refused.code, refused.message);
  const to = row.choose ? row.choose(c) : row.to[0];
  const effects = row.effects?.(c) ?? {};
  const entry: Entry<A, S, R> = {
    at: now,
    by: actor.openid,
    as: c.as,
    action,
    from: doc.status,
    to,
    ...(params.note ? { note: params.note } : {}),
    ...row.record?.(c),
  };
  return ok({
    from: doc.status,
    to,
    ...(typeof doc.version === 'number' ? { version: doc.version } : {}),
    set: effects.set ?? {},
    unset: [...(effects.unset ?? [])],
    push: Object.fromEntries(Object.entries(effects.push ?? {}).map(([k, v]) => [k, [v]])),
    entry,
  });
}

/** True when `path` (a stored history) is a legal walk of the table from `start`. */
export function isLegalHistory<A extends string, S extends string>(
  table: Readonly<Record<A, { from: readonly S[]; to: readonly S[] }>>,
  start: S,
  path: ReadonlyArray<{ action: A; from: S; to: S }>,
): boolean {
  let at = start;
  for (const step of path) {
    const row = table[step.action];
    if (!row || step.from !== at || !row.from.includes(at) || !row.to.includes(step.to)) return false;
    at = step.to;
  }
  return true;
}

/** The document after a change (what the compare-and-set update writes), for tests and simulations. */
export function applyChange<D extends object>(doc: D, change: Change<string, string, string>): D {
  const out: Record<string, unknown> = { ...doc, ...change.set, status: change.to };
  for (const field of change.unset) delete out[field];
  for (const [field, items] of Object.entries(change.push)) out[field] = [...((out[field] as unknown[] | undefined) ?? []), ...items];
  if (change.version !== undefined) out.version = change.version + 1;
  out.history = [...((out.history as unknown[] | undefined) ?? []), change.entry];
  return out as D;
}
