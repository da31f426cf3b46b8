// Bench part 4: local cloud throughput and p50/p99 latency for add / get / compare-and-set update at
// 50 concurrent clients, through the real wx-server-sdk. The baseline is the same client against a
// bare HTTP endpoint that answers each action with a canned reply: the SDK's and HTTP's own cost.
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { runSdk } from '../tests/helpers/sdk';
import { percentile } from './stats';

export const CLIENTS = 50;
export const OPS_PER_KIND = 2000;

export interface KindFigures {
  kind: 'add' | 'get' | 'cas-update';
  opsPerSec: number;
  p50: number;
  p99: number;
}

/** Runs in the SDK child: 50 concurrent loops per kind; returns raw latencies (ms) and wall time. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the SDK's untyped API, in a child process
async function load({ db, _, arg }: { db: any; _: any; arg: { clients: number; ops: number } }) {
  const c = db.collection('bench');
  const ids: string[] = [];
  const out: Record<string, { lat: number[]; wallMs: number }> = {};
  const kinds: Array<[string, (i: number) => Promise<unknown>]> = [
    ['add', async (i) => ids.push((await c.add({ data: { i, status: 'open', version: 0 } }))._id)],
    ['get', async (i) => c.doc(ids[i % ids.length]).get()],
    [
      'cas-update',
      async (i) => c.where({ _id: ids[i % ids.length], version: _.gte(0) }).update({ data: { version: _.inc(1), status: 'claimed' } }),
    ],
  ];
  for (const [kind, op] of kinds) {
    const lat: number[] = [];
    let next = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: arg.clients }, async () => {
        while (next < arg.ops) {
          const i = next++;
          const s = performance.now();
          await op(i);
          lat.push(performance.now() - s);
        }
      }),
    );
    out[kind] = { lat, wallMs: performance.now() - t0 };
  }
  return out;
}

export async function drive(target: { adminUrl: string; adminToken: string }): Promise<KindFigures[]> {
  const r = await runSdk(target, load as never, { clients: CLIENTS, ops: OPS_PER_KIND });
  if (!r.ok) throw new Error(`load failed: ${r.error?.message}`);
  const raw = r.value as Record<string, { lat: number[]; wallMs: number }>;
  return (['add', 'get', 'cas-update'] as const).map((kind) => {
    const lat = [...raw[kind].lat].sort((a, b) => a - b);
    return {
      kind,
      opsPerSec: Math.round((lat.length / raw[kind].wallMs) * 1000),
      p50: +percentile(lat, 50).toFixed(2),
      p99: +percentile(lat, 99).toFixed(2),
    };
  });
}

/** A bare endpoint speaking just enough of the protocol for the three kinds. */
export async function startBareEndpoint(): Promise<{ adminUrl: string; close(): Promise<void> }> {
  const doc = JSON.stringify({ $oid: undefined, _id: 'x', i: { $numberInt: '1' }, status: 'open', version: { $numberInt: '0' } });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (b: Buffer) => chunks.push(b));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString()) as { action: string };
      const requestId = crypto.randomBytes(8).toString('hex');
      const data =
        body.action === 'database.insertDocument'
          ? { insertedIds: [crypto.randomBytes(16).toString('hex')] }
          : body.action === 'database.getDocument'
            ? { list: [doc], limit: 100, offset: 0 }
            : { updated: 1 };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ requestId, data }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    adminUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/admin`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
