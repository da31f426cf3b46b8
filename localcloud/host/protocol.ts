// Messages between the host (main thread) and one function instance (worker thread).

/** Identity applied to the worker's process.env right before main() runs. */
export interface InvocationEnv {
  openid?: string;
  appid?: string;
  unionid?: string;
  source: string;
  token: string;
  timer: boolean;
}

/** The SCF-like context argument, minus the functions the worker adds itself. */
export interface ScfContext {
  request_id: string;
  function_name: string;
  function_version: string;
  namespace: string;
  tencentcloud_region: string;
  memory_limit_in_mb: number;
  time_limit_in_ms: number;
}

export interface InvokeMessage {
  type: 'invoke';
  requestId: string;
  indexPath: string;
  /** JSON text: the function sees a fresh parse, as in SCF. */
  eventJson: string;
  context: ScfContext;
  identity: InvocationEnv;
  /** How far the local cloud's clock runs ahead of real time (localcloud/clock.ts); `Date` in the worker follows it. */
  clockOffsetMs?: number;
}

export type HostToWorker = InvokeMessage;

export type WorkerToHost =
  | { type: 'ready' }
  /**
   * index.js is loaded and main() is called next: the execution (and its timeout) starts at `at`
   * (performance.timeOrigin + performance.now(), comparable across threads). `init`: the module was
   * loaded for this invocation (a cold start), so the time before was initialisation.
   */
  | { type: 'started'; requestId: string; init: boolean; at: number }
  | { type: 'log'; requestId: string | undefined; level: LogLevel; text: string }
  | { type: 'result'; requestId: string; ok: true; resultJson: string }
  | { type: 'result'; requestId: string; ok: false; message: string };

export type LogLevel = 'log' | 'info' | 'warn' | 'error' | 'debug';

/** Data handed to the worker at start. */
export interface WorkerBoot {
  fn: string;
  maxResultBytes: number;
  maxLogBytesPerInvocation: number;
}
