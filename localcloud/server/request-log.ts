// Every database request the local cloud answered: which function invocation sent it, how many
// documents it examined, and whether a declared index served it. Tests and the bench read this.
import type { Plan } from '../store/collection';

export interface RequestEntry {
  seq: number;
  action: string;
  collection?: string;
  /** Function and invocation that sent it (absent for the admin token: tests, seeding). */
  fn?: string;
  invocationId?: string;
  inTransaction: boolean;
  examined: number;
  returned: number;
  index: string | null;
  served: boolean;
  /** Field names of the filter (never values: they can be names and phone numbers). */
  fields: string[];
  /** A read's page size (`limit`), as the caller asked for it. */
  limit?: number;
}

/** Default bound of the log's memory: a long session keeps the most recent entries within it. */
export const DEFAULT_LOG_BYTES = 8 * 1024 * 1024;

/** An entry's approximate heap size: object and number slots, plus its strings (two bytes a character). */
function sizeOf(e: RequestEntry): number {
  let chars = e.action.length + (e.collection?.length ?? 0) + (e.fn?.length ?? 0) + (e.invocationId?.length ?? 0) + (e.index?.length ?? 0);
  for (const f of e.fields) chars += f.length + 16;
  return 160 + 2 * chars;
}

export class RequestLog {
  private entries: RequestEntry[] = [];
  private sizes: number[] = [];
  /** The kept entries of each invocation, in order: a test or the UI asks for one call's requests. */
  private byInvocation = new Map<string, RequestEntry[]>();
  private seq = 0;
  /** Approximate bytes held by the kept entries. */
  bytes = 0;
  unindexed = 0;
  quiet = false;

  /** Bounded by bytes, not entries: an entry's size varies with its field lists. */
  constructor(readonly maxBytes = DEFAULT_LOG_BYTES) {}

  record(e: Omit<RequestEntry, 'seq'>): void {
    const entry = { ...e, seq: ++this.seq };
    const size = sizeOf(entry);
    this.entries.push(entry);
    if (entry.invocationId !== undefined) {
      const mine = this.byInvocation.get(entry.invocationId);
      if (mine) mine.push(entry);
      else this.byInvocation.set(entry.invocationId, [entry]);
    }
    this.sizes.push(size);
    this.bytes += size;
    // trimmed in chunks (down to 90 %): a splice per request would move every entry each time
    if (this.bytes > this.maxBytes) this.trim(this.maxBytes * 0.9);
    if (e.collection && !e.served && e.action !== 'database.insertDocument') {
      this.unindexed++;
      if (!this.quiet) {
        console.warn(
          `[localcloud] unindexed ${e.action} on ${e.collection} by ${e.fn ?? 'admin'}: fields {${e.fields.join(', ')}} examined ${e.examined}`,
        );
      }
    }
  }

  private trim(to: number): void {
    let n = 0;
    while (this.bytes > to && n < this.sizes.length) this.bytes -= this.sizes[n++]!;
    // the oldest entries of an invocation go first, so each one dropped is at the front of its list
    for (let i = 0; i < n; i++) {
      const id = this.entries[i]!.invocationId;
      if (id === undefined) continue;
      const mine = this.byInvocation.get(id)!;
      mine.shift();
      if (mine.length === 0) this.byInvocation.delete(id);
    }
    this.entries.splice(0, n);
    this.sizes.splice(0, n);
  }

  /** How many entries are kept. */
  get size(): number {
    return this.entries.length;
  }

  /** Entries after a sequence number (see `last`). Entries are in seq order: a binary search finds the first. */
  since(seq = 0): RequestEntry[] {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.entries[mid]!.seq > seq) hi = mid;
      else lo = mid + 1;
    }
    return this.entries.slice(lo);
  }

  /** The kept requests one function invocation made (its host request id), in order. */
  ofInvocation(invocationId: string): RequestEntry[] {
    return [...(this.byInvocation.get(invocationId) ?? [])];
  }

  get last(): number {
    return this.seq;
  }
}

export function planFields(
  plan: Plan | undefined,
  filter: Record<string, unknown>,
): Pick<RequestEntry, 'examined' | 'index' | 'served' | 'fields'> {
  return {
    examined: plan?.examined ?? 0,
    index: plan?.index ?? null,
    served: plan?.served ?? true,
    fields: Object.keys(filter),
  };
}
