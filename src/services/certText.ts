// How the certificate pages say a period: 2025年1月至2025年12月.
export interface CertLine {
  number: string;
  period: { from: string; to: string };
  hours: string;
  issuer: string;
  fileID?: string;
}

const month = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`;
export const periodLabel = (p: { from: string; to: string }): string =>
  p.from === p.to ? month(p.from) : `${month(p.from)}至${month(p.to)}`;

/** The `no` of the page a certificate's QR opens, upper-cased (people type it, too). */
export const numberParam = (raw: string | undefined): string =>
  decodeURIComponent(raw ?? '')
    .trim()
    .toUpperCase();
