// Applying an update (operators, or a whole replacement) to one document, with mingo's update engine.
import { CloudError } from '../types';
import { clone, type Doc } from './ejson';
import { applyOperators } from './matcher';

export function isOperatorUpdate(data: Record<string, unknown>): boolean {
  const keys = Object.keys(data);
  return keys.length > 0 && keys.every((k) => k.startsWith('$'));
}

/**
 * Returns the new document (never mutates `doc`), whether anything changed, and for an operator update
 * the paths it changed (what the journal keeps instead of the whole document). The new document shares
 * every subtree the update did not touch with `doc`: stored documents are never mutated, so sharing is
 * safe, and a counter in a large document costs its path, not a copy of the document.
 */
export function applyUpdate(doc: Doc, data: Record<string, unknown>, replace: boolean): { doc: Doc; changed: boolean; paths?: string[] } {
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
  const next = copyAlong(doc, data);
  let paths: string[];
  try {
    paths = applyOperators(next, data);
  } catch (err) {
    throw new CloudError('DATABASE_INVALID_OPERRATOR', `update rejected: ${(err as Error).message}`);
  }
  return { doc: next, changed: paths.length > 0, paths };
}

/** The changed paths' new values, and the paths now missing: `$set`/`$unset` that redo the update. */
export function changesAt(doc: Doc, paths: readonly string[]): { set: Record<string, unknown>; unset: string[] } {
  const set: Record<string, unknown> = {};
  const unset: string[] = [];
  for (const p of [...paths].sort((a, b) => a.length - b.length)) {
    const { value } = walk(doc, p);
    if (value === undefined) unset.push(p);
    else set[p] = value;
  }
  return { set, unset };
}

/**
 * A shallow copy of `doc` with every container on the update's paths copied too, and the value at the
 * end of each path (or at an array a positional `$` segment reaches into) copied deeply, since mingo
 * mutates those in place. What no path reaches stays shared.
 */
function copyAlong(doc: Doc, data: Record<string, unknown>): Doc {
  const root: Record<string, unknown> = { ...doc };
  const copied = new WeakSet<object>([root]);
  for (const [op, fields] of Object.entries(data)) {
    if (!fields || typeof fields !== 'object') continue;
    const paths = Object.keys(fields);
    if (op === '$rename') paths.push(...Object.values(fields).filter((v): v is string => typeof v === 'string'));
    for (const p of paths) copyPath(root, p.split('.'), copied);
  }
  return root as Doc;
}

function copyPath(root: Record<string, unknown>, parts: string[], copied: WeakSet<object>): void {
  let at: Record<string, unknown> = root;
  for (let i = 0; i < parts.length; i++) {
    const key = parts[i] as string;
    const child = at[key];
    if (child === null || typeof child !== 'object' || child instanceof Date) return;
    const end = i === parts.length - 1 || (parts[i + 1] as string).startsWith('$');
    let own = child as Record<string, unknown>;
    if (!copied.has(child)) {
      own = end ? clone(own) : Array.isArray(child) ? ([...child] as unknown as Record<string, unknown>) : { ...own };
      copied.add(own);
      at[key] = own;
    }
    if (end) return;
    at = own;
  }
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
