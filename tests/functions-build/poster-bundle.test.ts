// The BUILT `poster` function, run from a folder outside the repository with nothing beside it but
// wx-server-sdk (as on WeChat Cloud, where only package.json's dependency is installed): it must find
// its fonts and HarfBuzz's wasm in its own folder and render a poster whose code scans.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../localcloud';
import { buildFunctions, type BuiltFunction } from '../../scripts/build-functions';
import { seedDemo } from '../../scripts/demo-data';
import { startTestCloud } from '../helpers/cloud';
import { person } from '../helpers/people';
import { decodePage, pageCount, save } from '../functions/poster/helpers';
import { ROOT, tempDir } from './helpers';

/** index.js measured 2.9 MB (pdf-lib, fontkit, subset-font, unminified like every function). */
const MAX_INDEX_BYTES = 4_000_000;
const buildDir = tempDir('poster-bundle');
const away = fs.mkdtempSync(path.join(os.tmpdir(), 'msb-poster-deploy-'));
let poster: BuiltFunction;
let cloud: LocalCloud;

beforeAll(async () => {
  const built = await buildFunctions({ outDir: buildDir });
  poster = built.find((f) => f.name === 'poster')!;
  // The deployed folder: the function alone, and wx-server-sdk as the cloud installs it.
  fs.cpSync(poster.dir, path.join(away, 'functions', 'poster'), { recursive: true });
  fs.mkdirSync(path.join(away, 'node_modules'));
  fs.symlinkSync(path.join(ROOT, 'node_modules', 'wx-server-sdk'), path.join(away, 'node_modules', 'wx-server-sdk'), 'dir');
  cloud = await startTestCloud({ functionsDir: path.join(away, 'functions') });
  await seedDemo(cloud.db);
}, 60_000);

afterAll(async () => {
  await cloud?.stop();
  fs.rmSync(away, { recursive: true, force: true });
  fs.rmSync(buildDir, { recursive: true, force: true });
});

describe('the poster function folder', () => {
  test('carries the two font weights with their licence and the hb-subset wasm beside index.js', () => {
    const files = fs.readdirSync(poster.dir, { recursive: true }).map(String).sort();
    assert.deepEqual(files, [
      'config.json',
      'fonts',
      path.join('fonts', 'LICENSE-OFL.txt'),
      path.join('fonts', 'NotoSansHans-Bold.otf'),
      path.join('fonts', 'NotoSansHans-Regular.otf'),
      'harfbuzz-subset.wasm',
      'index.js',
      'package.json',
    ]);
    assert.ok(poster.assetBytes > 16_000_000 && poster.assetBytes < 18_500_000, `${poster.assetBytes} bytes of assets`);
  });

  test(`index.js reads the wasm beside itself, leaves out the WOFF converters, and stays under ${MAX_INDEX_BYTES} bytes`, () => {
    const source = fs.readFileSync(path.join(poster.dir, 'index.js'), 'utf8');
    assert.doesNotMatch(source, /require\.resolve\(["']harfbuzzjs/, 'no lookup in node_modules');
    assert.match(source, /join\(__dirname, ["']harfbuzz-subset\.wasm["']\)/);
    assert.ok(!source.includes('wasmBinaryFile'), 'wawoff2 (inlined emscripten wasm) is not bundled');
    assert.ok(poster.bytes < MAX_INDEX_BYTES, `${poster.bytes} bytes`);
  });

  test('only the functions that print PDFs (poster, cert, and insight for the month report) carry assets, the same ones', async () => {
    const printers = ['poster', 'cert', 'insight'];
    const others = fs.readdirSync(buildDir).filter((n) => !printers.includes(n));
    for (const name of others)
      assert.deepEqual(fs.readdirSync(path.join(buildDir, name)).sort(), ['config.json', 'index.js', 'package.json']);
    const listing = (name: string) => fs.readdirSync(path.join(buildDir, name), { recursive: true }).map(String).sort();
    assert.deepEqual(listing('cert'), listing('poster'));
    assert.deepEqual(listing('insight'), listing('poster'));
  });
});

test('run from outside the repository, it renders a poster whose code opens the stairwell', async () => {
  const r = await person(cloud, 'demo-admin')('poster', { action: 'poster', code: 'B-0013' });
  assert.equal(r.ok, true, JSON.stringify(r.error));
  const res = await fetch(r.data.url);
  const file = save(path.join(ROOT, 'tests/out/poster-bundle-pdf'), 'B-0013.pdf', new Uint8Array(await res.arrayBuffer()));
  assert.equal(pageCount(file), 1);
  assert.deepEqual(decodePage(file, 1), { page: 'pages/index/index', scene: 'B-0013', envVersion: 'release' });
}, 60_000);
