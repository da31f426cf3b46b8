// Documents cross the wire and the journal as EJSON (canonical): Dates, ints and doubles keep their types.
import { BSONRegExp, EJSON } from 'bson';

export type Doc = Record<string, unknown> & { _id: string };

export function parseEJSON<T = unknown>(text: string): T {
  return EJSON.parse(text, { relaxed: true }) as T;
}

export function toEJSON(value: unknown): string {
  return EJSON.stringify(value as never, { relaxed: false });
}

/** `{$tcb_server_date:{offset}}` (db.serverDate()) becomes the server's clock plus offset, anywhere in a value. */
export function resolveServerDates(value: unknown, now: number): unknown {
  if (Array.isArray(value)) return value.map((v) => resolveServerDates(v, now));
  if (value && typeof value === 'object' && !(value instanceof Date) && Object.getPrototypeOf(value) === Object.prototype) {
    const obj = value as Record<string, unknown>;
    const marker = obj.$tcb_server_date as { offset?: number } | undefined;
    if (marker && Object.keys(obj).length === 1) return new Date(now + Number(marker.offset ?? 0));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) out[k] = resolveServerDates(v, now);
    return out;
  }
  return value;
}

/** Deep copy that keeps Dates (documents handed out must never alias stored ones). */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

/**
 * A query's `$regularExpression` (db.RegExp) parses to a BSONRegExp, which mingo does not match:
 * make it a JS RegExp. MongoDB's options i, m, s, u carry over; x (extended) has no JS equivalent.
 */
export function nativeRegExps(value: unknown): unknown {
  if (value instanceof BSONRegExp) return new RegExp(value.pattern, [...value.options].filter((o) => 'imsu'.includes(o)).join(''));
  if (Array.isArray(value)) return value.map(nativeRegExps);
  if (value && typeof value === 'object' && !(value instanceof Date) && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nativeRegExps(v)]));
  }
  return value;
}
