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

const KEEP = 100_000;

export class RequestLog {
  private entries: RequestEntry[] = [];
  private seq = 0;
  unindexed = 0;
  quiet = false;

  record(e: Omit<RequestEntry, 'seq'>): void {
    const entry = { ...e, seq: ++this.seq };
    this.entries.push(entry);
    // trimmed in chunks: a splice per request would move 100k entries each time
    if (this.entries.length > KEEP * 1.1) this.entries.splice(0, this.entries.length - KEEP);
    if (e.collection && !e.served && e.action !== 'database.insertDocument') {
      this.unindexed++;
      if (!this.quiet) {
        console.warn(
          `[localcloud] unindexed ${e.action} on ${e.collection} by ${e.fn ?? 'admin'}: fields {${e.fields.join(', ')}} examined ${e.examined}`,
        );
      }
    }
  }

  /** Entries after a sequence number (see `last`). */
  since(seq = 0): RequestEntry[] {
    return this.entries.filter((e) => e.seq > seq);
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
