// Entry of one function instance (a worker thread). Runs one invocation at a time, like an SCF instance:
// the module is loaded on the first invocation and stays warm for the next ones. Loading it is the
// initialisation phase; `started` tells the host that execution (and its timeout) begins.
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { blockEgress } from '../safety';
import type { HostToWorker, InvocationEnv, InvokeMessage, WorkerBoot, WorkerToHost } from './protocol';
import { captureConsole } from './worker-console';
import { fallBackToHostSdk } from './sdk-fallback';
import { installClock, setClockOffset } from './worker-clock';

type MainFn = (event: unknown, context: Record<string, unknown>) => unknown;

const port = parentPort;
if (port === null) throw new Error('localcloud/host/worker must run in a worker thread');

blockEgress(); // before any function code can open a socket
installClock(); // before function code captures `Date`
const boot = workerData as WorkerBoot;
const post = (m: WorkerToHost): void => port.postMessage(m);
const capture = captureConsole(post, boot.maxLogBytesPerInvocation);
process.on('unhandledRejection', (reason) => {
  console.error('Unhandled promise rejection:', reason);
});

let main: MainFn | undefined;

port.on('message', (m: HostToWorker) => {
  void handle(m);
});
post({ type: 'ready' });

async function handle(m: InvokeMessage): Promise<void> {
  capture.begin(m.requestId);
  applyIdentity(m.identity);
  setClockOffset(m.clockOffsetMs);
  const init = main === undefined;
  let run: MainFn;
  try {
    run = main ??= loadMain(m.indexPath);
  } catch (err) {
    // An initialisation failure; the next invocation tries to load the module again.
    post({ type: 'result', requestId: m.requestId, ok: false, message: describeError(err) });
    return;
  }
  post({ type: 'started', requestId: m.requestId, init, at: performance.timeOrigin + performance.now() });
  const started = Date.now();
  try {
    const context = {
      ...m.context,
      callbackWaitsForEmptyEventLoop: false,
      getRemainingTimeInMillis: () => Math.max(0, m.context.time_limit_in_ms - (Date.now() - started)),
    };
    const result = await run(JSON.parse(m.eventJson) as unknown, context);
    const resultJson = JSON.stringify(result) ?? 'null';
    if (Buffer.byteLength(resultJson) > boot.maxResultBytes) {
      throw new Error(`result is ${Buffer.byteLength(resultJson)} bytes; the limit is ${boot.maxResultBytes}`);
    }
    post({ type: 'result', requestId: m.requestId, ok: true, resultJson });
  } catch (err) {
    post({ type: 'result', requestId: m.requestId, ok: false, message: describeError(err) });
  }
}

function loadMain(indexPath: string): MainFn {
  fallBackToHostSdk();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(indexPath) as { main?: unknown };
  if (typeof mod.main !== 'function') throw new Error(`${boot.fn}: index.js does not export a main function`);
  return mod.main as MainFn;
}

/** Per-invocation identity: getWXContext() and the SDK's token read process.env on every call. */
function applyIdentity(id: InvocationEnv): void {
  const env = process.env;
  const set = (key: string, value: string | undefined): void => {
    if (value === undefined) delete env[key];
    else env[key] = value;
  };
  set('WX_OPENID', id.openid);
  set('WX_APPID', id.appid);
  set('WX_UNIONID', id.unionid);
  env['TCB_SOURCE'] = id.source;
  env['WX_API_TOKEN'] = id.token;
  set('TRIGGER_SRC', id.timer ? 'timer' : undefined);
  set('WX_TRIGGER_API_TOKEN_V0', id.timer ? id.token : undefined);
}

function describeError(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === 'string') return err;
  if (typeof err === 'object' && err !== null) {
    const o = err as { errMsg?: unknown; message?: unknown };
    if (typeof o.errMsg === 'string') return o.errMsg;
    if (typeof o.message === 'string') return o.message;
    try {
      return JSON.stringify(err);
    } catch {
      return String(err);
    }
  }
  return String(err);
}
