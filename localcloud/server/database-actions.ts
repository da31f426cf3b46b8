// The `database.*` actions of the /admin protocol, as wx-server-sdk 4.0.2 sends them.
import { CloudError, type AdminContext, type JsonAction } from '../types';
import type { Plan } from '../store/collection';
import type { Database, FindOptions } from '../store/database';
import { nativeRegExps, parseEJSON, resolveServerDates, toEJSON, type Doc } from '../store/ejson';
import type { Transactions } from '../store/transactions';
import { planFields, type RequestLog } from './request-log';

type Body = Record<string, unknown>;

const obj = (v: unknown): Record<string, unknown> => {
  const parsed = typeof v === 'string' ? (v === '' ? {} : parseEJSON(v)) : (v ?? {});
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new CloudError('DATABASE_REQUEST_FAILED', 'malformed query or data');
  return parsed as Record<string, unknown>;
};

/** A filter: `db.RegExp` arrives as EJSON `$regularExpression`; mingo matches JS RegExps. */
const filterOf = (v: unknown): Record<string, unknown> => nativeRegExps(obj(v)) as Record<string, unknown>;

/** `order` arrives as `{field: 1|-1}` or as `[{field, direction: 'asc'|'desc'}]`. */
function sortOf(order: unknown): FindOptions['sort'] {
  if (order === undefined || order === '') return undefined;
  const o = typeof order === 'string' ? parseEJSON<unknown>(order) : order;
  if (Array.isArray(o))
    return Object.fromEntries(o.map((x: { field: string; direction: string }) => [x.field, x.direction === 'desc' ? -1 : 1]));
  return Object.fromEntries(Object.entries(o as Record<string, number>).map(([k, v]) => [k, Number(v) < 0 ? -1 : 1]));
}

function collectionName(body: Body): string {
  const c = body.collectionName;
  if (typeof c !== 'string' || !c) throw new CloudError('DATABASE_REQUEST_FAILED', 'collectionName is required');
  return c;
}

function docIdOf(query: Record<string, unknown>): string {
  if (typeof query._id !== 'string') throw new CloudError('DATABASE_REQUEST_FAILED', 'a DOC request needs a string _id');
  return query._id;
}

const txId = (body: Body) => (typeof body.transactionId === 'string' && body.transactionId ? body.transactionId : undefined);

