// Applying an update (operators, or a whole replacement) to one document, with mingo's update engine.
import { update as applyOperators } from 'mingo';
import { CloudError } from '../types';
import { clone, type Doc } from './ejson';

export function isOperatorUpdate(data: Record<string, unknown>): boolean {
  const keys = Object.keys(data);
  return keys.length > 0 && keys.every((k) => k.startsWith('$'));
}

/** Returns the new document (never mutates `doc`), and whether anything changed. */
export function applyUpdate(doc: Doc, data: Record<string, unknown>, replace: boolean): { doc: Doc; changed: boolean } {
  if (replace || !isOperatorUpdate(data)) {
    if (Object.keys(data).some((k) => k.startsWith('$'))) {
      throw new CloudError('DATABASE_INVALID_OPERRATOR', 'replacement document must not contain update operators');
    }
    if ('_id' in data && data._id !== doc._id) throw new CloudError('DATABASE_REQUEST_FAILED', 'cannot change _id');
    const next = { ...clone(data), _id: doc._id } as Doc;
    return { doc: next, changed: JSON.stringify(next) !== JSON.stringify(doc) };
  }
  for (const fields of Object.values(data)) {
    if (fields && typeof fields === 'object' && Object.keys(fields).some((f) => f === '_id' || f.startsWith('_id.'))) {
      throw new CloudError('DATABASE_REQUEST_FAILED', 'cannot change _id');
    }
  }
  checkTypes(doc, data);
  const next = clone(doc);
  let paths: string[];
  try {
    paths = applyOperators(next, data as never, undefined, undefined, { cloneMode: 'deep' });
  } catch (err) {
    throw new CloudError('DATABASE_INVALID_OPERRATOR', `update rejected: ${(err as Error).message}`);
  }
  return { doc: next, changed: paths.length > 0 };
}

const NUMERIC_OPS = new Set(['$inc', '$mul']);
const ARRAY_OPS = new Set(['$push', '$addToSet', '$pop', '$pull', '$pullAll']);

/**
 * MongoDB refuses an operator on a field of the wrong type (`$inc` on a string, `$push` on a number,
 * a dotted path through a scalar); mingo would silently skip it, so a transaction could commit half.
 */
function checkTypes(doc: Doc, data: Record<string, unknown>): void {
  for (const [op, fields] of Object.entries(data)) {
    if (!fields || typeof fields !== 'object') continue;
    for (const path of Object.keys(fields)) {
      const { value, blockedAt } = walk(doc, path);
      const fail = (why: string) => {
        throw new CloudError('DATABASE_REQUEST_FAILED', `Cannot apply ${op} to ${path}: ${why}`);
      };
      if (blockedAt !== undefined) fail(`${blockedAt} is not an object`);
      if (value === undefined) continue;
      if (NUMERIC_OPS.has(op) && typeof value !== 'number') fail('the field is not a number');
      if (ARRAY_OPS.has(op) && !Array.isArray(value)) fail('the field is not an array');
    }
  }
}

/** The value at a dotted path, or where the path runs into a scalar. */
function walk(doc: unknown, path: string): { value: unknown; blockedAt?: string } {
  let at: unknown = doc;
  const parts = path.split('.');
  for (let i = 0; i < parts.length; i++) {
    if (at === undefined || at === null) return { value: undefined };
    if (typeof at !== 'object' || at instanceof Date) return { value: undefined, blockedAt: parts.slice(0, i).join('.') };
    at = (at as Record<string, unknown>)[parts[i]];
  }
  return { value: at };
}
