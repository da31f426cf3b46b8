// Bench: load through the browser gateway with autocannon — the resident's submit and the
// volunteer's hall at 10/50/200 connections — against the bare local-cloud round trip (a gateway
// request that runs no function) measured in the same run; then submissions offered at fixed rates
// (`open-loop.ts`).
import autocannon from 'autocannon';
import crypto from 'node:crypto';
import { SESSION_COOKIE, signSession } from '../localcloud/gateway/session';
import { openLoop, type OpenLoopRequest } from './open-loop';
import { ratio } from './stats';
import { mainThreadCpuMs } from './thread-cpu';

export const CONNECTIONS = [10, 50, 200];
/**
 * Submissions offered at a fixed rate over 50 connections (open loop). The closed-loop rows keep every
 * connection busy, so their mean latency is connections ÷ throughput (Little's law): p99 < 100 ms at 50
 * connections there needs more than 500/s. A fixed rate asks what a street sees at that many per second.
 */
export const OFFERED_RATES = [100, 300];
/** The goal for submit at 50 connections. */
const GOAL = { reqPerSec: 300, p99Ms: 100, connections: 50 };
const offeredTarget = (rate: number) => `resident submit offered at ${rate}/s`;
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 8);
const SETTLE_MS = 2000;

export interface LoadRow {
  target: string;
  connections: number;
  reqPerSec: number;
  cpuMsPerRequest: number;
  /** Of that, the main thread's: gateway, database, openapi and the host (and the load generator itself). */
  mainThreadMsPerRequest: number | null;
  meanMs: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** Open-loop rows: the rate offered, in requests per second. */
  offered?: number;
}

function randomPhone(): string {
  return `13${String(crypto.randomInt(0, 1e9)).padStart(9, '0')}`;
}

/** A fresh resident per request: its own session and phone, so daily quotas do not cap the load. */
function submitCall(secret: string): OpenLoopRequest {
  const openid = `load-${crypto.randomBytes(6).toString('hex')}`;
  return {
    method: 'POST',
    path: '/api/wish',
    headers: { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${signSession(secret, openid)}` },
    body: JSON.stringify({
      action: 'submit',
      requestId: crypto.randomBytes(10).toString('hex'),
      consent: true,
      confirmDuplicate: true,
      buildingId: 'B-0012',
      category: 'repairs',
      description: '厨房水龙头一直滴水，拧不紧',
      contact: { name: '张桂兰', phone: randomPhone() },
      room: '201',
      preferredTime: { date: '2026-11-24', window: 'morning' },
      urgency: 'normal',
      photos: [],
      proxy: false,
    }),
  };
}

const submitRequest = (secret: string) => ({
  method: 'POST' as const,
  path: '/api/wish',
  setupRequest: (req: Record<string, unknown>) => Object.assign(req, submitCall(secret)),
});

type Load = Omit<LoadRow, 'target' | 'connections' | 'cpuMsPerRequest' | 'mainThreadMsPerRequest'> & { answered: number };

/** Runs a load and adds the CPU it took per request: the whole process's and the main thread's. */
async function withCpu(connections: number, load: () => Promise<Load>): Promise<Omit<LoadRow, 'target'>> {
  // A load ends with requests still queued (200 connections leave seconds of work): let them drain first.
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const cpu0 = process.cpuUsage();
  const main0 = mainThreadCpuMs();
  const { answered, ...r } = await load();
  const cpu = process.cpuUsage(cpu0);
  const main1 = mainThreadCpuMs();
  const total = Math.max(1, answered);
  return {
    connections,
    // CPU of the whole process (gateway, database, every instance, and the load generator itself) per request
    cpuMsPerRequest: +((cpu.user + cpu.system) / 1000 / total).toFixed(3),
    mainThreadMsPerRequest: main0 !== undefined && main1 !== undefined ? +((main1 - main0) / total).toFixed(3) : null,
    ...r,
  };
}

async function closedLoop(url: string, connections: number, requests: object[]): Promise<Load> {
  const r = await autocannon({ url, connections, duration: SECONDS, requests: requests as never, timeout: 30 });
  return {
    answered: r.requests.total,
    reqPerSec: Math.round(r.requests.average),
    meanMs: +r.latency.average.toFixed(2),
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
  };
}

export async function measureGateway(baseUrl: string, secret: string) {
  const volunteerCookie = `${SESSION_COOKIE}=${signSession(secret, 'demo-volunteer')}`;
  const targets: Record<string, object[]> = {
    'bare round trip (GET /__dev/whoami)': [{ method: 'GET', path: '/__dev/whoami' }],
    'resident submit (wish.submit)': [submitRequest(secret)],
    'volunteer hall (volunteer.hall)': [
      {
        method: 'POST',
        path: '/api/volunteer',
        headers: { 'content-type': 'application/json', cookie: volunteerCookie },
        body: JSON.stringify({ action: 'hall', tab: 'open', page: 0 }),
      },
    ],
  };
  const rows: LoadRow[] = [];
  for (const connections of CONNECTIONS) {
    for (const [target, requests] of Object.entries(targets)) {
      rows.push({ target, ...(await withCpu(connections, () => closedLoop(baseUrl, connections, requests))) });
    }
  }
  for (const rate of OFFERED_RATES) {
    const load = () => openLoop(baseUrl, () => submitCall(secret), { rate, seconds: SECONDS, connections: GOAL.connections });
    rows.push({ target: offeredTarget(rate), ...(await withCpu(GOAL.connections, load)) });
  }
  const table = rows.map((r) => {
    const base = rows.find((b) => b.connections === r.connections && b.target.startsWith('bare'))!;
    // p50 of the bare round trip is often 0 ms (autocannon reports whole ms): mean and p99 carry the ratios
    return {
      ...r,
      'throughput ratio': ratio(r.reqPerSec, base.reqPerSec),
      'mean ratio': ratio(r.meanMs, base.meanMs),
      'p99 ratio': ratio(r.p99, Math.max(base.p99, 1)),
    };
  });
  return table;
}

/** The goal (submit at 50 connections: ≥ 300/s with p99 < 100 ms), read both ways: closed loop and offered at 300/s. */
export function goalLines(table: LoadRow[]): string[] {
  const { reqPerSec: rate, p99Ms, connections } = GOAL;
  const lines: string[] = [];
  const verdict = (r: LoadRow) => (r.reqPerSec >= 0.97 * rate && r.p99 < p99Ms ? 'met' : 'not met');
  const closed = table.find((r) => r.target.startsWith('resident submit (') && r.connections === connections);
  if (closed) {
    // Every connection always waits, so the mean latency is connections ÷ throughput: p99 < 100 ms needs > 500/s.
    const littleMs = Math.round((connections / Math.max(closed.reqPerSec, 1)) * 1000);
    lines.push(
      `goal, closed loop (${connections} connections always busy): ${closed.reqPerSec}/s, p99 ${closed.p99} ms, mean ${closed.meanMs} ms (${connections} ÷ throughput = ${littleMs} ms) → ${verdict(closed)}`,
    );
  }
  const offered = table.find((r) => r.target === offeredTarget(rate));
  if (offered)
    lines.push(
      `goal, offered at ${rate}/s over ${connections} connections: ${offered.reqPerSec}/s answered, p99 ${offered.p99} ms → ${verdict(offered)}`,
    );
  return lines;
}
