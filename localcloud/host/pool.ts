// The instances of one function: up to `size` workers, each running one invocation at a time; extra
// invocations wait in a FIFO queue. Warm instances are reused; instances of an older build are retired,
// and so is an instance idle for `idleMs`. Instances beyond the first start only while a core has room,
// and go when other functions take the cores (budget.ts mayScaleOut, shouldScaleIn).
// Every new instance takes a slot of the shared budget (budget.ts), which may retire another function's
// least recently used idle instance to make room.
import { performance } from 'node:perf_hooks';
import { mayScaleOut, SETTLE_MS, shouldScaleIn, type BudgetMember, type InstanceBudget } from './budget';
import type { Instance, Outcome } from './instance';
import type { InvokeMessage } from './protocol';

/** `cold`: the invocation started a new instance. `queuedMs`: time waiting for a free instance. */
export type PoolOutcome = Outcome & { cold: boolean; queuedMs: number };

interface Job {
  msg: InvokeMessage;
  timeoutMs: number;
  queuedAt: number;
  onStart: () => void;
  resolve: (o: PoolOutcome) => void;
}

const stoppedOutcome = (): PoolOutcome => ({
  ok: false,
  code: 'FUNCTION_ERROR',
  message: 'function host stopped',
  cold: false,
  durationMs: 0,
  queuedMs: 0,
});

export interface PoolOptions {
  size: number;
  create: (version: string, onExit: (i: Instance) => void) => Instance;
  budget: InstanceBudget;
  /** Every pool sharing the budget (to find another function's idle instance). */
  peers: () => Iterable<BudgetMember>;
  idleMs: number;
}

export class FunctionPool implements BudgetMember {
  private readonly instances = new Set<Instance>();
  /** When each idle instance finished its last invocation, and its retirement timer. */
  private readonly idleSince = new Map<Instance, { at: number; timer: NodeJS.Timeout }>();
  private readonly queue: Job[] = [];
  /** When this function last started an instance beyond its first, and last retired one (budget.ts SETTLE_MS). */
  private scaledOutAt = -Infinity;
  private scaledInAt = -Infinity;
  private latestVersion = '';
  private stopped = false;

  constructor(private readonly opts: PoolOptions) {}

  /** Queue one invocation; `onStart` runs when an instance takes it. Queued jobs run on the newest version. */
  run(msg: InvokeMessage, timeoutMs: number, version: string, onStart: () => void): Promise<PoolOutcome> {
    if (this.stopped) return Promise.resolve(stoppedOutcome());
    this.latestVersion = version;
    return new Promise((resolve) => {
      this.queue.push({ msg, timeoutMs, queuedAt: performance.now(), onStart, resolve });
      this.pump();
    });
  }

  /** Counts for diagnostics and tests. */
  stats(): { instances: number; busy: number; queued: number } {
    const live = [...this.instances].filter((i) => !i.dead);
    return { instances: live.length, busy: live.filter((i) => i.busy).length, queued: this.queue.length };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const job of this.queue.splice(0)) job.resolve({ ...stoppedOutcome(), queuedMs: performance.now() - job.queuedAt });
    const all = [...this.instances];
    for (const i of all) this.remove(i);
    await Promise.all(all.map((i) => i.terminate()));
  }

  pump(): void {
    this.retireStale();
    while (this.queue.length > 0 && !this.stopped) {
      const job = this.queue[0] as Job;
      let inst = [...this.instances].find((i) => !i.busy && !i.dead && i.version === this.latestVersion);
      if (inst === undefined) {
        const live = this.instanceCount();
        const { budget, size } = this.opts;
        if (live >= size || (live > 0 && !this.mayScaleOut())) return;
        if (!budget.acquire(this, this.opts.peers(), live === 0)) return;
        inst = this.opts.create(this.latestVersion, (i) => this.onExit(i));
        this.instances.add(inst);
        if (live > 0) this.scaledOutAt = budget.clock();
      }
      this.queue.shift();
      this.start(inst, job);
    }
  }

  instanceCount(): number {
    let n = 0;
    for (const i of this.instances) if (!i.dead) n++;
    return n;
  }

  oldestIdleAt(): number | undefined {
    let oldest: number | undefined;
    for (const { at } of this.idleSince.values()) if (oldest === undefined || at < oldest) oldest = at;
    return oldest;
  }

  retireOldestIdle(): void {
    const oldest = this.oldestIdleAt();
    const inst = [...this.idleSince].find(([, v]) => v.at === oldest)?.[0];
    if (inst) this.retire(inst);
  }

  private start(inst: Instance, job: Job): void {
    const cold = inst.invocations === 0;
    const queuedMs = performance.now() - job.queuedAt;
    this.clearIdle(inst);
    job.onStart();
    const { busy } = this.opts.budget;
    busy.change(1);
    void inst.run(job.msg, job.timeoutMs).then((outcome) => {
      busy.change(-1);
      job.resolve({ ...outcome, cold, queuedMs });
      if (this.spare()) {
        this.scaledInAt = this.opts.budget.clock();
        this.retire(inst);
      } else if (!inst.dead && this.instances.has(inst)) this.markIdle(inst);
      this.pump();
      // Still idle while a function with no instance waits for a slot: hand the slot over now, not after idleMs.
      if (this.idleSince.has(inst) && this.opts.budget.wantedByOther(this)) this.retire(inst);
    });
  }

  private mayScaleOut(): boolean {
    const { budget, size } = this.opts;
    return budget.clock() - this.scaledInAt >= SETTLE_MS && mayScaleOut(budget.busy.now, budget.busy.average(), size);
  }

  /** An instance beyond the first has just finished while the cores are taken (budget.ts). */
  private spare(): boolean {
    const { budget, size } = this.opts;
    return this.instanceCount() > 1 && budget.clock() - this.scaledOutAt >= SETTLE_MS && shouldScaleIn(budget.busy.average(), size);
  }

  private markIdle(inst: Instance): void {
    const timer = setTimeout(() => this.retire(inst), this.opts.idleMs);
    timer.unref(); // an idle instance never keeps the process alive
    this.idleSince.set(inst, { at: performance.now(), timer });
  }

  private clearIdle(inst: Instance): void {
    const idle = this.idleSince.get(inst);
    if (idle) clearTimeout(idle.timer);
    this.idleSince.delete(inst);
  }

  /** Terminates an idle instance; its budget slot is free at once. */
  private retire(inst: Instance): void {
    if (inst.busy) return;
    this.remove(inst);
    void inst.terminate();
  }

  /** Forgets an instance once, returning its slot to the budget. */
  private remove(inst: Instance): void {
    this.clearIdle(inst);
    if (this.instances.delete(inst)) this.opts.budget.release();
  }

  private retireStale(): void {
    for (const i of this.instances) {
      if (!i.busy && !i.dead && i.version !== this.latestVersion) this.retire(i);
    }
  }

  private onExit(inst: Instance): void {
    this.remove(inst);
    this.pump();
  }
}
