// The certificate as one A4 PDF page: the fields 《志愿服务记录与证明出具办法》 asks for, and a QR of the
// verification page with the number. Fonts are the posters' (poster/font.ts: subset first, embedded whole).
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { contentLines, certRows, CERT_TITLE, CLOSING, CONTENT_LABEL, QR_CAPTION, type CertText } from './text';
import { fontSubset } from '../poster/font';
import { A4 } from '../poster/layout';

const INK = rgb(0.1, 0.1, 0.1);
const GREY = rgb(0.4, 0.4, 0.4);
const RED = rgb(0.72, 0.1, 0.1);
const LEFT = 80;
export const QR_SIZE = 150;

function centred(page: PDFPage, text: string, y: number, font: PDFFont, size: number, color = INK): void {
  page.drawText(text, { x: (A4[0] - font.widthOfTextAtSize(text, size)) / 2, y, size, font, color });
}

export async function renderCertificate(c: CertText, qrText: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(`${CERT_TITLE} ${c.number}`);
  doc.setCreator('码上办');
  const rows = certRows(c);
  const content = contentLines(c.content);
  const heading = `编号：${c.number}`;
  // Every string drawn in the regular weight: a character missing here would print as a box.
  const regularText = [heading, ...rows.map((r) => r.join('')), CONTENT_LABEL, ...content, CLOSING, QR_CAPTION, c.issuedOnText].join('');
  const regular = await doc.embedFont(await fontSubset('Regular', regularText), { subset: false });
  const bold = await doc.embedFont(await fontSubset('Bold', CERT_TITLE + c.issuer), { subset: false });
  const page = doc.addPage(A4);
  page.drawRectangle({ x: 36, y: 36, width: A4[0] - 72, height: A4[1] - 72, borderColor: RED, borderWidth: 2 });
  centred(page, CERT_TITLE, 740, bold, 36, RED);
  centred(page, heading, 708, regular, 13, GREY);
  let y = 650;
  for (const [label, value] of rows) {
    page.drawText(label, { x: LEFT, y, size: 15, font: regular, color: GREY });
    page.drawText(value, { x: LEFT + 110, y, size: 15, font: regular, color: INK });
    y -= 34;
  }
  page.drawText(CONTENT_LABEL, { x: LEFT, y, size: 15, font: regular, color: GREY });
  for (const line of content) {
    page.drawText(line, { x: LEFT + 110, y, size: 15, font: regular, color: INK });
    y -= 24;
  }
  page.drawText(CLOSING, { x: LEFT, y: y - 20, size: 14, font: regular, color: INK });
  page.drawText(c.issuer, { x: A4[0] - 80 - bold.widthOfTextAtSize(c.issuer, 16), y: 230, size: 16, font: bold });
  page.drawText(c.issuedOnText, { x: A4[0] - 80 - regular.widthOfTextAtSize(c.issuedOnText, 14), y: 204, size: 14, font: regular });
  const png = await QRCode.toBuffer(qrText, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 360 });
  page.drawImage(await doc.embedPng(png), { x: LEFT, y: 90, width: QR_SIZE, height: QR_SIZE });
  page.drawText(QR_CAPTION, { x: LEFT, y: 72, size: 11, font: regular, color: GREY });
  return doc.save();
}
