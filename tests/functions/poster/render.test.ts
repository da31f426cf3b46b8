// Stairwell posters, checked as a person would: the PDF rendered to PNG by poppler (pdftoppm), the code
// decoded from the image (jsQR) back to the stairwell's page and scene, the Chinese text read back (pdftotext).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync, type ExecFileSyncOptionsWithStringEncoding } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, test } from '@jest/globals';
import jsQR from 'jsqr';
import { renderPosters, type PosterInput } from '../../../cloudfunctions/_lib/poster';
import type { OpenApiCall } from '../../../localcloud/openapi/api-types';
import { parseQrContent } from '../../../localcloud/openapi/qr-content';
import { getUnlimited } from '../../../localcloud/openapi/wxacode';
import { readPng } from '../../localcloud/openapi/png';

const OUT = path.join(__dirname, '../../out/poster');
/** One poster measured 29,919 bytes (fonts subset to its characters, a 430 px code PNG). */
const ONE_POSTER_MAX_BYTES = 60_000;

const stairwell = (buildingName: string, scene: string, estateName = '翠湖小区'): PosterInput => ({
  communityName: '五华区翠湖街道华山社区',
  estateName,
  buildingName,
  scene,
  hotline: '0871-65123456',
});

/** The local cloud's wxacode.getUnlimited, as the function would call it on WeChat Cloud. */
async function codeImage(scene: string): Promise<Uint8Array> {
  const params = { scene, page: 'pages/index/index', width: 430 };
  // getUnlimited reads only its params: no admin context is needed.
  const call: OpenApiCall = { apiName: 'wxacode.getUnlimited', params, envName: 'test', ctx: {} as OpenApiCall['ctx'] };
  const result = await getUnlimited(call);
  assert.equal(result.kind, 'bytes');
  return result.bytes;
}

function write(name: string, pdf: Uint8Array): string {
  const file = path.join(OUT, name);
  fs.writeFileSync(file, pdf);
  return file;
}

function decodePage(pdfFile: string, page: number): string | undefined {
  const prefix = `${pdfFile}.page`;
  const run = spawnSync('pdftoppm', ['-r', '100', '-png', '-f', String(page), '-l', String(page), pdfFile, prefix], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  // The one note poppler may print (pdf-lib labels an OpenType font CIDFontType0C); a broken or missing
  // embedded font ("Embedded font file may be invalid", "Couldn't create a font") fails here.
  const complaints = run.stderr.split('\n').filter((l) => l !== '' && !l.includes('Mismatch between font type and embedded font file'));
  assert.deepEqual(complaints, []);
  const pngFile = fs.readdirSync(OUT).find((f) => f.startsWith(path.basename(prefix)) && f.endsWith(`-${page}.png`));
  assert.ok(pngFile, `pdftoppm wrote page ${page}`);
  const png = readPng(fs.readFileSync(path.join(OUT, pngFile)));
  const rgba = new Uint8ClampedArray(png.width * png.height * 4);
  for (let y = 0; y < png.height; y++) for (let x = 0; x < png.width; x++) rgba.set(png.pixel(x, y), (y * png.width + x) * 4);
  return jsQR(rgba, png.width, png.height)?.data;
}

/** poppler's stderr is quiet: pdf-lib labels an embedded OpenType (CFF) font CIDFontType0C, which poppler notes. */
const QUIET: ExecFileSyncOptionsWithStringEncoding = { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] };
const pageCount = (pdfFile: string): number => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdfFile], QUIET))?.[1]);
const text = (pdfFile: string, page = 1): string =>
  execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdfFile, '-'], QUIET);

beforeAll(() => {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
});

describe('one stairwell poster', () => {
  let file: string;
  let bytes: number;
  beforeAll(async () => {
    const pdf = await renderPosters([stairwell('3栋2单元', 'B-0012')], codeImage);
    bytes = pdf.length;
    file = write('one.pdf', pdf);
  });

  test('its code, scanned from the printed page, opens the landing page with the stairwell scene', () => {
    const target = parseQrContent(decodePage(file, 1) ?? '');
    assert.deepEqual(target, { page: 'pages/index/index', scene: 'B-0012', envVersion: 'release' });
  });

  test.each([
    '码上办 · 微心愿',
    '五华区翠湖街道华山社区',
    '翠湖小区',
    '3栋2单元',
    'B-0012',
    '① 微信扫一扫',
    '② 写下您的心愿',
    '③ 等志愿者上门',
    '急救120',
    '报警110',
    '社区电话：0871-65123456',
  ])('shows %s', (expected) => assert.ok(text(file).includes(expected), text(file)));

  test(`is one A4 page under ${ONE_POSTER_MAX_BYTES} bytes`, () => {
    assert.equal(pageCount(file), 1);
    assert.match(execFileSync('pdfinfo', [file], QUIET), /Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    assert.ok(bytes < ONE_POSTER_MAX_BYTES, `${bytes} bytes`);
  });
});

describe('a batch for a community', () => {
  const batch = [stairwell('1栋1单元', 'B-0001'), stairwell('2栋1单元', 'B-0002', '金碧花园'), stairwell('3栋2单元', 'B-0012')];
  let file: string;
  const calls: Array<[number, number]> = [];
  beforeAll(async () => {
    file = write('batch.pdf', await renderPosters(batch, codeImage, (done, total) => calls.push([done, total])));
  });

  test('has one page per stairwell and reports progress after each', () => {
    assert.equal(pageCount(file), 3);
    assert.deepEqual(calls, [
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  test.each([1, 2, 3])('page %i carries its own stairwell code', (page) => {
    const expected = batch[page - 1];
    assert.ok(expected);
    assert.equal(parseQrContent(decodePage(file, page) ?? '')?.scene, expected.scene);
    assert.ok(text(file, page).includes(`${expected.estateName} · ${expected.buildingName}`), text(file, page));
  });
});
