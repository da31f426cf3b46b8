// A declared index held in memory: a tree with one level per indexed field, leaves are sets of _ids.
// Lookups narrow on equality ($eq/$in) along the field prefix, then on a range at the next field.
import type { Doc } from './ejson';
import type { Constraint } from './constraints';
import { storedKey, valuesAt } from './keys';

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
type Level = Map<string, Entry>;

export interface IndexHit {
  ids: Set<string>;
  /** How many leading fields narrowed the lookup. */
  usedFields: number;
}

export class TreeIndex {
  readonly fields: string[];
  private root: Level = new Map();

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
        if (!entry) level.set(key, (entry = { value, child: last ? new Set() : new Map() }));
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
        for (const e of node.values()) {
          if (c?.kind === 'range' && !c.test(e.value)) continue;
          walk(e.child, depth + 1, false);
        }
      }
    };
    walk(this.root, 0, true);
    return { ids, usedFields: used };
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
