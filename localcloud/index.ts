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
import { creatingCollections } from './server/auto-create';
import { databaseActions } from './server/database-actions';
import { createDumpRoute } from './server/dump-route';
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
  /**
   * The index manifest (default: this product's database/indexes.json): its collections are created
   * at start and queries it does not serve are warned about. `false`: no manifest, so no collections
   * are declared and no query is warned about (each is still counted in `log.unindexed`).
   */
  manifestPath?: string | false;
  /** A database request naming a missing collection creates it (as if made in the console) instead of failing with -502005. */
  createCollections?: boolean;
  /** APPID of mini-program callers (getWXContext().APPID, event.userInfo.appId); default wx0000000000000000. */
  appid?: string;
  /** Dev mode: /__dev/login, /__dev/outbox and the emulator UI (/__ui) are served. On for `npm start` and tests. */
  dev?: boolean;
  /** Instances of one function at most (default: one per core, at least two; host/budget.ts). */
  poolSize?: number;
  /** Live function instances in all at most (default: 16, or twice poolSize if more; host/budget.ts). */
  maxInstances?: number;
  /** An idle instance is retired after this long (default 60 s). */
  idleMs?: number;
  /** Memory bound of the request log (default 8 MB): the most recent entries are kept. */
  requestLogBytes?: number;
  timers?: boolean;
  /** Do not print function logs, gateway lines or unindexed-query warnings (tests, bench). */
  quiet?: boolean;
  /** Do not print unindexed-query warnings (function logs and gateway lines stay). */
  quietWarnings?: boolean;
  /** Token accepted on /admin outside any invocation; default: the data folder's (stable across runs). */
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

/** A random value kept in the data folder (mode 0600): the same for every run on that folder. */
function loadSecret(dataDir: string, name = 'secret', bytes = 32): string {
  const file = path.join(dataDir, name);
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(bytes).toString('hex'), { mode: 0o600 });
  return fs.readFileSync(file, 'utf8').trim();
}

export async function startLocalCloud(opts: LocalCloudOptions = {}): Promise<LocalCloud> {
  const dataDir = path.resolve(opts.dataDir ?? path.join(ROOT, '.localcloud'));
  fs.mkdirSync(dataDir, { recursive: true });
  await cleanStagedUploads(dataDir);
  const bindHost = opts.host ?? '127.0.0.1';
  // The SDK's target is this server; anything but loopback could expose the dev login or leak data.
  if (!isLoopbackHost(bindHost)) throw new Error(`local cloud listens on loopback only, not ${bindHost}`);
  const manifest = opts.manifestPath === false ? { collections: {} } : loadManifest(opts.manifestPath);
  const db = new Database(path.join(dataDir, 'db'), manifest);
  db.open();
  const txs = new Transactions(db);
  const log = new RequestLog(opts.requestLogBytes);
  const clock = new Clock();
  log.quiet = !!opts.quiet || !!opts.quietWarnings || opts.manifestPath === false;

  const services: CloudServices = {
    dataDir,
    baseUrl: '',
    // Stable for a data folder, so a script connected through .localcloud/env keeps working after a restart.
    adminToken: opts.adminToken ?? loadSecret(dataDir, 'admin-token', 16),
    secret: loadSecret(dataDir),
    dev: !!opts.dev,
    h5Dir: opts.h5Dir ?? path.join(ROOT, 'dist/h5'),
    openapiCalls: [],
    host: undefined as unknown as FunctionHost, // set once the port is known (the host needs the /admin URL)
  };
  const dbActions = databaseActions(db, txs, log, () => clock.now());
  const actions = { ...(opts.createCollections ? creatingCollections(dbActions, db) : dbActions), ...storageActions, ...functionActions };
  const silent = () => undefined;
  const ui: { deps?: UiDeps } = {}; // filled once the host exists
  const routes: Route[] = [
    storageRoute,
    createDumpRoute(db),
    createUiRoute(() => ui.deps),
    createGatewayRoute(opts.quiet ? { log: silent } : {}),
  ];

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
  // An idle keep-alive socket is closed after a minute, not Node's 5 s: a client that reuses a socket
  // just as the server closes it gets ECONNRESET. With 5 s, a test that logged in, spent about five
  // seconds in pages, then posted on the same socket failed that way under load. headersTimeout stays
  // above it, as Node requires.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
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
    maxInstances: opts.maxInstances,
    idleMs: opts.idleMs,
    ...(opts.appid !== undefined && { appid: opts.appid }),
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
