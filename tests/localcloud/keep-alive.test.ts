// An idle keep-alive socket stays open well past Node's default 5 s: a client that reuses a socket just
// as the server closes it gets ECONNRESET (an e2e walk that logged in, spent some five seconds in pages,
// then posted on the same socket failed that way under load). A raw socket, so no client agent hides a
// closed one by opening another.
import assert from 'node:assert/strict';
import net from 'node:net';
import { afterAll, beforeAll, test } from '@jest/globals';
import type { LocalCloud } from '../../localcloud';
import { startTestCloud } from '../helpers/cloud';

let cloud: LocalCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.stop());

/** Sends one keep-alive request on `socket` and answers the status line of the response. */
function ask(socket: net.Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      socket.off('error', reject);
      resolve(chunk.toString('latin1').split('\r\n')[0]);
    };
    socket.once('data', onData);
    socket.once('error', reject);
    socket.once('close', () => reject(new Error('the server closed the socket')));
    socket.write('GET /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n');
  });
}

test('a socket idle for 8 s is still open, and a second request on it is answered', async () => {
  const { port, hostname } = new URL(cloud.baseUrl);
  const socket = net.connect(Number(port), hostname);
  let closed = false;
  socket.on('close', () => (closed = true));
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  const first = await ask(socket);
  assert.match(first, /^HTTP\/1\.1 \d{3} /);
  await new Promise((resolve) => setTimeout(resolve, 8_000));
  assert.equal(closed, false, 'the server closed the idle socket');
  assert.equal(await ask(socket), first);
  socket.destroy();
}, 20_000);
