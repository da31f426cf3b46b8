// Shared setup for function host tests: a host over tests/fixtures/functions with captured logs.
import path from 'node:path';
import { FunctionHost, type FunctionHostOptions, type FunctionLogEntry } from '../../../localcloud/host';

export const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'functions');
/** Nothing listens on port 9 (discard): fixtures that never call the SDK's network never notice. */
export const UNUSED_ADMIN_URL = 'http://127.0.0.1:9/admin';

export function makeHost(opts: Partial<FunctionHostOptions> = {}): { host: FunctionHost; logs: FunctionLogEntry[] } {
  const logs: FunctionLogEntry[] = [];
  const host = new FunctionHost({
    functionsDir: FIXTURES,
    adminUrl: UNUSED_ADMIN_URL,
    onLog: (e) => logs.push(e),
    ...opts,
  });
  return { host, logs };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** The result of a successful invocation, or a failed assertion. */
export function okResult<T>(r: { ok: boolean; result?: unknown; message?: string }): T {
  if (!r.ok) throw new Error(`invocation failed: ${r.message ?? ''}`);
  return r.result as T;
}
