// Starts one local cloud: database, function host, openapi, storage and the browser gateway on one
// loopback HTTP port. Used by `npm start`, by every function test and by the bench.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Clock } from './clock';
import { createGatewayRoute } from './gateway';
import { FunctionHost, functionActions } from './host';
import { handleOpenApiRequest } from './openapi';
import { assertLoopbackTarget, isLoopbackHost } from './safety';
import { handleAdmin } from './server/admin';
import { databaseActions } from './server/database-actions';
import { RequestLog } from './server/request-log';
import { cleanStagedUploads, storageActions, storageRoute } from './storage';
import { Database } from './store/database';
import { loadManifest } from './store/manifest';
import { Transactions } from './store/transactions';
import type { CloudServices, OpenApiCallEntry, Route } from './types';
import { createUiRoute, type UiDeps } from './ui';

export const ROOT = path.resolve(__dirname, '..');

export interface LocalCloudOptions {
  dataDir?: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  functionsDir?: string;
  h5Dir?: string;
  manifestPath?: string;
  /** Dev mode: /__dev/login, /__dev/outbox and the emulator UI (/__ui) are served. On for `npm start` and tests. */
  dev?: boolean;
  poolSize?: number;
  timers?: boolean;
  /** Do not print function logs, gateway lines or unindexed-query warnings (tests, bench). */
  quiet?: boolean;
  /** Token accepted on /admin outside any invocation; random when not given. */
  adminToken?: string;
}

export interface LocalCloud {
  baseUrl: string;
  adminUrl: string;
  adminToken: string;
  dataDir: string;
  db: Database;
  log: RequestLog;
  /** Every cloud.openapi call (apiName, function), e.g. to count wxacode.getUnlimited. */
  openapiCalls: OpenApiCallEntry[];
  host: FunctionHost;
  services: CloudServices;
  /** The local cloud's time (real time until moved forward in /__ui; reset on restart). */
  clock: Clock;
  stop(): Promise<void>;
}

function loadSecret(dataDir: string): string {
  const file = path.join(dataDir, 'secret');
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 });
  return fs.readFileSync(file, 'utf8').trim();
}

export async function startLocalCloud(opts: LocalCloudOptions = {}): Promise<LocalCloud> {
  const dataDir = path.resolve(opts.dataDir ?? path.join(ROOT, '.localcloud'));
  fs.mkdirSync(dataDir, { recursive: true });
  await cleanStagedUploads(dataDir);
  const bindHost = opts.host ?? '127.0.0.1';
  // The SDK's target is this server; anything but loopback could expose the dev login or leak data.
  if (!isLoopbackHost(bindHost)) throw new Error(`local cloud listens on loopback only, not ${bindHost}`);
  const db = new Database(path.join(dataDir, 'db'), loadManifest(opts.manifestPath));
  db.open();
  const txs = new Transactions(db);
  const log = new RequestLog();
  const clock = new Clock();
  log.quiet = !!opts.quiet;

  const services: CloudServices = {
    dataDir,
    baseUrl: '',
    adminToken: opts.adminToken ?? crypto.randomBytes(16).toString('hex'),
    secret: loadSecret(dataDir),
    dev: !!opts.dev,
    h5Dir: opts.h5Dir ?? path.join(ROOT, 'dist/h5'),
    openapiCalls: [],
    host: undefined as unknown as FunctionHost, // set once the port is known (the host needs the /admin URL)
  };
  const actions = { ...databaseActions(db, txs, log, () => clock.now()), ...storageActions, ...functionActions };
  const silent = () => undefined;
  const ui: { deps?: UiDeps } = {}; // filled once the host exists
  const routes: Route[] = [storageRoute, createUiRoute(() => ui.deps), createGatewayRoute(opts.quiet ? { log: silent } : {})];

  const server = http.createServer((req, res) => {
    void (async () => {
      if (req.method === 'POST' && (req.url ?? '').split('?')[0] === '/admin') {
        return handleAdmin(req, res, { cloud: services, actions, openapi: handleOpenApiRequest });
      }
      for (const route of routes) if (await route(req, res, services)) return;
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    })().catch((err) => {
      console.error('[localcloud] request failed:', (err as Error).stack ?? err);
      if (!res.headersSent) res.writeHead(500).end();
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, bindHost, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  services.baseUrl = `http://${bindHost}:${port}`;
  const adminUrl = `${services.baseUrl}/admin`;
  assertLoopbackTarget(JSON.stringify({ URL: adminUrl }));

  const host = new FunctionHost({
    functionsDir: opts.functionsDir ?? path.join(ROOT, 'build/cloudfunctions'),
    adminUrl,
    poolSize: opts.poolSize,
    now: () => clock.date(),
    clockOffsetMs: () => clock.offsetMs,
    ...(opts.quiet ? { onLog: silent } : {}),
  });
  services.host = host;
  ui.deps = { db, log, host, clock, cloud: services };
  if (opts.timers) host.startTimers();

  return {
    baseUrl: services.baseUrl,
    adminUrl,
    adminToken: services.adminToken,
    dataDir,
    db,
    log,
    openapiCalls: services.openapiCalls ?? [],
    host,
    services,
    clock,
    async stop() {
      host.stopTimers();
      await host.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      txs.close();
      db.close();
    },
  };
}
