// Bench: load through the browser gateway with autocannon — the resident's submit and the
// volunteer's hall at 10/50/200 connections — against the bare local-cloud round trip (a gateway
// request that runs no function) measured in the same run.
import autocannon from 'autocannon';
import crypto from 'node:crypto';
import { SESSION_COOKIE, signSession } from '../localcloud/gateway/session';
import { ratio } from './stats';
import { mainThreadCpuMs } from './thread-cpu';

export const CONNECTIONS = [10, 50, 200];
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 8);

export interface LoadRow {
  target: string;
  connections: number;
  reqPerSec: number;
  cpuMsPerRequest: number;
  /** Of that, the main thread's: gateway, database, openapi and the host (and autocannon itself). */
  mainThreadMsPerRequest: number | null;
  meanMs: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

function randomPhone(): string {
  return `13${String(crypto.randomInt(0, 1e9)).padStart(9, '0')}`;
}

/** A fresh resident per request: its own session and phone, so daily quotas do not cap the load. */
function submitRequest(secret: string) {
  return {
    method: 'POST' as const,
    path: '/api/wish',
    setupRequest: (req: Record<string, unknown>) => {
      const openid = `load-${crypto.randomBytes(6).toString('hex')}`;
      req.headers = { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${signSession(secret, openid)}` };
      req.body = JSON.stringify({
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
      });
      return req;
    },
  };
}

async function run(url: string, connections: number, requests: object[]): Promise<Omit<LoadRow, 'target'>> {
  const cpu0 = process.cpuUsage();
  const main0 = mainThreadCpuMs();
  const r = await autocannon({ url, connections, duration: SECONDS, requests: requests as never, timeout: 30 });
  const cpu = process.cpuUsage(cpu0);
  const main1 = mainThreadCpuMs();
  const total = Math.max(1, r.requests.total);
  return {
    connections,
    // CPU of the whole process (gateway, database, every instance, and autocannon itself) per request
    cpuMsPerRequest: +((cpu.user + cpu.system) / 1000 / total).toFixed(3),
    mainThreadMsPerRequest: main0 !== undefined && main1 !== undefined ? +((main1 - main0) / total).toFixed(3) : null,
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
    for (const [target, requests] of Object.entries(targets)) rows.push({ target, ...(await run(baseUrl, connections, requests)) });
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
