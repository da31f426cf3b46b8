// 志愿服务证明 (a volunteer service certificate, per 《志愿服务记录与证明出具办法》): the volunteer's name and
// masked identity number, the hours and the service content of a period from their journal, the issuing
// organisation, a number and a date. The stored document is written once; a verification page shows only
// its masked fields (maskedView).
import type { JournalEntry } from '../bank/ledger';
import { monthStart } from '../bank/statement';
import { businessDate } from '../time';
import { maskName } from '../wish/view';

/** A period of whole business months, `YYYY-MM` to `YYYY-MM` inclusive. */
export interface Period {
  from: string;
  to: string;
}

export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const FIRST_MONTH = '2000-01';

/** A year or a range of months as one period. */
export const periodOf = (p: { year: number } | Period): Period =>
  'year' in p ? { from: `${p.year}-01`, to: `${p.year}-12` } : { from: p.from, to: p.to };

/** Whether a period may be certified now: months in order, none after the current business month. */
export function periodProblem(p: Period, currentMonth: string): 'order' | 'future' | undefined {
  if (!MONTH.test(p.from) || !MONTH.test(p.to) || p.from > p.to || p.from < FIRST_MONTH) return 'order';
  return p.to > currentMonth ? 'future' : undefined;
}

/** [from, to) instants of a period (business months, Asia/Shanghai). */
export function periodRange(p: Period): { from: Date; to: Date } {
  const [fy, fm] = p.from.split('-').map(Number) as [number, number];
  const [ty, tm] = p.to.split('-').map(Number) as [number, number];
  return { from: monthStart(fy, fm), to: monthStart(ty, tm + 1) };
}

/** 2025-01 … 2025-12 → 2025年1月至2025年12月. */
export function periodText(p: Period): string {
  const one = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`;
  return p.from === p.to ? one(p.from) : `${one(p.from)}至${one(p.to)}`;
}

/** Minutes as hours with at most one decimal: 90 → "1.5". */
export const hoursText = (minutes: number): string => String(Math.round(minutes / 6) / 10);

/** Certificate numbers: the year, a six-digit sequence of that year, four keyed check characters. */
export const CERT_NUMBER = /^\d{4}-\d{6}-[0-9A-HJKMNP-TV-Z]{4}$/;
export const certNumber = (year: number, seq: number, check: string): string => `${year}-${String(seq).padStart(6, '0')}-${check}`;
/** Crockford's base32: no I, L, O, U to misread. */
export const CHECK_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const checkCharsOf = (bytes: Uint8Array): string => [...bytes.slice(0, 4)].map((b) => CHECK_ALPHABET[b % 32]).join('');

/** What the journal says of a period: minutes served, wish services and activities (reversed ones taken off). */
export interface Service {
  minutes: number;
  services: number;
  activities: number;
  /** The wish services' labels (家电维修, 助餐…), in order of first appearance. */
  labels: string[];
}

type Entry = Pick<JournalEntry, '_id' | 'kind' | 'minutes' | 'memo' | 'reverses'>;

export function serviceOf(entries: readonly Entry[]): Service {
  const reversed = new Set(entries.filter((e) => e.kind === 'reversal' && e.reverses).map((e) => e.reverses));
  const kept = entries.filter((e) => !reversed.has(e._id));
  const wishes = kept.filter((e) => e.kind === 'service_credit' || e.kind === 'service_hours');
  const labels = [...new Set(wishes.map((e) => e.memo.split(' ')[0]!).filter((l) => l.length > 0))];
  return {
    // Every entry's minutes, a reversal's negative ones too: the passbook's own count.
    minutes: Math.max(
      0,
      entries.reduce((s, e) => s + (e.minutes ?? 0), 0),
    ),
    services: wishes.length,
    activities: kept.filter((e) => e.kind === 'activity_credit').length,
    labels,
  };
}

/** The certificate's 服务内容 line. */
export function contentText(s: Service): string {
  const parts: string[] = [];
  if (s.services > 0) parts.push(`社区微心愿志愿服务 ${s.services} 次${s.labels.length ? `（${s.labels.slice(0, 6).join('、')}）` : ''}`);
  if (s.activities > 0) parts.push(`社区志愿服务活动 ${s.activities} 场`);
  return parts.length ? parts.join('；') : '社区志愿服务';
}

/** The stored certificate (`certificates`), written once. */
export interface Certificate {
  _id: string;
  number: string;
  openid: string;
  name: string;
  idMasked: string;
  /** HMAC of the full number under the deployment's key: the same person asks again with the same number. */
  idHash: string;
  period: Period;
  minutes: number;
  content: string;
  issuer: string;
  issuedAt: Date;
  /** The PDF, set once after it is stored. */
  fileID?: string;
}

/** The business date of issue, YYYY-MM-DD. */
export const issuedOn = (at: Date): string => businessDate(new Date(at));

/** What anyone scanning the code may read: nothing that identifies the person beyond the masked name. */
export function maskedView(c: Certificate) {
  return {
    number: c.number,
    name: maskName(c.name),
    minutes: c.minutes,
    hours: hoursText(c.minutes),
    period: c.period,
    issuer: c.issuer,
    issuedOn: issuedOn(c.issuedAt),
  };
}

/** The page a certificate's QR opens (main package). */
export const VERIFY_PAGE = 'pages/cert/index';
export const verifyPath = (number: string) => `${VERIFY_PAGE}?no=${number}`;

/** The street's 新时代文明实践所, or the community's station, or the platform. */
export function issuerOf(street?: { name: string }, station?: string): string {
  if (street) return `${street.name}新时代文明实践所`;
  return station ?? '码上办志愿服务平台';
}
