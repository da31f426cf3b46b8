// The local cloud's document database: collections in memory, MongoDB semantics from mingo,
// durability from the journal. Every public method returns the plan it used, for index accounting.
import crypto from 'node:crypto';
import { CloudError } from '../types';
import { runPipeline } from './aggregate';
import { Collection, type Plan } from './collection';
import { clone, type Doc } from './ejson';
import { Journal, type JournalOptions, type JournalRecord } from './journal';
import { matcher, project } from './matcher';
import type { Manifest } from './manifest';
import { applyUpdate, changesAt } from './updates';

export const MAX_LIMIT = 1000;
const COMPACT_AT_BYTES = 64 * 1024 * 1024;

export interface FindOptions {
  sort?: Record<string, 1 | -1>;
  skip?: number;
  limit?: number;
  projection?: Record<string, unknown>;
}

export type Filter = Record<string, unknown>;

export function newId(): string {
  return crypto.randomBytes(16).toString('hex');
}

export class Database {
  private readonly collections = new Map<string, Collection>();
  private readonly journal: Journal;
  /** Write sequence: each committed change gets the next number (document versions). */
  seq = 0;

  /** `journal` options are a seam for tests (e.g. a held fdatasync); the defaults are the real thing. */
  constructor(
    dir: string,
    private readonly manifest: Manifest,
    journal: JournalOptions = {},
  ) {
    this.journal = new Journal(dir, journal);
  }

  open(): void {
    this.journal.open((snapshot, records) => {
      for (const [name, docs] of Object.entries(snapshot?.collections ?? {})) {
        const c = this.ensure(name);
        for (const d of docs) c.put(d, ++this.seq);
      }
      for (const r of records) this.applyRecord(r);
    });
    for (const name of Object.keys(this.manifest.collections)) this.ensure(name);
  }

  close(): void {
    this.journal.close();
  }

  collectionNames(): string[] {
    return [...this.collections.keys()];
  }

  private ensure(name: string): Collection {
    let c = this.collections.get(name);
    if (!c) this.collections.set(name, (c = new Collection(name, this.manifest.collections[name]?.indexes ?? [])));
    return c;
  }

  /** The collection, or CloudBase's "collection not exists" (stricter choice: reads fail too). */
  get(name: string): Collection {
    const c = this.collections.get(name);
    if (!c) throw new CloudError('DATABASE_COLLECTION_NOT_EXIST', `collection ${name} does not exist`);
    return c;
  }

  async createCollection(name: string): Promise<void> {
    if (this.collections.has(name)) throw new CloudError('DATABASE_COLLECTION_ALREADY_EXIST', `collection ${name} already exists`);
    this.ensure(name);
    await this.commit({ collections: [name] });
  }

  /**
   * Applies a change set in memory now, and resolves once it is durable. `durable` is what the journal
   * keeps when it is smaller than the change set and replays to the same documents (an update's paths).
   */
  commit(record: JournalRecord, durable: JournalRecord = record): Promise<void> {
    this.applyRecord(record);
    return this.journal.append(durable).then(() => this.maybeCompact());
  }

  private applyRecord(r: JournalRecord): void {
    for (const name of r.collections ?? []) this.ensure(name);
    for (const { c, id } of r.dels ?? []) this.ensure(c).del(id, ++this.seq);
    for (const { c, doc } of r.puts ?? []) this.ensure(c).put(doc, ++this.seq);
    for (const { c, id, set, unset } of r.sets ?? []) {
      const coll = this.ensure(c);
      const old = coll.docs.get(id);
      if (!old) continue; // cannot happen in a journal this database wrote: the update found the document
      const redo: Record<string, unknown> = {};
      if (Object.keys(set).length) redo.$set = set;
      if (unset?.length) redo.$unset = Object.fromEntries(unset.map((p) => [p, '']));
      coll.put(Object.keys(redo).length ? applyUpdate(old, redo, false).doc : old, ++this.seq);
    }
  }

  private maybeCompact(): void {
    if (this.journal.bytes < COMPACT_AT_BYTES || !this.journal.idle) return;
    const collections: Record<string, Doc[]> = {};
    for (const [name, c] of this.collections) collections[name] = [...c.docs.values()];
    this.journal.compact({ collections });
  }

  find(name: string, filter: Filter, opts: FindOptions = {}): { docs: Doc[]; plan: Plan } {
    const c = this.get(name);
    const ordered = c.orderedCandidates(filter, opts.sort);
    if (ordered) return this.findOrdered(ordered, filter, opts);
    const { docs, plan } = c.candidates(filter, opts.sort);
    let cursor = matcher(filter, opts.projection).find<Doc>(docs, opts.projection as never);
    if (opts.sort && Object.keys(opts.sort).length) cursor = cursor.sort(opts.sort);
    if (opts.skip) cursor = cursor.skip(opts.skip);
    cursor = cursor.limit(Math.min(opts.limit ?? 100, MAX_LIMIT));
    return { docs: clone(cursor.all()), plan };
  }

