// The HTTP side of the open311 function: the event the HTTP access service (HTTP 访问服务) passes, the
// integration response it expects, and which Open311 document a path asks for.
import type { Format, Open311Error } from '../../src/domain/open311/spec';
import { MIME, renderErrors } from '../../src/domain/open311/format';

/** API-gateway-style event of an HTTP-triggered function (only what is read here). */
export interface HttpEvent {
  path?: unknown;
  httpMethod?: unknown;
  headers?: unknown;
  queryStringParameters?: unknown;
}

export interface HttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded: false;
}

export type Target =
  | { doc: 'discovery'; format: Format }
  | { doc: 'services'; format: Format }
  | { doc: 'definition'; code: string; format: Format }
  | { doc: 'requests'; format: Format }
  | { doc: 'request'; id: string; format: Format };

// …/v2/discovery.json, …/v2/services.xml, …/v2/services/{code}.json, …/v2/requests.json,
// …/v2/requests/{id}.json (any prefix before v2).
const PATH = /(?:^|\/)v2\/(discovery|services|requests)(?:\/([^/]{1,200}))?\.(json|xml)$/;

export function targetOf(path: string): Target | undefined {
  const m = PATH.exec(path);
  if (!m) return undefined;
  const [, doc, id, format] = m as unknown as [string, 'discovery' | 'services' | 'requests', string | undefined, Format];
  if (id !== undefined) {
    if (doc === 'requests') return { doc: 'request', id: decodeURIComponentSafe(id), format };
    return doc === 'services' ? { doc: 'definition', code: decodeURIComponentSafe(id), format } : undefined;
  }
  return { doc, format } as Target;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The path's format, for answering an error in it (JSON when the path names none). */
export const formatOf = (path: string): Format => (/\.xml$/.test(path) ? 'xml' : 'json');

/** Query parameters as strings only (a repeated or odd value is the caller's 400, not our 500). */
export function queryOf(event: HttpEvent): Record<string, unknown> {
  const q = event.queryStringParameters;
  return typeof q === 'object' && q !== null && !Array.isArray(q) ? { ...(q as Record<string, unknown>) } : {};
}

export function header(event: HttpEvent, name: string): string | undefined {
  const h = event.headers;
  if (typeof h !== 'object' || h === null) return undefined;
  const v = Object.entries(h as Record<string, unknown>).find(([k]) => k.toLowerCase() === name)?.[1];
  return typeof v === 'string' ? v : undefined;
}

const headersOf = (format: Format, cache: string): Record<string, string> => ({
  'content-type': MIME[format],
  // Public and read-only: any site may read it.
  'access-control-allow-origin': '*',
  'cache-control': cache,
});

/** A document: caches may keep it a minute. */
export function answer(statusCode: number, body: string, format: Format): HttpResponse {
  return { statusCode, headers: headersOf(format, 'public, max-age=60'), body, isBase64Encoded: false };
}

/** The spec's error list of one, not cached. */
export function failure(statusCode: number, description: string, format: Format): HttpResponse {
  const errors: Open311Error[] = [{ code: statusCode, description }];
  return { statusCode, headers: headersOf(format, 'no-store'), body: renderErrors(errors, format), isBase64Encoded: false };
}
