// Module resolution inside a function instance. A function's `require` resolves from its own folder
// first (its node_modules, as installed by 「云端安装依赖」); only `wx-server-sdk` falls back to the
// copy next to the local cloud, so a function whose dependencies are not installed yet still runs.
import Module from 'node:module';

type Resolve = (request: string, parent: unknown, isMain: boolean, options?: unknown) => string;

let installed = false;
/** Resolving from the host's folder (which goes through the same hook): a second miss is final. */
let fallingBack = false;

const isSdk = (request: string): boolean => request === 'wx-server-sdk' || request.startsWith('wx-server-sdk/');

/** Installs the fallback once per instance (after any loader hooks of the worker's own start). */
export function fallBackToHostSdk(): void {
  if (installed) return;
  installed = true;
  const loader = Module as unknown as { _resolveFilename: Resolve };
  const original = loader._resolveFilename;
  loader._resolveFilename = function resolveWithFallback(this: unknown, request, parent, isMain, options) {
    try {
      return original.call(this, request, parent, isMain, options);
    } catch (err) {
      if (!isSdk(request) || fallingBack) throw err;
      fallingBack = true;
      try {
        return require.resolve(request);
      } finally {
        fallingBack = false;
      }
    }
  };
}
