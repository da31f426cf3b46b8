// A declared index held in memory: a tree with one level per indexed field, leaves are sets of _ids.
// Lookups narrow on equality ($eq/$in) along the field prefix, then on a range at the next field.
import type { Doc } from './ejson';
import type { Constraint } from './constraints';
import { storedKey, valuesAt } from './keys';
import { compareValues } from './order';

export interface IndexDef {
  name: string;
  /** Ordered fields, as in MongoDB: `{ "community": 1, "createdAt": -1 }`. */
  keys: Record<string, 1 | -1>;
  unique?: boolean;
  sparse?: boolean;
}

interface Entry {
  value: unknown;
  child: Level | Set<string>;
}

/** One level of the tree: keys of one field. Keeps its entries in value order once asked for it. */
class Level extends Map<string, Entry> {
  private order?: Entry[];

  set(key: string, entry: Entry): this {
    if (this.order && !this.has(key)) this.order.splice(this.position(entry.value), 0, entry);
    return super.set(key, entry);
  }

  delete(key: string): boolean {
    const entry = this.get(key);
    if (entry && this.order) {
      const i = this.order.indexOf(entry, Math.max(0, this.position(entry.value) - 1));
      if (i >= 0) this.order.splice(i, 1);
    }
    return super.delete(key);
  }

  /** Entries in ascending value order (BSON order across types). */
  sorted(): Entry[] {
    this.order ??= [...this.values()].sort((a, b) => compareValues(a.value, b.value));
    return this.order;
  }

  /** Entries in order from the first not below `lo` to the last not above `hi` (either may be absent). */
  between(lo: unknown, hi: unknown): Entry[] {
    const order = this.sorted();
    const start = lo === undefined ? 0 : this.position(lo);
    const end = hi === undefined ? order.length : this.position(hi, true);
    return start === 0 && end === order.length ? order : order.slice(start, end);
  }

