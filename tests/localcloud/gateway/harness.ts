// A gateway on its own HTTP server, over a real function host and a temporary H5 folder.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createGatewayRoute, type HttpRoute } from '../../../localcloud/gateway';
import { FunctionHost } from '../../../localcloud/host';
import type { CloudServices } from '../../../localcloud/types';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'functions');

export interface Harness {
  url: string;
  cloud: CloudServices;
  lines: string[];
  /** Parent of the static root: holds secret.txt, which must never be served. */
  outside: string;
  staticDir: string;
  stop(): Promise<void>;
}

export async function startGateway(opts: { dev: boolean; withH5?: boolean; httpRoutes?: HttpRoute[] }): Promise<Harness> {
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'lc-gw-'));
  fs.writeFileSync(path.join(outside, 'secret.txt'), 'TOP SECRET');
  const staticDir = path.join(outside, 'h5');
  fs.mkdirSync(path.join(staticDir, 'js'), { recursive: true });
  if (opts.withH5 !== false) {
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>码上办</title>');
    fs.writeFileSync(path.join(staticDir, 'js', 'app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(staticDir, 'style.css'), 'body{}');
    fs.writeFileSync(path.join(staticDir, '.env'), 'HIDDEN=1');
  }
  const lines: string[] = [];
  const route = createGatewayRoute({ staticDir, log: (l) => lines.push(l), ...(opts.httpRoutes ? { httpRoutes: opts.httpRoutes } : {}) });
  const host = new FunctionHost({ functionsDir: FIXTURES, adminUrl: 'http://127.0.0.1:9/admin', onLog: () => {} });
  const cloud: CloudServices = {
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'lc-gw-data-')),
    baseUrl: '',
    adminToken: 'admin',
    host,
    secret: 'test-secret-0123456789',
    dev: opts.dev,
  };
  const server = http.createServer((req, res) => {
    void route(req, res, cloud).then((handled) => {
      if (!handled) res.writeHead(404).end('fallthrough');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  cloud.baseUrl = url;
  return {
    url,
    cloud,
    lines,
    outside,
    staticDir,
    async stop() {
      await host.stop();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** A raw request (the path is sent exactly as given, unlike fetch which normalises `..`). */
export function rawRequest(
  url: string,
  method: string,
  rawPath: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, method, path: rawPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The `name=value` part of a Set-Cookie header. */
export function cookiePair(setCookie: string | string[] | undefined): string {
  const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  return (first ?? '').split(';')[0] ?? '';
}
