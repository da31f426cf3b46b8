// The open-loop driver of the gateway bench: every request offered is answered or counted as failed,
// and a request that had to wait for a socket is late from when it was due (no coordinated omission).
import http from 'node:http';
import { describe, expect, test } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import { openLoop } from '../../bench/open-loop';

async function serve(delayMs: number, status: number): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => setTimeout(() => res.writeHead(status).end('{}'), delayMs));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))) };
}

const call = () => ({ method: 'POST' as const, path: '/x', headers: { 'content-type': 'application/json' }, body: '{}' });

describe('openLoop', () => {
  test.each([
    // name, server delay, status, offered rate, seconds, sockets, answered, non2xx
    ['all answered', 0, 200, 50, 0.4, 5, 20, 0],
    ['non-2xx counted', 0, 503, 50, 0.2, 2, 10, 10],
  ])('%s', async (_name, delay, status, rate, seconds, connections, answered, non2xx) => {
    const server = await serve(delay, status);
    try {
      const r = await openLoop(server.url, call, { rate, seconds, connections });
      expect({ answered: r.answered, non2xx: r.non2xx, errors: r.errors }).toEqual({ answered, non2xx, errors: 0 });
    } finally {
      await server.close();
    }
  });

  test('a request waiting for the one socket is late from when it was due', async () => {
    // 50 requests due 10 ms apart, one socket, 50 ms each: the i-th is answered at ≥ (i + 1) × 50 ms,
    // so it is at least 40 i + 50 ms late. Timed from sending instead, each would be about 50 ms.
    const server = await serve(50, 200);
    try {
      const r = await openLoop(server.url, call, { rate: 100, seconds: 0.5, connections: 1 });
      expect(r.answered).toBe(50);
      expect(r.p50).toBeGreaterThanOrEqual(40 * 24 + 50);
      expect(r.p99).toBeGreaterThanOrEqual(40 * 48 + 50);
    } finally {
      await server.close();
    }
  });

  test('a refused connection is an error, not a latency', async () => {
    const server = await serve(0, 200);
    const { url } = server;
    await server.close();
    const r = await openLoop(url, call, { rate: 20, seconds: 0.25, connections: 2 });
    expect({ answered: r.answered, errors: r.errors, non2xx: r.non2xx }).toEqual({ answered: 0, errors: 5, non2xx: 0 });
  });
});
