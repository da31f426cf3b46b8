// Storage through the REAL wx-server-sdk (child process) against storageActions + storageRoute.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, test } from '@jest/globals';
import { bucketOf } from '../../../localcloud/storage/paths';
import { signPath } from '../../../localcloud/storage/sign';
import { ENV_ID, startTestCloud, type TestCloud } from '../openapi/harness';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud();
});
afterAll(async () => {
  await t.close();
});

/** A raw request whose path is sent exactly as given (fetch would normalise `..`). */
function rawRequest(method: string, rawPath: string, body?: Buffer): Promise<{ status: number; body: string }> {
  const { port } = new URL(t.cloud.baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: rawPath }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('uploadFile → getTempFileURL → HTTP GET → downloadFile → deleteFile', async () => {
  const content = Buffer.concat([Buffer.from('hello 码上办 '), Buffer.from([0, 1, 2, 255])]);
  const out = await t.runSdk(`
    const content = Buffer.from('${content.toString('base64')}', 'base64');
    const up = await cloud.uploadFile({ cloudPath: 'wishes/愿望 1.bin', fileContent: content });
    const urls = await cloud.getTempFileURL({ fileList: [up.fileID, { fileID: up.fileID, maxAge: 60 }] });
    const dl = await cloud.downloadFile({ fileID: up.fileID });
    return { up, urls, dl };
  `);
  assert.equal(out.ok, true, JSON.stringify(out));
  const { up, urls, dl } = out.ok ? out.value : {};
  assert.equal(up.fileID, `cloud://${ENV_ID}.${bucketOf(ENV_ID)}/wishes/愿望 1.bin`);
  assert.equal(up.errMsg, 'uploadFile:ok');
  assert.equal(urls.fileList.length, 2);
  assert.equal(urls.fileList[0].status, 0);
  assert.equal(urls.fileList[1].maxAge, 60);
  const url: string = urls.fileList[0].tempFileURL;
  assert.ok(url.startsWith(`${t.cloud.baseUrl}/__storage/d/${ENV_ID}/wishes/愿望 1.bin?`), url);
  assert.deepEqual(dl.fileContent, content, 'downloadFile returns the same bytes');

  for (const u of [url, encodeURI(url)]) {
    const res = await fetch(u);
    assert.equal(res.status, 200);
    assert.deepEqual(Buffer.from(await res.arrayBuffer()), content);
    assert.equal(res.headers.get('content-type'), 'application/octet-stream');
  }
  const onDisk = path.join(t.cloud.dataDir, 'storage', 'files', ENV_ID, 'wishes', '愿望 1.bin');
  assert.deepEqual(await fs.readFile(onDisk), content);
  assert.deepEqual(await fs.readdir(path.join(t.cloud.dataDir, 'storage', 'tmp')), [], 'no staged leftovers');

  const tampered = url.replace(/sign=[^&]+/, 'sign=AAAA');
  assert.equal((await fetch(tampered)).status, 403);
  const past = Math.floor(Date.now() / 1000) - 5;
  const expired = `${t.cloud.baseUrl}/__storage/d/${ENV_ID}/wishes/a.bin?t=${past}&sign=${signPath(t.cloud.secret, 'd', ENV_ID, 'wishes/a.bin', past)}`;
  assert.equal((await fetch(expired)).status, 403);

  const del = await t.runSdk(`
    const fileID = '${up.fileID}';
    const first = await cloud.deleteFile({ fileList: [fileID] });
    const again = await cloud.deleteFile({ fileList: [fileID] });
    const urls = await cloud.getTempFileURL({ fileList: [fileID] });
    const dl = await settle(cloud.downloadFile({ fileID }));
    return { first, again, urls, dl };
  `);
  assert.equal(del.ok, true, JSON.stringify(del));
  const d = del.ok ? del.value : {};
  assert.deepEqual(d.first.fileList, [{ fileID: up.fileID, status: 0, errMsg: 'ok' }]);
  assert.equal(d.again.fileList[0].status, -503003);
  assert.equal(d.urls.fileList[0].status, -503003);
  assert.equal(d.urls.fileList[0].tempFileURL, '');
  assert.equal(d.dl.ok, false);
  await assert.rejects(fs.stat(onDisk));
  assert.equal((await fetch(url)).status, 404);
});

test('path traversal and absolute paths are refused', async () => {
  const out = await t.runSdk(`
    const up = (cloudPath) => settle(cloud.uploadFile({ cloudPath, fileContent: Buffer.from('x') }));
    return {
      dotdot: await up('../evil.txt'),
      inner: await up('a/../../evil.txt'),
      abs: await up('/etc/evil.txt'),
      backslash: await up('a\\\\..\\\\evil.txt'),
      otherEnv: await cloud.getTempFileURL({ fileList: ['cloud://other-env.${bucketOf('other-env')}/a.txt', 'cloud://${ENV_ID}.wrongbucket/a.txt'] }),
    };
  `);
  assert.equal(out.ok, true, JSON.stringify(out));
  const v = out.ok ? out.value : {};
  for (const name of ['dotdot', 'inner', 'abs', 'backslash']) {
    assert.equal(v[name].ok, false, name);
    assert.match(v[name].error.errMsg, /uploadFile:fail/, name);
  }
  assert.equal(v.otherEnv.fileList[0].status, -503002);
  assert.equal(v.otherEnv.fileList[1].status, -501007);
  assert.equal(t.jsonRequests.filter((r) => r['action'] === 'storage.getUploadMetadata').length >= 4, true);

  const e = Math.floor(Date.now() / 1000) + 60;
  const signed = (p: string): string => `?e=${e}&sign=${signPath(t.cloud.secret, 'u', ENV_ID, p, e)}`;
  for (const raw of [
    `/__storage/u/${ENV_ID}/../evil.txt`,
    `/__storage/u/${ENV_ID}/..%2Fevil.txt`,
    `/__storage/u/${ENV_ID}/a/%2E%2E/%2E%2E/evil.txt`,
  ]) {
    const res = await rawRequest('PUT', raw + signed('../evil.txt'), Buffer.from('x'));
    assert.equal(res.status, 400, raw);
    assert.match(res.body, /<Code>InvalidURI<\/Code>/);
  }
  await assert.rejects(fs.stat(path.join(t.cloud.dataDir, 'storage', 'evil.txt')));
  await assert.rejects(fs.stat(path.join(t.cloud.dataDir, 'storage', 'files', 'evil.txt')));
});

test('upload URLs are signed: a wrong signature or a GET on an upload URL is refused', async () => {
  const e = Math.floor(Date.now() / 1000) + 60;
  const bad = await rawRequest('PUT', `/__storage/u/${ENV_ID}/x.txt?e=${e}&sign=forged`, Buffer.from('x'));
  assert.equal(bad.status, 403);
  assert.match(bad.body, /SignatureDoesNotMatch/);
  const good = `/__storage/u/${ENV_ID}/x.txt?e=${e}&sign=${signPath(t.cloud.secret, 'u', ENV_ID, 'x.txt', e)}`;
  assert.equal((await rawRequest('GET', good)).status, 405);
  assert.equal((await rawRequest('PUT', good, Buffer.from('ok'))).status, 200);
  assert.equal(await fs.readFile(path.join(t.cloud.dataDir, 'storage', 'files', ENV_ID, 'x.txt'), 'utf8'), 'ok');
});
