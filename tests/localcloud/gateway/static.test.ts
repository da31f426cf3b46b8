// Gateway static files: types, caching validators, SPA fallback, traversal refused, missing build page.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, test } from '@jest/globals';
import { rawRequest, startGateway, type Harness } from './harness';

let gw: Harness;
beforeAll(async () => {
  gw = await startGateway({ dev: true });
});
afterAll(() => gw.stop());

test('serves index.html for / and files with their content types', async () => {
  const root = await rawRequest(gw.url, 'GET', '/');
  assert.equal(root.status, 200);
  assert.equal(root.headers['content-type'], 'text/html; charset=utf-8');
  assert.match(root.body, /码上办/);
  const js = await rawRequest(gw.url, 'GET', '/js/app.js?v=1');
  assert.equal(js.status, 200);
  assert.equal(js.headers['content-type'], 'text/javascript; charset=utf-8');
  assert.equal(js.body, 'console.log(1)');
  const css = await rawRequest(gw.url, 'HEAD', '/style.css');
  assert.equal(css.status, 200);
  assert.equal(css.headers['content-type'], 'text/css; charset=utf-8');
  assert.equal(css.headers['content-length'], '6');
  assert.equal(css.body, '');
});

test('ETag and Last-Modified revalidate to 304', async () => {
  const first = await rawRequest(gw.url, 'GET', '/js/app.js');
  const etag = first.headers['etag'];
  assert.ok(etag);
  assert.ok(first.headers['last-modified']);
  assert.equal((await rawRequest(gw.url, 'GET', '/js/app.js', { 'if-none-match': etag })).status, 304);
  assert.equal(
    (await rawRequest(gw.url, 'GET', '/js/app.js', { 'if-modified-since': String(first.headers['last-modified']) })).status,
    304,
  );
  assert.equal((await rawRequest(gw.url, 'GET', '/js/app.js', { 'if-none-match': 'W/"other"' })).status, 200);
});

test('client routes fall back to index.html; missing assets are 404', async () => {
  const page = await rawRequest(gw.url, 'GET', '/pages/wish/detail');
  assert.equal(page.status, 200);
  assert.match(page.body, /码上办/);
  assert.equal((await rawRequest(gw.url, 'GET', '/js/missing.js')).status, 404);
});

test('directory traversal and dotfiles are refused', async () => {
  for (const p of [
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/js/..%2f..%2fsecret.txt',
    '/..\\secret.txt',
    '/%2e%2e%5csecret.txt',
    '/.env',
    '/%00',
    '/%E0%A4%A',
  ]) {
    const r = await rawRequest(gw.url, 'GET', p);
    assert.ok(r.status === 403 || r.status === 404 || r.status === 400, `${p} -> ${r.status}`);
    assert.doesNotMatch(r.body, /TOP SECRET|HIDDEN/, p);
  }
  const literal = await rawRequest(gw.url, 'GET', '/../secret.txt');
  assert.doesNotMatch(literal.body, /TOP SECRET/);
});

test('other methods fall through to the server', async () => {
  assert.equal((await rawRequest(gw.url, 'POST', '/index.html', {}, 'x')).body, 'fallthrough');
});

test('a missing H5 build shows a friendly Chinese page', async () => {
  const bare = await startGateway({ dev: true, withH5: false });
  try {
    const r = await rawRequest(bare.url, 'GET', '/');
    assert.equal(r.status, 503);
    assert.equal(r.headers['content-type'], 'text/html; charset=utf-8');
    assert.match(r.body, /H5 尚未构建，请运行 <code>npm run build:h5<\/code>/);
  } finally {
    await bare.stop();
  }
});
