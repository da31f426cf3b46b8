// What applying checked records would change: each is new, changed or already stored exactly so.
import type { ImportRecord, OrgSnapshot } from './types';

export type Change = 'create' | 'update' | 'unchanged';
export type RecordChange = ImportRecord & { change: Change };

export function diffRecords(records: readonly ImportRecord[], existing: OrgSnapshot): RecordChange[] {
  return records.map((r) => {
    const stored = (existing[r.collection] as readonly { _id: string }[]).find((d) => d._id === r.doc._id);
    const change: Change = !stored ? 'create' : sameValue(stored, r.doc) ? 'unchanged' : 'update';
    return { ...r, change } as RecordChange;
  });
}

/** How many records of each change: what the dry run tells the admin before they apply. */
export function countChanges(changes: readonly RecordChange[]): Record<Change, number> {
  const counts: Record<Change, number> = { create: 0, update: 0, unchanged: 0 };
  for (const c of changes) counts[c.change]++;
  return counts;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
    const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}
