// Reading a poster PDF as a person would: poppler renders a page (pdftoppm), jsQR decodes its code,
// pdftotext reads its words. Not a test file.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync, type ExecFileSyncOptionsWithStringEncoding } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { parseQrContent, type QrTarget } from '../../../localcloud/openapi/qr-content';
import { readPng } from '../../localcloud/openapi/png';

/** poppler's stderr is quiet: pdf-lib labels an embedded OpenType (CFF) font CIDFontType0C, which poppler notes. */
const QUIET: ExecFileSyncOptionsWithStringEncoding = { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] };

export const pageCount = (pdfFile: string): number => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdfFile], QUIET))?.[1]);

export const pageText = (pdfFile: string, page = 1): string =>
  execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdfFile, '-'], QUIET);

/** The target of the code printed on `page` (rendered at 100 dpi, as a phone camera would see it). */
export function decodePage(pdfFile: string, page: number): QrTarget | undefined {
  const prefix = `${pdfFile}.page${page}`;
  const run = spawnSync('pdftoppm', ['-r', '100', '-png', '-singlefile', '-f', String(page), '-l', String(page), pdfFile, prefix], {
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  const png = readPng(fs.readFileSync(`${prefix}.png`));
  const rgba = new Uint8ClampedArray(png.width * png.height * 4);
  for (let y = 0; y < png.height; y++) for (let x = 0; x < png.width; x++) rgba.set(png.pixel(x, y), (y * png.width + x) * 4);
  return parseQrContent(jsQR(rgba, png.width, png.height)?.data ?? '');
}

/** Writes bytes to `dir/name` and answers the path. */
export function save(dir: string, name: string, bytes: Uint8Array): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}
