// The monthly report as an A4 PDF: title, period, the figures with their definitions, the tables, a bar
// chart of the last six months drawn with vector shapes, the notable cases, and on every page who made
// it, when, and its page number. Fonts are the posters' (poster/font.ts: subset first, embedded whole).
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
import { REPORT_SYSTEM, type ReportContent, type ReportTable } from '../../../src/domain/insight/report';
import { fontSubset } from '../poster/font';
import { Flow, GREY, INK, MARGIN, WIDTH } from './pdfFlow';

const FILED = rgb(0.26, 0.47, 0.78);
const SERVED = rgb(0.3, 0.66, 0.4);
const AXIS = rgb(0.55, 0.55, 0.55);
export const CHART_TITLE = '近六个月提交与完成（件）';
const LEGEND = ['提交', '完成'] as const;
const CASES_NOTE = '当月提交、已服务完成、获5星评价且居民同意公开展示的心愿；已隐去姓名、电话、门牌等个人信息。';
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七'];

const footerOf = (c: ReportContent, page: number, pages: number) =>
  `由${REPORT_SYSTEM}生成 · 生成时间 ${c.generatedAt} · 第 ${page} 页 / 共 ${pages} 页`;

/** A round step for the value axis (1, 2, 2.5 or 5 times a power of ten; whole numbers) giving at most four steps up to `max`. */
export function axisStep(max: number): number {
  const raw = Math.max(1, max / 4);
  const p = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, ...(p >= 10 ? [2.5] : []), 5, 10].find((k) => k * p >= raw) ?? 10) * p; // counts: no 2.5 below 25
}

function chart(flow: Flow, trend: ReportContent['trend']): void {
  const height = 190;
  flow.need(height + 40);
  const { page, regular } = flow;
  const top = flow.y;
  const left = MARGIN + 34;
  const bottom = top - height;
  const plotW = WIDTH - 40;
  const plotH = height - 40;
  const highest = Math.max(...trend.map((t) => Math.max(t.filed, t.served)));
  const step = axisStep(highest);
  const ticks = Math.max(1, Math.ceil(highest / step));
  const scale = plotH / (step * ticks);
  for (let k = 0; k <= ticks; k++) {
    const y = bottom + k * step * scale;
    page.drawLine({ start: { x: left, y }, end: { x: left + plotW, y }, thickness: k ? 0.3 : 0.8, color: AXIS });
    const label = String(k * step);
    page.drawText(label, { x: left - 6 - regular.widthOfTextAtSize(label, 8), y: y - 3, size: 8, font: regular, color: GREY });
  }
  page.drawText('件数', { x: MARGIN, y: top - 8, size: 8, font: regular, color: GREY });
  const slot = plotW / trend.length;
  const bar = Math.min(22, slot / 3);
  trend.forEach((t, i) => {
    const x0 = left + i * slot + (slot - 2 * bar - 4) / 2;
    ([t.filed, t.served] as const).forEach((v, j) => {
      const x = x0 + j * (bar + 4);
      page.drawRectangle({ x, y: bottom, width: bar, height: v * scale, color: j ? SERVED : FILED });
      const n = String(v);
      page.drawText(n, {
        x: x + (bar - regular.widthOfTextAtSize(n, 7)) / 2,
        y: bottom + v * scale + 2,
        size: 7,
        font: regular,
        color: INK,
      });
    });
    const m = `${Number(t.month.slice(0, 4))}年${Number(t.month.slice(5))}月`;
    page.drawText(m, {
      x: left + i * slot + (slot - regular.widthOfTextAtSize(m, 8)) / 2,
      y: bottom - 12,
      size: 8,
      font: regular,
      color: INK,
    });
  });
  LEGEND.forEach((name, j) => {
    const x = left + plotW - 110 + j * 55;
    page.drawRectangle({ x, y: top - 9, width: 10, height: 8, color: j ? SERVED : FILED });
    page.drawText(name, { x: x + 14, y: top - 8, size: 8, font: regular, color: INK });
  });
  page.drawText('月份', { x: left + plotW - 10, y: bottom - 24, size: 8, font: regular, color: GREY });
  flow.y = bottom - 32;
}

export async function renderReport(c: ReportContent): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(c.title);
  doc.setCreator(REPORT_SYSTEM);
  doc.setProducer(REPORT_SYSTEM);
  // Every string the report may draw, so no character prints as a box (digits for the page numbers).
  const all = `${JSON.stringify(c)}${footerOf(c, 0, 0)}${CHART_TITLE}${CASES_NOTE}${LEGEND.join('')}${NUMERALS.join('')}件数月份（无）、统计期间：按心愿提交时间统计0123456789`;
  const regular = await doc.embedFont(await fontSubset('Regular', all), { subset: false });
  const bold = await doc.embedFont(await fontSubset('Bold', all), { subset: false });
  const flow = new Flow(doc, regular, bold);
  flow.text(c.title, { size: 19, font: bold, centred: true, gap: 4 });
  flow.text(`统计期间：${c.period}（按心愿提交时间统计）`, { size: 10, centred: true, color: GREY, gap: 6 });
  const tables: Array<[ReportTable, number[]]> = [
    [c.summary, [0.2, 0.2, 0.6]],
    [c.byStatus, [0.7, 0.3]],
    [c.byCategory, [0.7, 0.3]],
    [c.byCommunity, [0.4, 0.2, 0.2, 0.2]],
    [c.byTeam, [0.4, 0.2, 0.2, 0.2]],
  ];
  tables.forEach(([t, widths], i) => {
    flow.heading(`${NUMERALS[i]}、${t.title}`);
    flow.table(t.headers, t.rows, widths);
  });
  flow.heading(`${NUMERALS[5]}、${CHART_TITLE}`);
  chart(flow, c.trend);
  flow.heading(`${NUMERALS[6]}、${c.cases.title}`);
  flow.text(CASES_NOTE, { size: 9, color: GREY });
  flow.table(c.cases.headers, c.cases.rows, [0.12, 0.12, 0.14, 0.13, 0.13, 0.36]);
  const pages = doc.getPages();
  pages.forEach((p, i) => {
    const text = footerOf(c, i + 1, pages.length);
    p.drawText(text, { x: (p.getWidth() - regular.widthOfTextAtSize(text, 8)) / 2, y: 30, size: 8, font: regular, color: GREY });
  });
  return doc.save();
}
