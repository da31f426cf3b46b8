// One A4 poster page, top to bottom: title, place, code (about 10.6 cm: scannable from a metre),
// the code text for staff, three steps, the emergency line, the community hotline. Large type for elders.
import { rgb, type PDFFont, type PDFImage, type PDFPage } from 'pdf-lib';
import type { PosterInput } from './types';

export const A4: [number, number] = [595.28, 841.89];
/** Points per centimetre (72 pt = 2.54 cm). */
export const PT_PER_CM = 72 / 2.54;
export const CODE_SIZE = 300;
const MARGIN = 48;

export const STEPS = ['① 微信扫一扫', '② 写下您的心愿', '③ 等志愿者上门'];
export const EMERGENCY = '本码不受理紧急求助：火警119 · 急救120 · 报警110';
export const TITLE = '码上办 · 微心愿';

export interface PosterFonts {
  regular: PDFFont;
  bold: PDFFont;
}

const INK = rgb(0.1, 0.1, 0.1);
const RED = rgb(0.75, 0.1, 0.1);
const GREY = rgb(0.4, 0.4, 0.4);

/** Centres a line at height y, shrinking it to fit the page width when a name is long. */
function centred(page: PDFPage, text: string, y: number, font: PDFFont, size: number, color = INK): void {
  const max = A4[0] - 2 * MARGIN;
  const fitted = Math.min(size, (size * max) / font.widthOfTextAtSize(text, size));
  const width = font.widthOfTextAtSize(text, fitted);
  page.drawText(text, { x: (A4[0] - width) / 2, y, size: fitted, font, color });
}

export function placeLine(p: PosterInput): string {
  return `${p.estateName} · ${p.buildingName}`;
}

export function hotlineLine(p: PosterInput): string {
  return `社区电话：${p.hotline}`;
}

/** Every character drawn with each font, so the fonts can be subset before embedding. */
export function posterText(p: PosterInput): { regular: string; bold: string } {
  return {
    regular: [p.communityName, p.scene, ...STEPS, hotlineLine(p)].join(''),
    bold: [TITLE, placeLine(p), EMERGENCY].join(''),
  };
}

export function drawPoster(page: PDFPage, p: PosterInput, code: PDFImage, fonts: PosterFonts): void {
  const { regular, bold } = fonts;
  centred(page, TITLE, 770, bold, 44);
  centred(page, p.communityName, 722, regular, 26, GREY);
  centred(page, placeLine(p), 680, bold, 34);
  const codeY = 360;
  page.drawImage(code, { x: (A4[0] - CODE_SIZE) / 2, y: codeY, width: CODE_SIZE, height: CODE_SIZE });
  centred(page, p.scene, codeY - 26, regular, 18, GREY);
  STEPS.forEach((step, i) => {
    page.drawText(step, { x: 150, y: 270 - i * 44, size: 30, font: regular, color: INK });
  });
  centred(page, EMERGENCY, 120, bold, 20, RED);
  centred(page, hotlineLine(p), 72, regular, 28);
}
