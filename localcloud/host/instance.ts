// One function instance: a worker thread that runs one invocation at a time and stays warm between them.
// As in SCF, an invocation has two phases with their own limits: initialisation (a cold instance's worker
// start and loading index.js, under `initTimeoutMs`) and execution (main() until it answers, under the
// function's timeout). The execution timer starts when the worker says main() is being called.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { InvokeMessage, LogLevel, WorkerBoot, WorkerToHost } from './protocol';

export type Answer = { ok: true; result: unknown } | { ok: false; code: 'FUNCTION_TIMEOUT' | 'FUNCTION_ERROR'; message: string };

export interface Timing {
  /** Execution: from main() being called to its answer or timeout; 0 if it never started. */
  durationMs: number;
  /** Initialisation, when this invocation had one (a cold start, or a failed one). */
  initMs?: number;
}

export type Outcome = Answer & Timing;

export interface InstanceOptions {
  fn: string;
  version: string;
  env: Record<string, string>;
  boot: WorkerBoot;
  /** Limit of the initialisation phase (worker start and loading index.js). */
  initTimeoutMs: number;
  onLog: (requestId: string | undefined, level: LogLevel, text: string) => void;
  onExit: (instance: Instance) => void;
}

interface Current {
  requestId: string;
  resolve: (o: Outcome) => void;
  timeoutMs: number;
  /** performance.now() when run() was called, and when main() started. */
  since: number;
  startedAt?: number;
  initMs?: number;
  deadline?: Deadline;
}

const MEMORY_LIMIT_MB = 256;
// V8 lets a busy heap's young generation grow to 48 MB; a function's allocations are short-lived and
// small, so 8 MB costs a few more scavenges and keeps each instance ~25 MB smaller under load.
const YOUNG_GENERATION_MB = 8;
const MAX_RAW_LINE = 16 * 1024;

export class Instance {
  readonly version: string;
  busy = false;
  dead = false;
  /** Invocations started on this instance; 0 before the first one (a cold start). */
  invocations = 0;
  private readonly worker: Worker;
  private readonly ready: Promise<void>;
  private current: Current | undefined;
  private lastRequestId: string | undefined;

  constructor(private readonly opts: InstanceOptions) {
    this.version = opts.version;
    this.worker = spawnWorker(opts);
    this.ready = new Promise((resolve) => {
      this.worker.on('message', (m: WorkerToHost) => {
        if (m.type === 'ready') resolve();
        else this.onMessage(m);
      });
    });
    this.worker.on('error', (err) => this.fail(`instance crashed: ${err.message}`));
    this.worker.on('exit', (code) => {
      this.fail(`instance exited with code ${code}`);
      this.opts.onExit(this);
    });
    this.pipeRaw(this.worker.stdout, 'log');
    this.pipeRaw(this.worker.stderr, 'error');
  }

  /** Run one invocation; the caller guarantees the instance is idle. */
  run(msg: InvokeMessage, timeoutMs: number): Promise<Outcome> {
    this.busy = true;
    this.invocations += 1;
    this.lastRequestId = msg.requestId;
    return new Promise<Outcome>((resolve) => {
      const cur: Current = { requestId: msg.requestId, resolve, timeoutMs, since: performance.now() };
      this.current = cur;
      cur.deadline = new Deadline(cur.since, this.opts.initTimeoutMs, () => {
        this.settle({ ok: false, code: 'FUNCTION_ERROR', message: initTimeoutMessage(this.opts.fn, this.opts.initTimeoutMs) });
        void this.terminate(); // an instance that cannot initialise is not reused
      });
      void this.ready.then(() => {
        if (this.current === cur && !this.dead) this.worker.postMessage(msg);
      });
    });
  }

  terminate(): Promise<number> {
    this.dead = true;
    return this.worker.terminate();
  }

  private onMessage(m: WorkerToHost): void {
    if (m.type === 'log') {
      this.opts.onLog(m.requestId, m.level, m.text);
    } else if (m.type === 'started' && m.requestId === this.current?.requestId) {
      this.onStarted(this.current, m.init, m.at - performance.timeOrigin);
    } else if (m.type === 'result' && m.requestId === this.current?.requestId) {
      if (m.ok) this.settle({ ok: true, result: JSON.parse(m.resultJson) as unknown });
      else this.settle({ ok: false, code: 'FUNCTION_ERROR', message: m.message });
    }
  }

