// FunctionHost: runs the built cloud functions SCF-style, each invocation in a pooled worker thread.
import path from 'node:path';
import type { FunctionHostApi, Invocation, InvokeResult, InvokeTiming } from '../types';
import { functionExists, listFunctionNames, readFunctionDef, type TimerTrigger } from './function-config';
import { DEFAULT_IDLE_MS, defaultInstanceLimit, defaultPoolSize, InstanceBudget } from './budget';
import { Instance } from './instance';
import { actionOf, InvocationHistory, type InvocationRecord } from './history';
import { FunctionLogs, type FunctionLogEntry, type LogSink } from './logs';
import { FunctionPool } from './pool';
import { buildInvocation, newRequestId, type InvokeCaller } from './invocation';
import { TimerScheduler, type ArmedTimer } from './timers';
import { buildWorkerEnv } from './worker-env';

export type { InvokeCaller } from './invocation';

/** The env id functions see (`cloud.DYNAMIC_CURRENT_ENV`) unless another is given; storage fileIDs carry it. */
export const DEFAULT_ENV_ID = 'local-dev';

export interface FunctionHostOptions {
  /** Folder with one built function per sub-folder (default: <repo>/build/cloudfunctions). */
  functionsDir?: string;
  /** The local cloud's `<baseUrl>/admin`; must be loopback. */
  adminUrl: string;
  envId?: string;
  /** APPID given to wx_client/wx_devtools invocations that do not name one. */
  appid?: string;
  /** Instances of one function at most (default: one per core, at least two, at most `maxInstances`; budget.ts). */
  poolSize?: number;
  /** Live instances of all functions at most (default: 16, or twice `poolSize` if more; budget.ts). */
  maxInstances?: number;
  /** An instance idle this long is retired (default 60 s). */
  idleMs?: number;
  /** Clock for timer triggers (default: the real clock). */
  now?: () => Date;
  /** How far that clock runs ahead of real time; sent to every invocation so `Date` in functions agrees. */
  clockOffsetMs?: () => number;
  region?: string;
  /** Extra environment variables for every function (like the console's function env settings). */
  env?: Record<string, string>;
  /** Where function output goes (default: prefixed lines on stdout/stderr). */
  onLog?: LogSink;
  /** Time zone of timer crons (default Asia/Shanghai). */
  timerTz?: string;
  /** Largest JSON result (default 6 MB, SCF's synchronous response limit). */
  maxResultBytes?: number;
  /**
   * Limit of a cold start's initialisation: starting the instance and loading index.js (default 60 s).
   * Separate from the function's own timeout, which limits only the execution of main().
   */
  initTimeoutMs?: number;
}

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const INIT_TIMEOUT_MS = 60_000;
const NO_TIME: InvokeTiming = { durationMs: 0, queuedMs: 0 };
const round = (ms: number): number => Math.round(ms * 10) / 10;

export class FunctionHost implements FunctionHostApi {
  readonly functionsDir: string;
  private readonly opts: Required<Pick<FunctionHostOptions, 'envId' | 'appid' | 'poolSize' | 'region'>> & FunctionHostOptions;
  private readonly env: Record<string, string>;
  private readonly pools = new Map<string, FunctionPool>();
  private readonly budget: InstanceBudget;
  private readonly running = new Map<string, Invocation>();
  private readonly logs: FunctionLogs;
  private readonly history = new InvocationHistory();
  private readonly timers: TimerScheduler;
  private readonly now: () => Date;

  constructor(options: FunctionHostOptions) {
    this.opts = {
      ...options,
      envId: options.envId ?? DEFAULT_ENV_ID,
      appid: options.appid ?? 'wx0000000000000000',
      poolSize: options.poolSize ?? Math.min(defaultPoolSize(), options.maxInstances ?? Infinity),
      region: options.region ?? 'ap-shanghai',
    };
    if (!Number.isInteger(this.opts.poolSize) || this.opts.poolSize < 1) throw new Error('poolSize must be a positive integer');
    this.budget = new InstanceBudget(options.maxInstances ?? defaultInstanceLimit(undefined, this.opts.poolSize));
    this.functionsDir = path.resolve(options.functionsDir ?? path.join(REPO_ROOT, 'build', 'cloudfunctions'));
    this.env = buildWorkerEnv({ adminUrl: options.adminUrl, envId: this.opts.envId, region: this.opts.region, extra: options.env ?? {} });
    this.logs = new FunctionLogs(options.onLog);
    this.now = options.now ?? (() => new Date());
    this.timers = new TimerScheduler((fn, trigger, due) => this.fireTimer(fn, trigger, due), this.now, options.timerTz);
  }

  functionNames(): string[] {
    return listFunctionNames(this.functionsDir);
  }

  hasFunction(name: string): boolean {
    return functionExists(this.functionsDir, name);
  }

  byToken(token: string): Invocation | undefined {
    return this.running.get(token);
  }

  invoke(name: string, event: unknown, caller: InvokeCaller): Promise<InvokeResult> {
    return this.run(name, event, caller, false);
  }

  /** Arm every function's timer trigger (throws, arming none, if any cron is invalid). */
  startTimers(): string[] {
    const triggers = this.functionNames().flatMap((fn) => {
      const def = readFunctionDef(this.functionsDir, fn);
      return def?.trigger === undefined ? [] : [{ fn, trigger: def.trigger }];
    });
    this.timers.start(triggers);
    return this.timers.running();
  }

  stopTimers(): void {
    this.timers.stop();
  }

