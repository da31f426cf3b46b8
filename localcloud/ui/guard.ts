// Who may use /__ui: dev mode only, from this machine only, and only pages of this origin may change
// anything. The server listens on loopback already; the Host check stops DNS rebinding (a remote page
// whose name resolves to 127.0.0.1), and writes need a JSON body, which a cross-site form cannot send
// without a preflight this server never answers.
import type { IncomingMessage } from 'node:http';
import { HttpError, isJsonContentType } from '../gateway/http-util';
import { isLoopbackHost } from '../safety';
import type { CloudServices } from '../types';

function hostnameOf(hostHeader: string | undefined): string | undefined {
  if (!hostHeader) return undefined;
  try {
    return new URL(`http://${hostHeader}`).hostname;
  } catch {
    return undefined;
  }
}

function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/** The reason to refuse this request, or undefined when it may go on. */
export function uiRefusal(req: IncomingMessage, cloud: CloudServices): HttpError | undefined {
  if (!cloud.dev) return new HttpError(404, 'CLOUD.NOT_FOUND', 'not found');
  if (!isLoopbackHost(req.socket.remoteAddress ?? ''))
    return new HttpError(403, 'UI.LOOPBACK_ONLY', 'the emulator UI answers this machine only');
  const host = hostnameOf(req.headers.host);
  if (host === undefined || !isLoopbackHost(host))
    return new HttpError(403, 'UI.LOOPBACK_ONLY', 'open the emulator UI at 127.0.0.1 or localhost');
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  const origin = req.headers.origin;
  if (origin !== undefined && originHost(origin) !== req.headers.host) {
    return new HttpError(403, 'UI.CROSS_ORIGIN', 'writes only from the emulator UI itself');
  }
  if (!isJsonContentType(req)) return new HttpError(415, 'CLOUD.BAD_REQUEST', 'content-type must be application/json');
  return undefined;
}
