// Contracts between the parts of the local cloud. Nothing here is imported by functions or pages.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Who is running: one SCF-like invocation of a cloud function. */
export interface Invocation {
  /** Per-invocation secret, given to the function as WX_API_TOKEN; the SDK sends it as `wxCloudApiToken`. */
  token: string;
  fn: string;
  requestId: string;
  openid?: string;
  appid?: string;
  unionid?: string;
  /** wx_client | wx_devtools | wx_trigger | scf */
  source: string;
}

/** A failure answered in CloudBase's error envelope: `{ code, message, requestId }` with HTTP 200. */
export class CloudError extends Error {
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** What the /admin endpoint knows about one SDK request. */
export interface AdminContext {
  requestId: string;
  /** The invocation that sent it, resolved from `wxCloudApiToken`; undefined for the admin token (tests, seeding). */
  invocation?: Invocation;
  cloud: CloudServices;
}

/** One JSON action of the /admin protocol (`database.*`, `storage.*`, `functions.*`). Returns the response body minus requestId. */
export type JsonAction = (body: Record<string, unknown>, ctx: AdminContext) => Promise<Record<string, unknown>>;

/** An extra HTTP route (storage downloads, gateway). Resolves true when it answered the request. */
export type Route = (req: IncomingMessage, res: ServerResponse, cloud: CloudServices) => Promise<boolean>;

/** A function host: runs bundled cloud functions SCF-style. */
export interface FunctionHostApi {
  invoke(name: string, event: unknown, caller: Omit<Invocation, 'token' | 'fn' | 'requestId'>): Promise<InvokeResult>;
  /** The invocation owning a token, while it runs. */
  byToken(token: string): Invocation | undefined;
  functionNames(): string[];
  hasFunction(name: string): boolean;
}

/**
 * Timings of one invocation, in ms, as SCF reports them: `durationMs` is the execution alone (main() to
 * its answer, what the function's timeout limits); `initMs` a cold start's initialisation (starting the
 * instance, loading index.js); `queuedMs` the wait for a free instance of the function's pool.
 */
export interface InvokeTiming {
  durationMs: number;
  initMs?: number;
  queuedMs: number;
}

export type InvokeResult = (
  | { ok: true; result: unknown; requestId: string }
  | { ok: false; code: 'FUNCTION_NOT_FOUND' | 'FUNCTION_TIMEOUT' | 'FUNCTION_ERROR'; message: string; requestId: string }
) &
  InvokeTiming;

/** Shared services of one running local cloud. */
export interface CloudServices {
  dataDir: string;
  /** e.g. http://127.0.0.1:18080 — where the browser and the SDK reach this local cloud. */
  baseUrl: string;
  /** Token accepted on /admin from outside any invocation (tests, seeding). */
  adminToken: string;
  host: FunctionHostApi;
  /** Secret for signing session cookies and storage URLs; persisted in the data folder. */
  secret: string;
  dev: boolean;
  /** The H5 build the gateway serves (default <repo>/dist/h5). */
  h5Dir?: string;
  /** Every cloud.openapi call answered (apiName and calling function; never params): tests count them. */
  openapiCalls?: OpenApiCallEntry[];
}

export interface OpenApiCallEntry {
  apiName: string;
  fn?: string;
}