  /** main() was called at `startedAt` (this thread's performance.now()): the function's timeout runs from there. */
  private onStarted(cur: Current, init: boolean, startedAt: number): void {
    cur.deadline?.cancel();
    cur.startedAt = Math.min(Math.max(startedAt, cur.since), performance.now());
    if (init) cur.initMs = cur.startedAt - cur.since;
    cur.deadline = new Deadline(cur.startedAt, cur.timeoutMs, () => {
      this.settle({ ok: false, code: 'FUNCTION_TIMEOUT', message: timeoutMessage(this.opts.fn, cur.timeoutMs) });
      void this.terminate(); // SCF kills a timed-out instance; a fresh one starts on demand
    });
  }

  private fail(message: string): void {
    this.dead = true;
    this.settle({ ok: false, code: 'FUNCTION_ERROR', message });
  }

  private settle(answer: Answer): void {
    const cur = this.current;
    if (cur === undefined) return;
    this.current = undefined;
    cur.deadline?.cancel();
    this.busy = false;
    const now = performance.now();
    // Never started: the whole time went to an initialisation that failed.
    const initMs = cur.startedAt === undefined ? now - cur.since : cur.initMs;
    const durationMs = cur.startedAt === undefined ? 0 : now - cur.startedAt;
    cur.resolve({ ...answer, durationMs, ...(initMs !== undefined && { initMs }) });
  }

  /** process.stdout/stderr writes that bypass console (rare): forwarded line by line. */
  private pipeRaw(stream: Readable, level: LogLevel): void {
    let buf = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      buf += chunk;
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0 || buf.length > MAX_RAW_LINE) {
        const end = nl >= 0 ? nl : MAX_RAW_LINE;
        this.opts.onLog(this.lastRequestId, level, buf.slice(0, end));
        buf = buf.slice(nl >= 0 ? end + 1 : end);
      }
    });
    stream.on('end', () => {
      if (buf !== '') this.opts.onLog(this.lastRequestId, level, buf);
    });
  }
}

/** Runs `fn` once `ms` have passed since `since` by performance.now() (a bare setTimeout may fire early). */
class Deadline {
  private timer: NodeJS.Timeout;

  constructor(since: number, ms: number, fn: () => void) {
    const check = (): void => {
      const left = since + ms - performance.now();
      if (left > 0) this.timer = setTimeout(check, Math.ceil(left));
      else fn();
    };
    this.timer = setTimeout(check, Math.max(0, Math.ceil(since + ms - performance.now())));
  }

  cancel(): void {
    clearTimeout(this.timer);
  }
}

function timeoutMessage(fn: string, timeoutMs: number): string {
  return `${fn}: task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds (config.json "timeout")`;
}

function initTimeoutMessage(fn: string, initTimeoutMs: number): string {
  return `${fn}: initialisation timed out after ${(initTimeoutMs / 1000).toFixed(2)} seconds (starting the instance and loading index.js)`;
}

function spawnWorker(opts: InstanceOptions): Worker {
  const ext = path.extname(__filename);
  const workerPath = path.join(__dirname, `worker${ext}`);
  const common = {
    env: opts.env,
    workerData: opts.boot,
    execArgv: [],
    stdout: true,
    stderr: true,
    name: `fn:${opts.fn}`,
    resourceLimits: { maxOldGenerationSizeMb: MEMORY_LIMIT_MB, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  };
  if (ext !== '.ts') return new Worker(workerPath, common);
  // Running from TypeScript sources (tsx): load the worker through tsx, then unregister it so function
  // code is loaded by plain Node, as in SCF.
  const tsxApi = require.resolve('tsx/cjs/api');
  const code =
    `const unregister = require(${JSON.stringify(tsxApi)}).register();\n` +
    `try { require(${JSON.stringify(workerPath)}); } finally { unregister(); }\n`;
  return new Worker(code, { ...common, eval: true });
}
