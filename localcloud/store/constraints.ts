// What a MongoDB-language filter says about single fields, as far as an index can use it.
import { matcher } from './matcher';
import { isPlainObject, scalarKey } from './keys';
import { compareValues } from './order';

/**
 * `lo`/`hi`: the range's bounds when they are a number, string or Date (the tightest of each side). A
 * range matches only values of its bounds' type (MongoDB's type bracketing), so the matching keys sit
 * between them in an index level's order and a binary search finds where they start and end.
 */
export type Constraint = { kind: 'eq'; keys: string[] } | { kind: 'range'; test: (value: unknown) => boolean; lo?: unknown; hi?: unknown };

const bound = (v: unknown): boolean => typeof v === 'number' || typeof v === 'string' || v instanceof Date;
const tighter = (a: unknown, b: unknown, side: 1 | -1): unknown =>
  a === undefined ? b : b === undefined ? a : compareValues(a, b) * side >= 0 ? a : b;

const RANGE_OPS = new Set(['$gt', '$gte', '$lt', '$lte']);

function fieldConstraint(cond: unknown): Constraint | undefined {
  const k = scalarKey(cond);
  if (k !== undefined) return { kind: 'eq', keys: [k] };
  if (!isPlainObject(cond)) return undefined;
  const ops = Object.keys(cond);
  if (ops.length === 0 || !ops.every((o) => o.startsWith('$'))) return undefined;
  if ('$eq' in cond) return fieldConstraint(cond.$eq);
  if (Array.isArray(cond.$in)) {
    const keys = cond.$in.map(scalarKey);
    return keys.every((x): x is string => x !== undefined) ? { kind: 'eq', keys } : undefined;
  }
  const range = Object.fromEntries(Object.entries(cond).filter(([o]) => RANGE_OPS.has(o)));
  if (Object.keys(range).length === 0) return undefined;
  const q = matcher({ v: range });
  const lo = [range.$gt, range.$gte].filter(bound).reduce((a, b) => tighter(a, b, 1), undefined);
  const hi = [range.$lt, range.$lte].filter(bound).reduce((a, b) => tighter(a, b, -1), undefined);
  return { kind: 'range', test: (value) => q.test({ v: value }), lo, hi };
}

/** Per-field constraints of the top level of a filter (and of a top-level $and). */
export function constraintsOf(filter: Record<string, unknown>): Map<string, Constraint> {
  const out = new Map<string, Constraint>();
  const visit = (f: Record<string, unknown>) => {
    for (const [field, cond] of Object.entries(f)) {
      if (field === '$and' && Array.isArray(cond)) {
        for (const part of cond) if (isPlainObject(part)) visit(part);
        continue;
      }
      if (field.startsWith('$')) continue;
      const c = fieldConstraint(cond);
      const had = out.get(field);
      // Two bounds of one field in a $and (the SDK's `_.gte(a).and(_.lt(b))`) narrow together.
      if (c?.kind === 'range' && had?.kind === 'range') {
        out.set(field, {
          kind: 'range',
          test: (v) => had.test(v) && c.test(v),
          lo: tighter(had.lo, c.lo, 1),
          hi: tighter(had.hi, c.hi, -1),
        });
      } else if (c && !had) out.set(field, c);
    }
  };
  visit(filter);
  return out;
}

/** Branches of a top-level $or, when the filter is nothing but that $or (plus fields every branch shares). */
export function orBranches(filter: Record<string, unknown>): Array<Record<string, unknown>> | undefined {
  const or = filter.$or;
  if (!Array.isArray(or) || !or.every(isPlainObject)) return undefined;
  const rest = Object.fromEntries(Object.entries(filter).filter(([k]) => k !== '$or'));
  return or.map((branch) => ({ ...rest, ...(branch as Record<string, unknown>) }));
}
