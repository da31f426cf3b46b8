// The instances of one function: up to `size` workers, each running one invocation at a time; extra
// invocations wait in a FIFO queue. Warm instances are reused; instances of an older build are retired.
import { performance } from 'node:perf_hooks';
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
}

export class FunctionPool {
  private readonly instances = new Set<Instance>();
  private readonly queue: Job[] = [];
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
    await Promise.all([...this.instances].map((i) => i.terminate()));
    this.instances.clear();
  }

  private pump(): void {
    this.retireStale();
    while (this.queue.length > 0 && !this.stopped) {
      const job = this.queue[0] as Job;
      let inst = [...this.instances].find((i) => !i.busy && !i.dead && i.version === this.latestVersion);
      if (inst === undefined) {
        const live = [...this.instances].filter((i) => !i.dead).length;
        if (live >= this.opts.size) return;
        inst = this.opts.create(this.latestVersion, (i) => this.onExit(i));
        this.instances.add(inst);
      }
      this.queue.shift();
      this.start(inst, job);
    }
  }

  private start(inst: Instance, job: Job): void {
    const cold = inst.invocations === 0;
    const queuedMs = performance.now() - job.queuedAt;
    job.onStart();
    void inst.run(job.msg, job.timeoutMs).then((outcome) => {
      job.resolve({ ...outcome, cold, queuedMs });
      this.pump();
    });
  }

  private retireStale(): void {
    for (const i of this.instances) {
      if (!i.busy && !i.dead && i.version !== this.latestVersion) {
        this.instances.delete(i);
        void i.terminate();
      }
    }
  }

  private onExit(inst: Instance): void {
    this.instances.delete(inst);
    this.pump();
  }
}
