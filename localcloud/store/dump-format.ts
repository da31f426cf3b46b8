// The folder an export writes and an import reads (docs in localcloud/README.md, "Data between runs"):
//   manifest.json                 what (collections and their counts, files), when, and how dates move on import
//   collections/<name>.jsonl      one document per line, relaxed EJSON (dates as {"$date":"…"}), natural order
//   storage/<env>/<cloudPath>     the stored files, listed with size and sha256 in the manifest
import path from 'node:path';
import type { Doc } from './ejson';

export const DUMP_FORMAT = 'localcloud-dump/1';

export interface DumpFile {
  env: string;
  cloudPath: string;
  bytes: number;
  sha256: string;
}

/**
 * Dates written relative to `anchor` (a demo): an import moves every date by the whole days between the
 * anchor's day and today's, so "three days ago" stays three days ago. In `weekAligned` collections the
 * dates after the anchor (events "next Saturday") move by whole weeks instead, so they keep their
 * weekday: a document's such dates move together, by the weeks that bring the earliest to today or later.
 */
export interface RelativeDates {
  anchor: string;
  /** The calendar's offset from UTC (Asia/Shanghai: 480). */
  zoneOffsetMinutes: number;
  weekAligned: string[];
}

export interface DumpManifest {
  format: typeof DUMP_FORMAT;
  exportedAt: string;
  collections: Record<string, { count: number }>;
  files: DumpFile[];
  relative?: RelativeDates;
}

export const manifestPath = (dir: string) => path.join(dir, 'manifest.json');
export const collectionsDir = (dir: string) => path.join(dir, 'collections');
export const collectionFile = (dir: string, name: string) => path.join(collectionsDir(dir), `${name}.jsonl`);
export const storageFile = (dir: string, env: string, cloudPath: string) => path.join(dir, 'storage', env, ...cloudPath.split('/'));

const DAY = 86_400_000;

/** Collects every Date inside a value (documents are plain objects and arrays). */
function datesIn(value: unknown, out: Date[] = []): Date[] {
  if (value instanceof Date) out.push(value);
  else if (Array.isArray(value)) for (const v of value) datesIn(v, out);
  else if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const v of Object.values(value)) datesIn(v, out);
  }
  return out;
}

/** Moves one collection's document to `now` (relative dumps); undefined when the dump is absolute. */
export function dateShifter(rel: RelativeDates | undefined, now: Date): ((collection: string, doc: Doc) => Doc) | undefined {
  if (!rel) return undefined;
  const anchor = new Date(rel.anchor).getTime();
  const zone = rel.zoneOffsetMinutes * 60_000;
  const dayOf = (t: number) => Math.floor((t + zone) / DAY);
  const days = dayOf(now.getTime()) - dayOf(anchor);
  const todayStart = dayOf(now.getTime()) * DAY - zone;
  const weeks = Math.floor(days / 7) * 7;
  const anchorDay = new Date(anchor + zone).toISOString().slice(0, 10);
  const byDays = (n: number) => (d: Date) => new Date(d.getTime() + n * DAY);
  return (collection, doc) => {
    const ahead = rel.weekAligned.includes(collection) ? datesIn(doc).filter((d) => d.getTime() > anchor) : [];
    if (ahead.length === 0) return mapDates(doc, byDays(days), byDays(days));
    const earliest = Math.min(...ahead.map((d) => d.getTime()));
    const w = earliest + weeks * DAY < todayStart ? weeks + 7 : weeks;
    return mapDates(
      doc,
      (d) => byDays(d.getTime() > anchor ? w : days)(d),
      (d) => byDays(d.toISOString().slice(0, 10) > anchorDay ? w : days)(d),
    );
  };
}

/** A calendar day written as text ("2026-01-05", e.g. a preferred date): it moves with the dates. */
const DAY_TEXT = /^\d{4}-\d{2}-\d{2}$/;

/** Applies `shift` to every Date inside a value, and `shiftDay` (on its UTC midnight) to every calendar-day text. */
export function mapDates<T>(value: T, shift: (d: Date) => Date, shiftDay?: (d: Date) => Date): T {
  if (value instanceof Date) return shift(value) as T;
  if (typeof value === 'string' && shiftDay && DAY_TEXT.test(value)) {
    const d = new Date(`${value}T00:00:00Z`);
    return (Number.isNaN(d.getTime()) ? value : shiftDay(d).toISOString().slice(0, 10)) as T;
  }
  if (Array.isArray(value)) return value.map((v) => mapDates(v, shift, shiftDay)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapDates(v, shift, shiftDay)])) as T;
  }
  return value;
}
