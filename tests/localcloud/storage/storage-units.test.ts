// Unit tests of storage paths, signatures and durable writes.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from '@jest/globals';
import { TooLargeError, cleanStagedUploads, writeFileDurably } from '../../../localcloud/storage/files';
import { StoragePathError, bucketOf, filePath, makeFileId, parseFileId, validateCloudPath } from '../../../localcloud/storage/paths';
import { downloadUrl, signPath, verifyPath } from '../../../localcloud/storage/sign';

test('cloud paths: traversal, absolute and odd characters are refused', () => {
  for (const ok of ['a.png', 'wishes/w1/photo 1.jpg', '愿望/图片.png', '.hidden/x', 'a+b=c&d@e.txt'])
    assert.equal(validateCloudPath(ok), ok);
  for (const bad of [
    '',
    '/abs',
    '../x',
    'a/../b',
    'a/./b',
    'a//b',
    'a/',
    'a\\b',
    'a?b',
    'a#b',
    'a%2Fb',
    'a\nb',
    ' ',
    'a/ /b',
    'x'.repeat(1025),
  ]) {
    assert.throws(() => validateCloudPath(bad), StoragePathError, JSON.stringify(bad));
  }
  assert.throws(() => validateCloudPath(42), StoragePathError);
  assert.throws(() => filePath('/data', '../etc', 'x'), StoragePathError);
  assert.equal(filePath('/data', 'env-1', 'a/b.txt'), path.resolve('/data/storage/files/env-1/a/b.txt'));
});

test('fileIDs: real-looking bucket, strict parsing', () => {
  assert.equal(bucketOf('local-dev'), '6c6f-local-dev-1000000000');
  const id = makeFileId('local-dev', 'a/b.png');
  assert.equal(id, 'cloud://local-dev.6c6f-local-dev-1000000000/a/b.png');
  assert.deepEqual(parseFileId(id), { env: 'local-dev', cloudPath: 'a/b.png' });
  for (const bad of [
    'cloud://local-dev.other/a.png',
    'https://x/a.png',
    'cloud://local-dev.6c6f-local-dev-1000000000/../a',
    'cloud://Bad.Env/a',
    42,
  ]) {
    assert.throws(() => parseFileId(bad), StoragePathError, String(bad));
  }
});

test('signatures: bound to kind, env, path and expiry', () => {
  const e = Math.floor(Date.now() / 1000) + 60;
  const sig = signPath('k', 'd', 'env', 'a.txt', e);
  assert.equal(verifyPath('k', 'd', 'env', 'a.txt', e, sig), true);
  assert.equal(verifyPath('k', 'u', 'env', 'a.txt', e, sig), false);
  assert.equal(verifyPath('k', 'd', 'env', 'b.txt', e, sig), false);
  assert.equal(verifyPath('other', 'd', 'env', 'a.txt', e, sig), false);
  assert.equal(verifyPath('k', 'd', 'env', 'a.txt', e + 1, sig), false);
  const past = e - 120;
  assert.equal(verifyPath('k', 'd', 'env', 'a.txt', past, signPath('k', 'd', 'env', 'a.txt', past)), false);
  const url = new URL(downloadUrl('k', 'http://h/', 'env', 'a.txt', 999999));
  assert.ok(Number(url.searchParams.get('t')) <= Math.floor(Date.now() / 1000) + 86400, 'maxAge is capped at one day');
});

test('durable writes: replace atomically, clean up a rejected upload', async () => {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lc-files-'));
  try {
    async function* chunks(...parts: string[]): AsyncIterable<Buffer> {
      for (const p of parts) yield Buffer.from(p);
    }
    assert.equal(await writeFileDurably(dataDir, 'e', 'd/f.txt', chunks('one')), 3);
    assert.equal(await writeFileDurably(dataDir, 'e', 'd/f.txt', chunks('two', '!')), 4);
    assert.equal(await fs.readFile(filePath(dataDir, 'e', 'd/f.txt'), 'utf8'), 'two!');
    await assert.rejects(writeFileDurably(dataDir, 'e', 'd/f.txt', chunks('12345'), 4), TooLargeError);
    assert.equal(await fs.readFile(filePath(dataDir, 'e', 'd/f.txt'), 'utf8'), 'two!', 'a failed upload leaves the old file');
    assert.deepEqual(await fs.readdir(path.join(dataDir, 'storage', 'tmp')), []);
    await fs.writeFile(path.join(dataDir, 'storage', 'tmp', 'crashed.part'), 'half');
    assert.equal(await cleanStagedUploads(dataDir), 1);
    assert.equal(await cleanStagedUploads(path.join(dataDir, 'nothing')), 0);
  } finally {
    await fs.rm(dataDir, { recursive: true, force: true });
  }
});
