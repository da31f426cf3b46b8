// HTTP-triggered functions, as WeChat Cloud's HTTP access service (HTTP 访问服务) runs them: a path
// prefix routed to a function, the request passed as an API-gateway-style event, and the function's
// integration response ({ statusCode, headers, body, isBase64Encoded }) sent back. No session, no OPENID.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { CloudServices } from '../types';
import { sendError } from './http-util';
import type { GatewayLog } from './api';

export interface HttpRoute {
  /** Path prefix, with its trailing slash: /open311/ matches /open311/v2/services.json. */
  prefix: string;
  fn: string;
  methods: readonly string[];
}

/** The HTTP access paths of this project (on WeChat Cloud: one "HTTP 访问服务" path each; see localcloud docs). */
export const HTTP_ROUTES: readonly HttpRoute[] = [{ prefix: '/open311/', fn: 'open311', methods: ['GET'] }];

export const httpRouteOf = (routes: readonly HttpRoute[], urlPath: string): HttpRoute | undefined =>
  routes.find((r) => urlPath.startsWith(r.prefix));

interface Integration {
  statusCode: number;
  headers?: Record<string, string>;
  body?: string;
  isBase64Encoded?: boolean;
}

const isIntegration = (v: unknown): v is Integration =>
  typeof v === 'object' &&
  v !== null &&
  Number.isInteger((v as Integration).statusCode) &&
  (v as Integration).statusCode >= 100 &&
  (v as Integration).statusCode < 600 &&
  ((v as Integration).body === undefined || typeof (v as Integration).body === 'string');

/** The event: path, method, headers (lower-case), query (first value of each name), an empty body (GET only). */
function eventOf(req: IncomingMessage, route: HttpRoute): Record<string, unknown> {
  const url = new URL(req.url ?? '/', 'http://local');
  const query: Record<string, string> = {};
  for (const [k, v] of url.searchParams) if (!(k in query)) query[k] = v;
  const headers: Record<string, string> = { 'x-forwarded-proto': 'http' };
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && k !== 'cookie') headers[k] = v;
  return {
    path: url.pathname,
    httpMethod: req.method,
    headers,
    queryStringParameters: query,
    requestContext: { path: route.prefix, httpMethod: req.method },
    body: '',
    isBase64Encoded: false,
  };
}

export async function handleHttpRoute(
  req: IncomingMessage,
  res: ServerResponse,
  cloud: CloudServices,
  route: HttpRoute,
  log: GatewayLog,
): Promise<void> {
  const t0 = performance.now();
  let status = 502;
  let requestId = '-';
  try {
    if (!route.methods.includes(req.method ?? '')) {
      status = 405;
      sendError(res, 405, 'CLOUD.METHOD_NOT_ALLOWED', `use ${route.methods.join(', ')}`, { allow: route.methods.join(', ') });
      return;
    }
    const r = await cloud.host.invoke(route.fn, eventOf(req, route), { source: 'http' });
    requestId = r.requestId;
    if (!r.ok || !isIntegration(r.result)) {
      status = r.ok ? 502 : r.code === 'FUNCTION_TIMEOUT' ? 504 : r.code === 'FUNCTION_NOT_FOUND' ? 404 : 502;
      sendError(res, status, 'CLOUD.FUNCTION_FAILED', r.ok ? 'not an integration response' : r.message, { 'x-request-id': r.requestId });
      return;
    }
    const out = r.result;
    const body = out.isBase64Encoded ? Buffer.from(out.body ?? '', 'base64') : Buffer.from(out.body ?? '', 'utf8');
    status = out.statusCode;
    res.writeHead(out.statusCode, { ...(out.headers ?? {}), 'content-length': String(body.length), 'x-request-id': r.requestId });
    res.end(body);
  } finally {
    // The path and query are the caller's text: not logged.
    log(`[gateway] http fn=${route.fn} status=${status} ms=${Math.round(performance.now() - t0)} req=${requestId}`);
  }
}
