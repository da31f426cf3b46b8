// How many function instances (worker threads) may live at once, across every function. Each instance
// is a V8 heap of ~30–40 MB with wx-server-sdk loaded, so a laptop tool cannot keep two per function
// warm forever: instances start on demand, an idle one is retired after `idleMs` (as SCF reclaims
// idle instances), and when the budget is full a function that needs one takes the least recently
// used idle instance of another function. A function's instances beyond its first start only while
// fewer instances are busy than it may have (a core is free), and go when others take the cores.
import os from 'node:os';
import { performance } from 'node:perf_hooks';

/**
 * Default instances of one function: one per core, at least two (so one invocation's database round
 * trips overlap another's work). More gains nothing on this kind of machine, since the function host and
 * the instances share the cores (2 cores: 72 submissions/s with one instance, 100/s with two, 107–123/s
 * with four to six), while each instance costs ~50 MB.
 */
export function defaultPoolSize(cores = os.availableParallelism()): number {
  return Math.max(2, cores);
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
  /** Its live instances. */
  instanceCount(): number;
  /** Retires that instance (its slot returns through `release`). */
  retireOldestIdle(): void;
  /** A slot may have become free: start waiting invocations if it can. */
  pump(): void;
}

/**
 * How long an instance must have been idle before a function that already has instances may take its
 * slot. A function with none (starving) takes the least recently used idle instance at once; one with
 * some queues on them and takes only an instance idle this long, so under steady load that needs more
 * instances than the budget, functions do not retire each other's instances call after call (each
 * swap a cold start) but share the budget as it stands.
 */
export const SHIFT_AFTER_IDLE_MS = 2_000;

/**
 * When a function keeps more than its first instance. A further one (up to `poolSize`) starts only while
 * fewer than `poolSize` instances run an invocation across every function, both now and on average over
 * the last second (`BusyAverage`): then a core is free while this function's calls wait, and another
 * instance puts it to work (one function under load: 72 submissions/s on two cores with one instance,
 * 100/s with two). When more functions are busy than that, the cores are taken anyway and a further
 * instance costs ~35 MB and wins nothing (a soak over four functions ended at 348 MB with one instance
 * each, against 488 MB with two, having served as many requests). So an instance beyond a function's
 * first that finishes a call while more than `poolSize + 1` are busy on average is retired rather than
 * kept. A function that has just scaled one way does not scale the other way for SETTLE_MS: the gap
 * between the two rules is not enough for bursty load, which started and retired instances in turn, a
 * cold start each (the races suite alone took 170 s instead of 54 s).
 */
export const mayScaleOut = (busyNow: number, busyAverage: number, poolSize: number): boolean =>
  busyNow < poolSize && busyAverage < poolSize;
export const shouldScaleIn = (busyAverage: number, poolSize: number): boolean => busyAverage > poolSize + 1;
export const SETTLE_MS = 30_000;

/** How many instances run an invocation, now and as an exponential average over about `tauMs`. */
export class BusyAverage {
  private busy = 0;
  private avg = 0;
  private at: number;

  constructor(
    private readonly clock: () => number = () => performance.now(),
    private readonly tauMs = 1_000,
  ) {
    this.at = clock();
  }

  change(delta: 1 | -1): void {
    const now = this.clock();
    this.avg = this.average(now);
    this.at = now;
    this.busy += delta;
  }

  average(now = this.clock()): number {
    const k = 1 - Math.exp(-Math.max(0, now - this.at) / this.tauMs);
    return this.avg + k * (this.busy - this.avg);
  }

  get now(): number {
    return this.busy;
  }
}

export class InstanceBudget {
  /** Instances running an invocation, across every function. */
  readonly busy: BusyAverage;
  private live = 0;
  /** Pools waiting for a slot, and whether each has no live instance at all. */
  private readonly waiting = new Map<BudgetMember, boolean>();

  constructor(
    readonly limit: number = defaultInstanceLimit(),
    /** Milliseconds, as performance.now() (tests pass their own). */
    readonly clock: () => number = () => performance.now(),
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error('the instance limit must be a positive integer');
    this.busy = new BusyAverage(clock);
  }

  /**
   * A slot for a new instance of `member`: a free one, or one taken from another function's idle
   * instance (any idle one when `starving`, else one idle for SHIFT_AFTER_IDLE_MS); otherwise it waits.
   */
  acquire(member: BudgetMember, others: Iterable<BudgetMember>, starving = true, now = this.clock()): boolean {
    if (this.live >= this.limit) {
      const before = starving ? Infinity : now - SHIFT_AFTER_IDLE_MS;
      // A function that keeps another instance gives way first, so taking one does not starve it in turn.
      const pick = (spareOnly: boolean) => {
        let victim: BudgetMember | undefined;
        let oldest = Infinity;
        for (const m of others) {
          const at = m === member || (spareOnly && m.instanceCount() < 2) ? undefined : m.oldestIdleAt();
          if (at !== undefined && at < oldest && at <= before) [victim, oldest] = [m, at];
        }
        return victim;
      };
      (pick(true) ?? pick(false))?.retireOldestIdle(); // releases its slot at once
    }
    if (this.live < this.limit) {
      this.live++;
      this.waiting.delete(member);
      return true;
    }
    this.waiting.set(member, starving);
    return false;
  }

  /** An instance ended (retired, crashed, timed out, stopped): its slot goes to a waiting pool. */
  release(): void {
    this.live = Math.max(0, this.live - 1);
    for (const m of [...this.waiting.keys()]) {
      this.waiting.delete(m);
      m.pump();
      if (this.live >= this.limit) break;
    }
  }

  /** Some other pool with no instance at all waits for a slot (an idle instance should give way now). */
  wantedByOther(member: BudgetMember): boolean {
    for (const [m, starving] of this.waiting) if (m !== member && starving) return true;
    return false;
  }

  get used(): number {
    return this.live;
  }
}