  /** Armed timer triggers with their next due time (empty unless startTimers ran). */
  armedTimers(): ArmedTimer[] {
    return this.timers.list();
  }

  /** After the clock moved forward: fire each due time jumped over, once (see TimerScheduler.catchUp). */
  catchUpTimers(): Promise<number> {
    return this.timers.catchUp();
  }

  /** Run one function's timer trigger now, as its timer would (by hand, from the emulator UI). */
  async fireTimerNow(fn: string): Promise<InvokeResult | undefined> {
    const trigger = readFunctionDef(this.functionsDir, fn)?.trigger;
    return trigger === undefined ? undefined : this.fireTimer(fn, trigger, this.now());
  }

  /** Recent invocations, newest first. */
  recentInvocations(limit?: number): InvocationRecord[] {
    return this.history.recent(limit);
  }

  /** Stop timers and terminate every instance; queued invocations fail. */
  async stop(): Promise<void> {
    this.timers.stop();
    const pools = [...this.pools.values()];
    this.pools.clear();
    await Promise.all(pools.map((p) => p.stop()));
  }

  recentLogs(fn: string, requestId?: string): FunctionLogEntry[] {
    return this.logs.recent(fn, requestId);
  }

  poolStats(fn: string): { instances: number; busy: number; queued: number } {
    return this.pools.get(fn)?.stats() ?? { instances: 0, busy: 0, queued: 0 };
  }

  /** Live instances of every function, and the most there may be. */
  instanceStats(): { live: number; limit: number } {
    return { live: this.budget.used, limit: this.budget.limit };
  }

  private fireTimer(fn: string, trigger: TimerTrigger, due: Date): Promise<InvokeResult> {
    const event = { Type: 'Timer', TriggerName: trigger.name, Time: due.toISOString().replace(/\.\d{3}Z$/, 'Z') };
    // Timer invocations have no user: no OPENID, no APPID (stricter than guessing what WeChat adds).
    return this.run(fn, event, { source: 'wx_trigger' }, true);
  }

  private async run(name: string, event: unknown, caller: InvokeCaller, timer: boolean): Promise<InvokeResult> {
    const requestId = newRequestId();
    let built: ReturnType<typeof buildInvocation>;
    try {
      const def = readFunctionDef(this.functionsDir, name);
      if (def === undefined) return { ok: false, code: 'FUNCTION_NOT_FOUND', message: `function ${name} not found`, requestId, ...NO_TIME };
      built = buildInvocation(def, caller, requestId, event, timer, this.opts);
    } catch (err) {
      return { ok: false, code: 'FUNCTION_ERROR', message: (err as Error).message, requestId, ...NO_TIME };
    }
    const { invocation, msg, def } = built;
    msg.clockOffsetMs = this.opts.clockOffsetMs?.() ?? 0;
    const pool = this.poolFor(name);
    const outcome = await pool.run(msg, def.timeoutMs, def.version, () => this.running.set(invocation.token, invocation));
    this.running.delete(invocation.token);
    const timing: InvokeTiming = {
      durationMs: round(outcome.durationMs),
      ...(outcome.initMs !== undefined && { initMs: round(outcome.initMs) }),
      queuedMs: round(outcome.queuedMs),
    };
    const result: InvokeResult = outcome.ok
      ? { ok: true, result: outcome.result, requestId, ...timing }
      : { ok: false, code: outcome.code, message: outcome.message, requestId, ...timing };
    this.logs.append(name, requestId, result.ok ? 'info' : 'error', endLine(result, outcome.cold, caller.source));
    this.remember(name, event, caller, result, outcome.cold);
    return result;
  }

  private remember(fn: string, event: unknown, caller: InvokeCaller, r: InvokeResult, cold: boolean): void {
    const action = actionOf(event);
    this.history.add({
      requestId: r.requestId,
      fn,
      ...(action !== undefined && { action }),
      source: caller.source,
      ...(caller.openid !== undefined && { openid: caller.openid }),
      ok: r.ok,
      ...(!r.ok && { code: r.code, message: r.message }),
      durationMs: r.durationMs,
      ...(r.initMs !== undefined && { initMs: r.initMs }),
      cold,
      at: new Date().toISOString(),
    });
  }

  private poolFor(fn: string): FunctionPool {
    let pool = this.pools.get(fn);
    if (pool === undefined) {
      pool = new FunctionPool({
        size: this.opts.poolSize,
        budget: this.budget,
        peers: () => this.pools.values(),
        idleMs: this.opts.idleMs ?? DEFAULT_IDLE_MS,
        create: (version, onExit) =>
          new Instance({
            fn,
            version,
            env: this.env,
            boot: { fn, maxResultBytes: this.opts.maxResultBytes ?? 6 * 1024 * 1024, maxLogBytesPerInvocation: 1024 * 1024 },
            initTimeoutMs: this.opts.initTimeoutMs ?? INIT_TIMEOUT_MS,
            onLog: (requestId, level, text) => this.logs.append(fn, requestId, level, text),
            onExit,
          }),
      });
      this.pools.set(fn, pool);
    }
    return pool;
  }
}

/** `END <status> duration=<execution>ms [cold] [init=<ms>] [queued=<ms>] source=<source>` */
function endLine(r: InvokeResult, cold: boolean, source: string): string {
  const init = r.initMs === undefined ? '' : ` init=${r.initMs}ms`;
  const queued = r.queuedMs >= 1 ? ` queued=${r.queuedMs}ms` : '';
  return `END ${r.ok ? 'ok' : r.code} duration=${r.durationMs}ms${cold ? ' cold' : ''}${init}${queued} source=${source}`;
}
