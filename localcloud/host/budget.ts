// How many function instances (worker threads) may live at once, across every function. Each instance
// is a V8 heap of ~30–40 MB with wx-server-sdk loaded, so a laptop tool cannot keep two per function
// warm forever: instances start on demand, an idle one is retired after `idleMs` (as SCF reclaims
// idle instances), and when the budget is full a function that needs one takes the least recently
// used idle instance of another function. A function whose invocations wait on I/O (database round
// trips, fsync) gets more instances than the cores, since its instances mostly wait.
import os from 'node:os';

/** Default instances of one function: three per core, at least four (a busy function mostly waits on I/O). */
export function defaultPoolSize(cores = os.availableParallelism()): number {
  return Math.max(4, cores * 3);
}

/**
 * Default live instances in all: room for every function of a product of this size (about fifteen) to
 * stay warm at once, with one of them busy. Fewer makes a caller that goes round the functions (a page
 * calling four, a suite calling every action) retire one instance to cold-start the next, half a
 * second each; idle instances are retired anyway, so the budget costs memory only under load.
 */
export function defaultInstanceLimit(cores = os.availableParallelism(), poolSize = defaultPoolSize(cores)): number {
  return Math.max(16, 2 * poolSize);
}

/** Default time an instance may stay idle before it is retired. */
export const DEFAULT_IDLE_MS = 60_000;

/** What the budget needs from a pool: its oldest idle instance, and a way to retire it or wake it. */
export interface BudgetMember {
  /** When its least recently used idle instance finished its last invocation (undefined: none idle). */
  oldestIdleAt(): number | undefined;
  /** Retires that instance (its slot returns through `release`). */
  retireOldestIdle(): void;
  /** A slot may have become free: start waiting invocations if it can. */
  pump(): void;
}

export class InstanceBudget {
  private live = 0;
  private readonly waiting = new Set<BudgetMember>();

  constructor(readonly limit: number = defaultInstanceLimit()) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error('the instance limit must be a positive integer');
  }

  /** A slot for a new instance of `member`: a free one, or one taken from another function's idle instance. */
  acquire(member: BudgetMember, others: Iterable<BudgetMember>): boolean {
    if (this.live >= this.limit) {
      let victim: BudgetMember | undefined;
      let oldest = Infinity;
      for (const m of others) {
        const at = m === member ? undefined : m.oldestIdleAt();
        if (at !== undefined && at < oldest) [victim, oldest] = [m, at];
      }
      victim?.retireOldestIdle(); // releases its slot at once
    }
    if (this.live < this.limit) {
      this.live++;
      this.waiting.delete(member);
      return true;
    }
    this.waiting.add(member);
    return false;
  }

  /** An instance ended (retired, crashed, timed out, stopped): its slot goes to a waiting pool. */
  release(): void {
    this.live = Math.max(0, this.live - 1);
    for (const m of [...this.waiting]) {
      this.waiting.delete(m);
      m.pump();
      if (this.live >= this.limit) break;
    }
  }

  /** Some other pool waits for a slot. */
  wantedByOther(member: BudgetMember): boolean {
    for (const m of this.waiting) if (m !== member) return true;
    return false;
  }

  get used(): number {
    return this.live;
  }
}
