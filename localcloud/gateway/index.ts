// The browser gateway: /api/<fn> (cloud functions for the H5 build), HTTP-triggered functions
// (http-routes.ts: /open311/…), /__dev/* (dev helpers) and the static H5 files. The local cloud's HTTP server calls it for everything except POST /admin.
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { CloudServices, Route } from '../types';
import { handleApi, type GatewayLog } from './api';
import { handleDev } from './dev';
import { HTTP_ROUTES, handleHttpRoute, httpRouteOf, type HttpRoute } from './http-routes';
import { serveStatic } from './static-files';

export interface GatewayOptions {
  /** H5 build folder. Default: `cloud.h5Dir` when the services carry one, else <repo>/dist/h5. */
  staticDir?: string;
  /** One line per API call (fn, status, duration); default stdout. */
  log?: GatewayLog;
  /** HTTP-triggered functions (path prefix → function). Default: this project's HTTP_ROUTES. */
  httpRoutes?: readonly HttpRoute[];
}

const DEFAULT_H5_DIR = path.resolve(__dirname, '..', '..', 'dist', 'h5');

const printLine: GatewayLog = (line) => {
  process.stdout.write(`${line}\n`);
};

export function createGatewayRoute(options: GatewayOptions = {}): Route {
  const log = options.log ?? printLine;
  const httpRoutes = options.httpRoutes ?? HTTP_ROUTES;
  return async (req: IncomingMessage, res: ServerResponse, cloud: CloudServices): Promise<boolean> => {
    const urlPath = (req.url ?? '/').split(/[?#]/)[0] ?? '/';
    if (urlPath.startsWith('/api/')) {
      await handleApi(req, res, cloud, urlPath.slice('/api/'.length), log);
      return true;
    }
    const httpRoute = httpRouteOf(httpRoutes, urlPath);
    if (httpRoute) {
      await handleHttpRoute(req, res, cloud, httpRoute, log);
      return true;
    }
    if (urlPath === '/__dev' || urlPath.startsWith('/__dev/')) {
      await handleDev(req, res, cloud, urlPath.slice('/__dev/'.length));
      return true;
    }
    const dir = options.staticDir ?? cloud.h5Dir ?? DEFAULT_H5_DIR;
    return serveStatic(req, res, dir);
  };
}

export const gatewayRoute: Route = createGatewayRoute();

export { API_BODY_LIMIT } from './http-util';
export { SESSION_COOKIE, signSession, verifySession, sessionOpenid, sessionCookieHeader } from './session';
export { serveStatic, safeSegments, contentType } from './static-files';
export type { GatewayLog } from './api';
export { HTTP_ROUTES, type HttpRoute } from './http-routes';
