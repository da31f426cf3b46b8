// The local cloud as a separate process (scripts/serve.ts) with the real functions, a
// seeded data folder, and a client for its gateway (dev login + POST /api/<fn>). Every byte the process
// prints is kept, so suites can kill it with SIGKILL and read what it logged.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../../localcloud/store/database';
import { loadManifest } from '../../localcloud/store/manifest';
import { seedDemo } from '../../scripts/demo-data';

const root = path.resolve(__dirname, '../..');

/** A fresh data folder with the demo data written straight into its store (main.ts does not seed). */
export async function seededDataDir(prefix: string, extra?: (db: Database) => Promise<void>): Promise<string> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const db = new Database(path.join(dataDir, 'db'), loadManifest());
  db.open();
  await seedDemo(db);
  if (extra) await extra(db);
  db.close();
  return dataDir;
}

export interface CloudProcess {
  child: ChildProcess;
  baseUrl: string;
  adminUrl: string;
  adminToken: string;
  /** Every line the process printed, as `[out] …` / `[err] …`. */
  lines: string[];
  exited: Promise<number | null>;
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

export function startCloudProcess(opts: {
  dataDir: string;
  functionsDir: string;
  poolSize?: number;
  dev?: boolean;
}): Promise<CloudProcess> {
  const adminToken = `fault-admin-${Math.random().toString(36).slice(2)}`;
  const args = [
    '--import',
    'tsx',
    path.join(__dirname, '../../scripts/serve.ts'),
    '--data-dir',
    opts.dataDir,
    '--functions-dir',
    opts.functionsDir,
    '--port',
    '0',
    ...(opts.poolSize ? ['--pool-size', String(opts.poolSize)] : []),
    ...(opts.dev === false ? [] : ['--dev']),
  ];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, LOCALCLOUD_ADMIN_TOKEN: adminToken },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const collect = (tag: string, stream: NodeJS.ReadableStream) => {
    let buf = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      buf += chunk;
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        lines.push(`[${tag}] ${buf.slice(0, nl)}`);
        buf = buf.slice(nl + 1);
      }
    });
    stream.on('end', () => buf && lines.push(`[${tag}] ${buf}`));
  };
  collect('out', child.stdout!);
  collect('err', child.stderr!);
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const ready = lines.map((l) => /LOCALCLOUD_READY (\S+)/.exec(l)).find(Boolean);
      if (!ready) return;
      clearInterval(timer);
      const baseUrl = ready[1]!;
      resolve({
        child,
        baseUrl,
        adminUrl: `${baseUrl}/admin`,
        adminToken,
        lines,
        exited,
        async kill9() {
          child.kill('SIGKILL');
          await exited;
        },
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    }, 20);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`local cloud process exited early (${code}):\n${lines.join('\n')}`));
    });
  });
}

/** POST /__dev/login: the session cookie for `openid`. */
export async function devLogin(baseUrl: string, openid: string): Promise<string> {
  const res = await fetch(`${baseUrl}/__dev/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ openid }),
  });
  if (res.status !== 200) throw new Error(`login ${openid}: HTTP ${res.status}`);
  const cookie = res.headers.get('set-cookie') ?? '';
  return cookie.split(';')[0]!;
}

export interface ApiAnswer {
  status: number;
  body: { ok?: boolean; data?: any; error?: { code: string } }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** POST /api/<fn> as the holder of `cookie` (or nobody). */
export async function api(baseUrl: string, cookie: string | undefined, fn: string, event: Record<string, unknown>): Promise<ApiAnswer> {
  const res = await fetch(`${baseUrl}/api/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(event),
  });
  return { status: res.status, body: (await res.json()) as ApiAnswer['body'] };
}

/** Runs `work` over `items` with at most `limit` at a time; stops starting new ones once `stop()` is true. */
export async function bounded<T>(
  items: readonly T[],
  limit: number,
  work: (item: T, i: number) => Promise<void>,
  stop: () => boolean = () => false,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !stop()) {
      const i = next++;
      await work(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
