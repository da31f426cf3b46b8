// Every line a certificate prints, so the fonts can be subset to exactly these characters.
import { hoursText, periodText, type Certificate } from '../../../src/domain/cert/certificate';

export const CERT_TITLE = '志愿服务证明';
export const CLOSING = '特此证明。以上信息依据志愿服务记录出具，扫描二维码可核验真伪。';
export const CONTENT_LABEL = '服务内容';
export const QR_CAPTION = '微信扫码核验证书编号、姓名与时长';

export interface CertText {
  number: string;
  name: string;
  idMasked: string;
  period: string;
  hours: string;
  content: string;
  issuer: string;
  issuedOnText: string;
}

/** 2026-12-01 → 2026年12月1日. */
const dateText = (ymd: string) => `${ymd.slice(0, 4)}年${Number(ymd.slice(5, 7))}月${Number(ymd.slice(8, 10))}日`;

export function certText(c: Certificate, issuedOn: string): CertText {
  return {
    number: c.number,
    name: c.name,
    idMasked: c.idMasked,
    period: periodText(c.period),
    hours: `${hoursText(c.minutes)} 小时`,
    content: c.content,
    issuer: c.issuer,
    issuedOnText: dateText(issuedOn),
  };
}

export const certRows = (c: CertText): [string, string][] => [
  ['志愿者姓名', c.name],
  ['身份证号码', c.idMasked],
  ['服务时间', c.period],
  ['服务时长', c.hours],
  ['出具单位', c.issuer],
  ['证书编号', c.number],
  ['出具日期', c.issuedOnText],
];

/** The content wrapped at 22 characters a line (the column right of the labels). */
export function contentLines(content: string): string[] {
  const chars = [...content];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += 22) lines.push(chars.slice(i, i + 22).join(''));
  return lines.length ? lines : [''];
}
