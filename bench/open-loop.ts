// Open-loop load: requests sent on a fixed schedule (request i at start + i ÷ rate), whatever the
// answers do, over at most `connections` keep-alive sockets. A request waiting for a free socket is
// still late, so each latency counts from when the request was due, not from when it was sent (no
// coordinated omission). autocannon's own rate option is not used: it releases each connection's
// share at the top of every second and corrects latencies with an expected interval rounded up to 1 ms.
import http from 'node:http';
import { percentile } from './stats';

export interface OpenLoopRequest {
  method: 'POST';
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface OpenLoopResult {
  offered: number;
  /** Requests that got an HTTP answer (2xx or not); `errors` got none. */
  answered: number;
  reqPerSec: number;
  meanMs: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

function send(agent: http.Agent, url: URL, req: OpenLoopRequest): Promise<number> {
  return new Promise((resolve) => {
    const r = http.request(url, { method: req.method, path: req.path, headers: req.headers, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    r.on('error', () => resolve(0));
    r.end(req.body);
  });
}

/** Offers `rate` requests per second for `seconds`, each built by `make()`; waits for every answer. */
export async function openLoop(
  baseUrl: string,
  make: () => OpenLoopRequest,
  { rate, seconds, connections }: { rate: number; seconds: number; connections: number },
): Promise<OpenLoopResult> {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const start = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      send(agent, url, make()).then((status) => {
        if (status === 0) return void errors++; // no answer: a failure, not a latency
        if (status < 200 || status >= 300) non2xx++;
        latencies.push(performance.now() - due);
      }),
    );
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const mean = latencies.reduce((s, x) => s + x, 0) / Math.max(1, latencies.length);
  return {
    offered: rate,
    answered: latencies.length,
    reqPerSec: Math.round(latencies.length / elapsed),
    meanMs: +mean.toFixed(2),
    p50: Math.round(percentile(latencies, 50)),
    p99: Math.round(percentile(latencies, 99)),
    non2xx,
    errors,
  };
}