  /** Walks an index in sort order, testing each document, and stops at skip + limit matches. */
  private findOrdered(scan: { docs: Iterable<Doc>; index: string }, filter: Filter, opts: FindOptions): { docs: Doc[]; plan: Plan } {
    const q = matcher(filter);
    const skip = opts.skip ?? 0;
    const limit = Math.min(opts.limit ?? 100, MAX_LIMIT);
    const out: Doc[] = [];
    let examined = 0;
    let matched = 0;
    for (const d of scan.docs) {
      if (out.length >= limit) break;
      examined++;
      if (!q.test(d)) continue;
      if (matched++ >= skip) out.push(d);
    }
    const docs = opts.projection ? project(out, opts.projection) : out;
    return { docs: clone(docs), plan: { index: scan.index, served: true, examined } };
  }

  count(name: string, filter: Filter): { total: number; plan: Plan } {
    const { docs, plan } = this.get(name).candidates(filter);
    const q = matcher(filter);
    return { total: docs.filter((d) => q.test(d)).length, plan };
  }

  /** Matching documents in natural order, for writes (no limit, no copy). */
  matching(name: string, filter: Filter, multi: boolean): { docs: Doc[]; plan: Plan } {
    const { docs, plan } = this.get(name).candidates(filter);
    const q = matcher(filter);
    const out: Doc[] = [];
    for (const d of docs) {
      if (!q.test(d)) continue;
      out.push(d);
      if (!multi) break;
    }
    return { docs: out, plan };
  }

  async insert(name: string, docs: Array<Record<string, unknown>>): Promise<string[]> {
    const c = this.get(name);
    const prepared = docs.map((d) => ({ ...clone(d), _id: typeof d._id === 'string' ? d._id : newId() }) as Doc);
    const seen = new Set<string>();
    for (const d of prepared) {
      if (c.docs.has(d._id) || seen.has(d._id))
        throw new CloudError('DATABASE_REQUEST_FAILED', `E11000 duplicate key error collection: ${name} index: _id_`);
      seen.add(d._id);
      c.checkUnique(d);
    }
    await this.commit({ puts: prepared.map((doc) => ({ c: name, doc })) });
    return prepared.map((d) => d._id);
  }

  async update(
    name: string,
    filter: Filter,
    data: Record<string, unknown>,
    opts: { multi: boolean; replace: boolean; upsert: boolean; returnDoc?: boolean },
  ): Promise<{ updated: number; upsertedId?: string; doc?: Doc; plan: Plan }> {
    const c = this.get(name);
    const { docs, plan } = this.matching(name, filter, opts.multi);
    const puts: Array<{ doc: Doc; paths?: string[] }> = [];
    for (const d of docs) {
      const { doc, changed, paths } = applyUpdate(d, data, opts.replace);
      if (changed) puts.push({ doc, paths });
    }
    if (docs.length === 0 && opts.upsert) {
      const id = typeof filter._id === 'string' ? filter._id : newId();
      const { doc } = applyUpdate({ _id: id }, data, opts.replace);
      c.checkUnique(doc);
      await this.commit({ puts: [{ c: name, doc }] });
      return { updated: 0, upsertedId: id, doc: clone(doc), plan };
    }
    for (const p of puts) c.checkUnique(p.doc);
    if (puts.length) {
      const durable: JournalRecord = { puts: [], sets: [] };
      for (const { doc, paths } of puts) {
        if (paths) durable.sets!.push({ c: name, id: doc._id, ...changesAt(doc, paths) });
        else durable.puts!.push({ c: name, doc });
      }
      await this.commit({ puts: puts.map(({ doc }) => ({ c: name, doc })) }, durable);
    }
    const first = puts[0]?.doc ?? docs[0];
    return { updated: puts.length, ...(opts.returnDoc && first ? { doc: clone(first) } : {}), plan };
  }

  async remove(name: string, filter: Filter, multi: boolean): Promise<{ deleted: number; plan: Plan }> {
    const { docs, plan } = this.matching(name, filter, multi);
    if (docs.length) await this.commit({ dels: docs.map((d) => ({ c: name, id: d._id })) });
    return { deleted: docs.length, plan };
  }

  aggregate(name: string, pipeline: Array<Record<string, unknown>>): { docs: unknown[]; plan: Plan } {
    const first = pipeline[0]?.$match as Filter | undefined;
    const { docs, plan } = this.get(name).candidates(first ?? {});
    const docsOf = (other: string) => clone([...this.get(other).docs.values()]);
    return { docs: runPipeline(pipeline, clone(docs), docsOf), plan };
  }
}
