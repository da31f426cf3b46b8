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
  const next = clone(doc);
  let paths: string[];
  try {
    paths = applyOperators(next, data as never, undefined, undefined, { cloneMode: 'deep' });
  } catch (err) {
    throw new CloudError('DATABASE_INVALID_OPERRATOR', `update rejected: ${(err as Error).message}`);
  }
  return { doc: next, changed: paths.length > 0 };
}
