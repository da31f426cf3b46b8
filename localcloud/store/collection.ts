// One collection in memory: documents by _id, a version per _id (for transactions), declared indexes.
import { CloudError } from '../types';
import { constraintsOf, orBranches } from './constraints';
import type { Doc } from './ejson';
import { TreeIndex, type IndexDef } from './tree-index';

/** How a filter was answered: which index, how many documents it had to look at. */
export interface Plan {
  index: string | null;
  served: boolean;
  examined: number;
}

export class Collection {
  readonly docs = new Map<string, Doc>();
  /** Last write sequence per _id, kept after deletion so a re-insert is seen as a change. */
  readonly versions = new Map<string, number>();
  readonly indexes: TreeIndex[];
  /** Sequence of each document's first insertion: natural order. */
  private readonly born = new Map<string, number>();

  constructor(
    readonly name: string,
    defs: IndexDef[] = [],
  ) {
    this.indexes = defs.map((d) => new TreeIndex(d));
  }

  version(id: string): number {
    return this.versions.get(id) ?? 0;
  }

  /** Throws the duplicate-key error a unique index raises for this document, if any. */
  checkUnique(doc: Doc, ignore: Set<string> = new Set([doc._id])): void {
    for (const ix of this.indexes) {
      if (!ix.def.unique || (ix.def.sparse && !ix.hasAllFields(doc))) continue;
      for (const other of ix.idsWithSameKey(doc)) {
        if (!ignore.has(other)) {
          throw new CloudError('DATABASE_REQUEST_FAILED', `E11000 duplicate key error collection: ${this.name} index: ${ix.def.name}`);
        }
      }
    }
  }

  put(doc: Doc, seq: number): void {
    const old = this.docs.get(doc._id);
    if (old) for (const ix of this.indexes) ix.remove(old);
    if (!old) this.born.set(doc._id, seq);
    this.docs.set(doc._id, doc);
    for (const ix of this.indexes) ix.add(doc);
    this.versions.set(doc._id, seq);
  }

  del(id: string, seq: number): void {
    const old = this.docs.get(id);
    if (!old) return;
    for (const ix of this.indexes) ix.remove(old);
    this.docs.delete(id);
    this.born.delete(id);
    this.versions.set(id, seq);
  }

  /**
   * An index scan in the order of a single-key sort, when an index has the sort field right after
   * fields the filter pins by equality: the reader can stop after skip + limit matches.
   */
  orderedCandidates(
    filter: Record<string, unknown>,
    sort: Record<string, number> | undefined,
  ): { docs: Iterable<Doc>; index: string } | undefined {
    const keys = sort ? Object.keys(sort) : [];
    if (keys.length !== 1 || orBranches(filter)) return undefined;
    const constraints = constraintsOf(filter);
    if (constraints.get('_id')?.kind === 'eq') return undefined; // by _id is cheaper
    let best: { ids: Iterable<string>; index: string; used: number } | undefined;
    for (const ix of this.indexes) {
      const scan = ix.orderedScan(constraints, keys[0], sort![keys[0]] < 0 ? -1 : 1);
      if (scan && (!best || scan.usedFields > best.used)) best = { ids: scan.ids, index: ix.def.name, used: scan.usedFields };
    }
    if (!best) return undefined;
    const ids = best.ids;
    const docs = this.docs;
    return {
      index: best.index,
      docs: (function* () {
        for (const id of ids) {
          const d = docs.get(id);
          if (d) yield d;
        }
      })(),
    };
  }

  /**
   * Documents that may match the filter, narrowed by `_id` or the best declared index.
   * The caller still tests every candidate against the full filter.
   */
  candidates(filter: Record<string, unknown>, sort?: Record<string, number>): { docs: Doc[]; plan: Plan } {
    const hit = this.narrow(filter);
    if (hit) {
      const docs = [...hit.ids].map((id) => this.docs.get(id)).filter((d): d is Doc => !!d);
      return { docs: this.inStoredOrder(docs), plan: { index: hit.index, served: true, examined: docs.length } };
    }
    const docs = [...this.docs.values()];
    // An unfiltered read in the order of an index's first field is served by that index (an index scan).
    const sortField = sort && Object.keys(sort)[0];
    const unfiltered = Object.keys(filter).length === 0 && !!sortField;
    const byIndex = unfiltered
      ? sortField === '_id'
        ? '_id_'
        : this.indexes.find((ix) => ix.fields[0] === sortField)?.def.name
      : undefined;
    return { docs, plan: { index: byIndex ?? null, served: !!byIndex, examined: docs.length } };
  }

  private narrow(filter: Record<string, unknown>): { ids: Set<string>; index: string } | undefined {
    const branches = orBranches(filter);
    if (branches) {
      const ids = new Set<string>();
      const names = new Set<string>();
      for (const b of branches) {
        const hit = this.narrowOne(b);
        if (!hit) return undefined;
        hit.ids.forEach((id) => ids.add(id));
        names.add(hit.index);
      }
      return { ids, index: [...names].join('|') };
    }
    return this.narrowOne(filter);
  }

  private narrowOne(filter: Record<string, unknown>): { ids: Set<string>; index: string } | undefined {
    const constraints = constraintsOf(filter);
    const idc = constraints.get('_id');
    if (idc?.kind === 'eq') {
      const ids = new Set(idc.keys.filter((k) => k.startsWith('s')).map((k) => k.slice(1)));
      return { ids, index: '_id_' };
    }
    let best: { ids: Set<string>; index: string; used: number } | undefined;
    for (const ix of this.indexes) {
      const hit = ix.lookup(constraints);
      if (hit && (!best || hit.usedFields > best.used || (hit.usedFields === best.used && hit.ids.size < best.ids.size))) {
        best = { ids: hit.ids, index: ix.def.name, used: hit.usedFields };
      }
    }
    return best;
  }

  /** Natural order (first insertion), as a collection scan returns them. */
  private inStoredOrder(docs: Doc[]): Doc[] {
    return docs.sort((a, b) => (this.born.get(a._id) ?? 0) - (this.born.get(b._id) ?? 0));
  }
}
