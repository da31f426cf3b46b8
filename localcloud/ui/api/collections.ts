// Collections for the emulator UI: counts and declared indexes, a query (the SDK's where as JSON),
// and editing one document as JSON. The UI's own reads are not written to the request log.
//
// The query form is the one documented in localcloud/README.md: `where` is the JSON the SDK sends on the
// wire, so `_.gt(3)` is written {"$gt": 3}, `_.in([…])` {"$in": […]}, `_.or` {"$or": […]}, a Date
// {"$date": "2026-01-01T00:00:00Z"} and a db.RegExp {"$regex": "^金", "$options": "i"}.
import { EJSON } from 'bson';
import { HttpError } from '../../gateway/http-util';
import { MAX_LIMIT } from '../../store/database';
import { nativeRegExps, type Doc } from '../../store/ejson';
import { CloudError } from '../../types';
import type { UiDeps } from '../deps';

export interface CollectionInfo {
  name: string;
  count: number;
  indexes: Array<{ name: string; keys: Record<string, number>; unique: boolean; sparse: boolean }>;
}

export function listCollections({ db }: UiDeps): CollectionInfo[] {
  return db
    .collectionNames()
    .sort()
    .map((name) => {
      const c = db.get(name);
      return {
        name,
        count: c.docs.size,
        indexes: c.indexes.map((ix) => ({ name: ix.def.name, keys: ix.def.keys, unique: !!ix.def.unique, sparse: !!ix.def.sparse })),
      };
    });
}

export interface QueryInput {
  where?: unknown;
  orderBy?: unknown;
  direction?: unknown;
  skip?: unknown;
  limit?: unknown;
}

/** Relaxed EJSON text → value; a parse error is a 400 with the parser's words. */
export function parseJsonText(text: unknown, what: string): unknown {
  if (typeof text !== 'string') throw new HttpError(400, 'UI.BAD_JSON', `${what} must be JSON text`);
  try {
    return EJSON.parse(text.trim() === '' ? '{}' : text, { relaxed: true });
  } catch (err) {
    throw new HttpError(400, 'UI.BAD_JSON', `${what} is not valid JSON: ${(err as Error).message}`);
  }
}

const plainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** Documents as relaxed EJSON objects: Dates read {"$date": "…"}, so an edit keeps their type. */
const display = (d: unknown): unknown => EJSON.serialize(d as never, { relaxed: true });

const intIn = (v: unknown, lo: number, hi: number, dflt: number): number => {
  const n = v === undefined || v === '' ? dflt : Number(v);
  if (!Number.isInteger(n) || n < lo || n > hi) throw new HttpError(400, 'UI.BAD_PARAM', `expected a whole number in [${lo}, ${hi}]`);
  return n;
};

function collectionOf(deps: UiDeps, name: string) {
  try {
    return deps.db.get(name);
  } catch (err) {
    if (err instanceof CloudError) throw new HttpError(404, 'UI.NO_COLLECTION', `collection ${name} does not exist`);
    throw err;
  }
}

export function queryDocuments(deps: UiDeps, name: string, q: QueryInput) {
  collectionOf(deps, name);
  const where = parseJsonText(q.where ?? '{}', 'where');
  if (!plainObject(where)) throw new HttpError(400, 'UI.BAD_JSON', 'where must be a JSON object');
  const filter = nativeRegExps(where) as Record<string, unknown>;
  const skip = intIn(q.skip, 0, 1_000_000, 0);
  const limit = intIn(q.limit, 1, MAX_LIMIT, 20);
  const field = typeof q.orderBy === 'string' ? q.orderBy.trim() : '';
  const sort = field === '' ? undefined : { [field]: q.direction === 'desc' ? -1 : (1 as 1 | -1) };
  try {
    const { docs, plan } = deps.db.find(name, filter, { sort: sort as Record<string, 1 | -1> | undefined, skip, limit });
    const { total } = deps.db.count(name, filter);
    return { docs: docs.map(display), total, skip, limit, plan };
  } catch (err) {
    if (err instanceof HttpError) throw err;
    throw new HttpError(400, 'UI.BAD_QUERY', `the query was refused: ${(err as Error).message}`);
  }
}

export function getDocument(deps: UiDeps, name: string, id: string): unknown {
  const doc = collectionOf(deps, name).docs.get(id);
  if (doc === undefined) throw new HttpError(404, 'UI.NO_DOCUMENT', `no document ${id} in ${name}`);
  return display(doc);
}

/** Replaces a document by the JSON text given (its _id stays); unique indexes are checked as for any write. */
export async function replaceDocument(deps: UiDeps, name: string, id: string, text: unknown): Promise<unknown> {
  if (!collectionOf(deps, name).docs.has(id)) throw new HttpError(404, 'UI.NO_DOCUMENT', `no document ${id} in ${name}`);
  const value = parseJsonText(text, 'the document');
  if (!plainObject(value)) throw new HttpError(400, 'UI.BAD_JSON', 'a document is a JSON object');
  if ('_id' in value && value._id !== id) throw new HttpError(400, 'UI.BAD_JSON', '_id cannot change');
  const { _id: _ignored, ...data } = value;
  if (Object.keys(data).some((k) => k.startsWith('$'))) throw new HttpError(400, 'UI.BAD_JSON', 'field names cannot start with $');
  try {
    await deps.db.update(name, { _id: id }, data, { multi: false, replace: true, upsert: false });
  } catch (err) {
    if (err instanceof CloudError && /E11000/.test(err.message)) throw new HttpError(409, 'UI.UNIQUE_VIOLATION', err.message);
    if (err instanceof CloudError) throw new HttpError(400, 'UI.REFUSED', err.message);
    throw err;
  }
  return display(deps.db.get(name).docs.get(id) as Doc);
}

export async function deleteDocument(deps: UiDeps, name: string, id: string): Promise<{ deleted: number }> {
  collectionOf(deps, name);
  const { deleted } = await deps.db.remove(name, { _id: id }, false);
  if (deleted === 0) throw new HttpError(404, 'UI.NO_DOCUMENT', `no document ${id} in ${name}`);
  return { deleted };
}