  /** First position whose value is not below `value` (above it, when `after`), by binary search. */
  private position(value: unknown, after = false): number {
    const order = this.order!;
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = compareValues(order[mid].value, value);
      if (c < 0 || (after && c === 0)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

export interface IndexHit {
  ids: Set<string>;
  /** How many leading fields narrowed the lookup. */
  usedFields: number;
}

export class TreeIndex {
  readonly fields: string[];
  private root = new Level();

  constructor(readonly def: IndexDef) {
    this.fields = Object.keys(def.keys);
  }

  /** Every key tuple of a document (cartesian product over multikey fields). */
  private tuples(doc: Doc): unknown[][] {
    let tuples: unknown[][] = [[]];
    for (const f of this.fields) {
      const values = [...new Map(valuesAt(doc, f).map((v) => [storedKey(v), v])).values()];
      tuples = tuples.flatMap((t) => values.map((v) => [...t, v]));
    }
    return tuples;
  }

  hasAllFields(doc: Doc): boolean {
    return this.fields.every((f) => valuesAt(doc, f).some((v) => v !== null && v !== undefined));
  }

  add(doc: Doc): void {
    for (const tuple of this.tuples(doc)) {
      let level = this.root;
      tuple.forEach((value, i) => {
        const key = storedKey(value);
        let entry = level.get(key);
        const last = i === tuple.length - 1;
        if (!entry) level.set(key, (entry = { value, child: last ? new Set() : new Level() }));
        if (last) (entry.child as Set<string>).add(doc._id);
        else level = entry.child as Level;
      });
    }
  }

  remove(doc: Doc): void {
    for (const tuple of this.tuples(doc)) this.removeTuple(this.root, tuple, 0, doc._id);
  }

  private removeTuple(level: Level, tuple: unknown[], i: number, id: string): void {
    const key = storedKey(tuple[i]);
    const entry = level.get(key);
    if (!entry) return;
    if (entry.child instanceof Set) entry.child.delete(id);
    else this.removeTuple(entry.child, tuple, i + 1, id);
    const size = entry.child instanceof Set ? entry.child.size : entry.child.size;
    if (size === 0) level.delete(key);
  }

  /** Candidate ids for the constraints, or undefined when the first field is unconstrained. */
  lookup(constraints: Map<string, Constraint>): IndexHit | undefined {
    if (!constraints.has(this.fields[0])) return undefined;
    const ids = new Set<string>();
    let used = 0;
    const walk = (node: Level | Set<string>, depth: number, narrowing: boolean) => {
      if (node instanceof Set) {
        for (const id of node) ids.add(id);
        return;
      }
      const c = narrowing ? constraints.get(this.fields[depth]) : undefined;
      if (c) used = Math.max(used, depth + 1);
      if (c?.kind === 'eq') {
        for (const k of c.keys) {
          const e = node.get(k);
          if (e) walk(e.child, depth + 1, true);
        }
      } else {
        const bounded = c?.kind === 'range' && (c.lo !== undefined || c.hi !== undefined);
        for (const e of bounded ? node.between(c.lo, c.hi) : node.values()) {
          if (c?.kind === 'range' && !c.test(e.value)) continue;
          walk(e.child, depth + 1, false);
        }
      }
    };
    walk(this.root, 0, true);
    return { ids, usedFields: used };
  }

  /**
   * Ids in the order of `sortField` (an index scan that can stop early), when every field before it
   * is pinned by equality; undefined when this index cannot give that order.
   */
  orderedScan(
    constraints: Map<string, Constraint>,
    sortField: string,
    dir: 1 | -1,
  ): { ids: Iterable<string>; usedFields: number } | undefined {
    const k = this.fields.indexOf(sortField);
    if (k < 0) return undefined;
    let levels: Level[] = [this.root];
    for (let depth = 0; depth < k; depth++) {
      const c = constraints.get(this.fields[depth]);
      if (c?.kind !== 'eq') return undefined;
      levels = levels.flatMap((l) => c.keys.map((key) => l.get(key)?.child).filter((x): x is Level => x instanceof Level));
    }
    const range = constraints.get(sortField);
    const runs = () =>
      levels.map((l) => {
        const list =
          range?.kind === 'range'
            ? l.between(range.lo, range.hi).filter((e) => range.test(e.value))
            : range?.kind === 'eq'
              ? l.sorted().filter((e) => range.keys.includes(storedKey(e.value)))
              : l.sorted();
        return dir === 1 ? list : [...list].reverse();
      });
    // The runs are made when the scan is walked: the planner asks every index and walks one.
    return { ids: { [Symbol.iterator]: () => mergeRuns(runs(), dir) }, usedFields: k + (range ? 1 : 0) };
  }

  /** Ids holding exactly this key tuple (unique checks). */
  idsWithSameKey(doc: Doc): Set<string> {
    const out = new Set<string>();
    for (const tuple of this.tuples(doc)) {
      let node: Level | Set<string> | undefined = this.root;
      for (const v of tuple) node = node instanceof Map ? node.get(storedKey(v))?.child : undefined;
      if (node instanceof Set) for (const id of node) out.add(id);
    }
    return out;
  }
}

/** k-way merge of sorted runs of entries, yielding each entry's ids (every id once). */
function* mergeRuns(runs: Entry[][], dir: 1 | -1): Generator<string> {
  const at = runs.map(() => 0);
  const seen = new Set<string>();
  for (;;) {
    let best = -1;
    for (let r = 0; r < runs.length; r++) {
      if (at[r] >= runs[r].length) continue;
      if (best < 0 || dir * compareValues(runs[r][at[r]].value, runs[best][at[best]].value) < 0) best = r;
    }
    if (best < 0) return;
    const entry = runs[best][at[best]++];
    for (const id of idsUnder(entry.child)) {
      if (!seen.has(id)) {
        seen.add(id);
        yield id;
      }
    }
  }
}

function* idsUnder(node: Level | Set<string>): Generator<string> {
  if (node instanceof Set) {
    yield* node;
    return;
  }
  for (const e of node.values()) yield* idsUnder(e.child);
}
