// /__ui: the emulator UI (a page and its JSON API under /__ui/api/…), dev mode and loopback only
// (guard.ts). Every panel's reads and actions are in api/; the page is the React app in app/.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError, readJsonObject, sendHttpError, sendJson } from '../gateway/http-util';
import type { CloudServices, Route } from '../types';
import { clockState, moveClock } from './api/clock';
import { deleteDocument, getDocument, listCollections, queryDocuments, replaceDocument } from './api/collections';
import { exportData } from './api/dump';
import { addBlockWord, listBlocklist, listOutbox, listStorage, removeBlockWord } from './api/files';
import { fireTimer, invocationLogs, invokeByHand, listInvocations, listTimers } from './api/functions';
import { listRequests, slowRequests } from './api/requests';
import { PAGE, uiBundle } from './bundle';
import type { UiDeps } from './deps';
import { uiRefusal } from './guard';

export type { UiDeps } from './deps';

const BODY_LIMIT = 1024 * 1024;
const SECURITY_HEADERS = {
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'content-security-policy':
    "default-src 'self'; img-src 'self' data: http://127.0.0.1:* http://localhost:*; frame-src 'self' http://127.0.0.1:* http://localhost:*; frame-ancestors 'none'",
};

type Handler = (deps: UiDeps, m: string[], q: URLSearchParams, body: Record<string, unknown>) => unknown;

const seg = '([^/]+)';
/** `METHOD path` (a regex over the path after /__ui/api/) → handler. */
const API: Array<[string, RegExp, Handler]> = [
  ['GET', /^collections$/, (d) => listCollections(d)],
  ['POST', new RegExp(`^collections/${seg}/query$`), (d, m, _q, b) => queryDocuments(d, m[0]!, b)],
  ['GET', new RegExp(`^collections/${seg}/docs/${seg}$`), (d, m) => getDocument(d, m[0]!, m[1]!)],
  ['PUT', new RegExp(`^collections/${seg}/docs/${seg}$`), (d, m, _q, b) => replaceDocument(d, m[0]!, m[1]!, b.json)],
  ['DELETE', new RegExp(`^collections/${seg}/docs/${seg}$`), (d, m) => deleteDocument(d, m[0]!, m[1]!)],
  [
    'GET',
    /^requests$/,
    (d, _m, q) =>
      listRequests(d, {
        fn: q.get('fn') ?? undefined,
        collection: q.get('collection') ?? undefined,
        unindexedOnly: q.get('unindexed') === '1',
        limit: Number(q.get('limit') ?? 200) || 200,
      }),
  ],
  ['GET', /^requests\/slow$/, (d, _m, q) => slowRequests(d, Number(q.get('limit') ?? 20) || 20)],
  ['GET', /^functions$/, (d) => ({ functions: d.host.functionNames(), invocations: listInvocations(d), timers: listTimers(d) })],
  ['GET', new RegExp(`^functions/${seg}/logs/${seg}$`), (d, m) => invocationLogs(d, m[0]!, m[1]!)],
  ['POST', /^invoke$/, (d, _m, _q, b) => invokeByHand(d, b)],
  ['POST', new RegExp(`^timers/${seg}/fire$`), (d, m) => fireTimer(d, m[0]!)],
  ['GET', /^clock$/, (d) => clockState(d)],
  ['POST', /^clock$/, (d, _m, _q, b) => moveClock(d, b)],
  ['GET', /^outbox$/, (d) => listOutbox(d)],
  ['GET', /^storage$/, (d) => listStorage(d)],
  ['GET', /^blocklist$/, (d) => listBlocklist(d)],
  ['POST', /^blocklist$/, (d, _m, _q, b) => addBlockWord(d, b)],
  ['DELETE', /^blocklist$/, (d, _m, _q, b) => removeBlockWord(d, b)],
  ['POST', /^export$/, (d, _m, _q, b) => exportData(d, b)],
];

async function api(req: IncomingMessage, res: ServerResponse, deps: UiDeps, route: string, q: URLSearchParams): Promise<void> {
  let pathMatched = false;
  for (const [method, re, handler] of API) {
    const m = re.exec(route);
    if (m === null) continue;
    pathMatched = true;
    if (method !== req.method) continue;
    const body = method === 'GET' ? {} : await readJsonObject(req, BODY_LIMIT);
    let params: string[];
    try {
      params = m.slice(1).map((s) => decodeURIComponent(s));
    } catch {
      throw new HttpError(400, 'UI.BAD_PARAM', 'malformed path');
    }
    return sendJson(res, 200, await handler(deps, params, q, body), SECURITY_HEADERS);
  }
  throw pathMatched
    ? new HttpError(405, 'CLOUD.METHOD_NOT_ALLOWED', 'method not allowed')
    : new HttpError(404, 'CLOUD.NOT_FOUND', 'not found');
}

async function page(res: ServerResponse, file: string): Promise<void> {
  if (file === '' || file === 'index.html') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...SECURITY_HEADERS }).end(PAGE);
    return;
  }
  const kind = file === 'app.js' ? 'js' : file === 'app.css' ? 'css' : undefined;
  if (kind === undefined) throw new HttpError(404, 'CLOUD.NOT_FOUND', 'not found');
  const b = await uiBundle();
  const type = kind === 'js' ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8';
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...SECURITY_HEADERS }).end(b[kind]);
}

/** The /__ui route; `parts` gives the UI the running cloud's pieces (set once the host exists). */
export function createUiRoute(parts: () => UiDeps | undefined): Route {
  return async (req: IncomingMessage, res: ServerResponse, cloud: CloudServices): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/__ui' && !url.pathname.startsWith('/__ui/')) return false;
    const deps = parts();
    try {
      const refusal = uiRefusal(req, cloud) ?? (deps === undefined ? new HttpError(503, 'UI.STARTING', 'starting') : undefined);
      if (refusal !== undefined) throw refusal;
      const rest = url.pathname.slice('/__ui/'.length);
      if (rest.startsWith('api/')) await api(req, res, deps!, rest.slice('api/'.length), url.searchParams);
      else if (req.method === 'GET' || req.method === 'HEAD') await page(res, url.pathname === '/__ui' ? '' : rest);
      else throw new HttpError(405, 'CLOUD.METHOD_NOT_ALLOWED', 'method not allowed');
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      sendHttpError(req, res, err);
    }
    return true;
  };
}
