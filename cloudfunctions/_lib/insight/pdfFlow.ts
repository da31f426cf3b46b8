// A flowing A4 document for pdf-lib: a cursor that moves down the page and starts a new page when a
// block does not fit, wrapped text, and tables with a shaded header row. Used by the monthly report.
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { A4 } from '../poster/layout';

export const MARGIN = 50;
export const WIDTH = A4[0] - 2 * MARGIN;
const BOTTOM = 60;
export const INK = rgb(0.1, 0.1, 0.1);
export const GREY = rgb(0.42, 0.42, 0.42);
const RULE = rgb(0.75, 0.75, 0.75);
const SHADE = rgb(0.93, 0.94, 0.96);

/** `text` cut into lines no wider than `width` (character by character: Chinese has no spaces). */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && font.widthOfTextAtSize(line + ch, size) > width) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  return line ? [...lines, line] : lines.length ? lines : [''];
}

export class Flow {
  page!: PDFPage;
  y = 0;
  constructor(
    readonly doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
  ) {
    this.newPage();
  }

  newPage(): void {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  /** Room for `height` more points on this page, else a new page. */
  need(height: number): void {
    if (this.y - height < BOTTOM) this.newPage();
  }

  text(text: string, opts: { size?: number; font?: PDFFont; color?: typeof INK; centred?: boolean; gap?: number } = {}): void {
    const size = opts.size ?? 10;
    const font = opts.font ?? this.regular;
    for (const line of wrap(text, font, size, WIDTH)) {
      this.need(size * 1.5);
      const x = opts.centred ? (A4[0] - font.widthOfTextAtSize(line, size)) / 2 : MARGIN;
      this.page.drawText(line, { x, y: this.y - size, size, font, color: opts.color ?? INK });
      this.y -= size * 1.5;
    }
    this.y -= opts.gap ?? 0;
  }

  /** A heading never ends a page: room for it, a table's header and a row. */
  heading(text: string): void {
    this.need(90);
    this.y -= 8;
    this.text(text, { size: 13, font: this.bold, gap: 2 });
  }

  /** A table; `widths` are fractions of the text width; long cells wrap; a new page repeats the header row. */
  table(headers: readonly string[], rows: readonly string[][], widths: readonly number[], size = 9): void {
    const pad = 4;
    const line = size * 1.4;
    const xs = widths.reduce<number[]>((acc, w, i) => [...acc, acc[i]! + w * WIDTH], [MARGIN]);
    const draw = (cells: readonly string[], header: boolean): void => {
      const font = header ? this.bold : this.regular;
      const wrapped = cells.map((c, i) => wrap(c, font, size, widths[i]! * WIDTH - 2 * pad));
      const height = Math.max(...wrapped.map((w) => w.length)) * line + 2 * pad;
      if (this.y - height < BOTTOM) {
        this.newPage();
        if (!header) draw(headers, true);
      }
      if (header) this.page.drawRectangle({ x: MARGIN, y: this.y - height, width: WIDTH, height, color: SHADE });
      wrapped.forEach((lines, i) =>
        lines.forEach((t, k) => this.page.drawText(t, { x: xs[i]! + pad, y: this.y - pad - size - k * line, size, font, color: INK })),
      );
      this.y -= height;
      this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: MARGIN + WIDTH, y: this.y }, thickness: 0.5, color: RULE });
    };
    draw(headers, true);
    if (rows.length === 0) draw(['（无）', ...headers.slice(1).map(() => '')], false);
    for (const row of rows) draw(row, false);
    this.y -= 6;
  }
}