/** `now`: the local cloud's clock (localcloud/clock.ts), which db.serverDate() follows. */
export function databaseActions(
  db: Database,
  txs: Transactions,
  log: RequestLog,
  now: () => number = Date.now,
): Record<string, JsonAction> {
  const note = (ctx: AdminContext, body: Body, filter: Record<string, unknown>, plan: Plan | undefined, returned: number, limit?: number) =>
    log.record({
      action: String(body.action),
      collection: typeof body.collectionName === 'string' ? body.collectionName : undefined,
      fn: ctx.invocation?.fn,
      invocationId: ctx.invocation?.requestId,
      inTransaction: !!txId(body),
      returned,
      ...planFields(plan, filter),
      ...(limit !== undefined ? { limit } : {}),
    });

  return {
    'database.addCollection': async (body) => {
      await db.createCollection(collectionName(body));
      return {};
    },

    'database.insertDocument': async (body, ctx) => {
      const c = collectionName(body);
      const raw = Array.isArray(body.data) ? body.data : [body.data];
      const docs = raw.map((d) => resolveServerDates(obj(d), now()) as Record<string, unknown>);
      const tx = txId(body);
      const insertedIds = tx ? docs.map((d) => txs.insert(tx, c, d)) : await db.insert(c, docs);
      note(ctx, body, {}, { index: '_id_', served: true, examined: 0 }, insertedIds.length);
      return { data: { insertedIds } };
    },

    'database.getDocument': async (body, ctx) => {
      const c = collectionName(body);
      const query = filterOf(body.query);
      const limit = Math.min(Number(body.limit ?? 100) || 100, 1000);
      const offset = Number(body.offset ?? 0) || 0;
      const tx = txId(body);
      let docs: Doc[];
      let plan: Plan | undefined;
      if (tx) {
        docs = body.queryType === 'DOC' ? [txs.getDoc(tx, c, docIdOf(query))].filter((d): d is Doc => !!d) : txs.find(tx, c, query, limit);
        plan = { index: '_id_', served: body.queryType === 'DOC', examined: docs.length };
      } else {
        const projection = body.projection ? obj(body.projection) : undefined;
        ({ docs, plan } = db.find(c, query, { sort: sortOf(body.order), skip: offset, limit, projection }));
      }
      note(ctx, body, query, plan, docs.length, limit);
      return { data: { list: docs.map(toEJSON), limit, offset } };
    },

    'database.calculateDocument': async (body, ctx) => {
      const query = filterOf(body.query);
      const { total, plan } = db.count(collectionName(body), query);
      note(ctx, body, query, plan, 0);
      return { data: { total } };
    },

    'database.modifyDocument': async (body, ctx) => {
      const c = collectionName(body);
      const query = filterOf(body.query);
      const data = resolveServerDates(obj(body.data), now()) as Record<string, unknown>;
      const replace = body.merge === false;
      const upsert = body.upsert === true;
      const tx = txId(body);
      if (tx) {
        const r = txs.update(tx, c, docIdOf(query), data, { replace, upsert });
        note(ctx, body, query, { index: '_id_', served: true, examined: 1 }, r.updated);
        return { data: { updated: r.updated, ...(r.created ? { upsert_id: query._id } : {}) } };
      }
      const multi = body.queryType === 'DOC' ? false : body.multi !== false;
      const r = await db.update(c, query, data, { multi, replace, upsert });
      note(ctx, body, query, r.plan, r.updated);
      return { data: { updated: r.updated, ...(r.upsertedId ? { upsert_id: r.upsertedId } : {}) } };
    },

    'database.modifyAndReturnDoc': async (body, ctx) => {
      const c = collectionName(body);
      const query = filterOf(body.query);
      const data = resolveServerDates(obj(body.data), now()) as Record<string, unknown>;
      if (txId(body)) throw new CloudError('DATABASE_REQUEST_FAILED', 'updateAndReturn is not supported inside a transaction');
      const r = await db.update(c, query, data, { multi: false, replace: false, upsert: false, returnDoc: true });
      note(ctx, body, query, r.plan, r.updated);
      return { data: { updated: r.updated, doc: r.doc ? toEJSON(r.doc) : null } };
    },

    'database.removeDocument': async (body, ctx) => {
      const c = collectionName(body);
      const query = filterOf(body.query);
      const tx = txId(body);
      if (tx) {
        const deleted = txs.remove(tx, c, docIdOf(query));
        note(ctx, body, query, { index: '_id_', served: true, examined: 1 }, deleted);
        return { data: { deleted } };
      }
      const multi = body.queryType === 'DOC' ? false : body.multi !== false;
      const r = await db.remove(c, query, multi);
      note(ctx, body, query, r.plan, r.deleted);
      return { data: { deleted: r.deleted } };
    },

    'database.aggregateDocuments': async (body, ctx) => {
      const stages = (Array.isArray(body.stages) ? body.stages : []) as Array<{ stageKey: string; stageValue: string }>;
      const pipeline = stages.map((s) => ({ [s.stageKey]: parseEJSON(s.stageValue) }));
      const { docs, plan } = db.aggregate(collectionName(body), pipeline);
      note(ctx, body, (pipeline[0]?.$match as Record<string, unknown>) ?? {}, plan, docs.length);
      return { data: { list: docs.map(toEJSON) } };
    },

    'database.startTransaction': async () => ({ transactionId: txs.start() }),
    'database.commitTransaction': async (body) => {
      await txs.commit(String(body.transactionId));
      return {};
    },
    'database.abortTransaction': async (body) => {
      txs.abort(String(body.transactionId));
      return {};
    },
  };
}
