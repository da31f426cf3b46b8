// The rotating check-in code (签到码): time is cut into 10-minute windows; for each window the QR's
// text is `HD1.<activityId>.<window>.<mac>` and six digits are derived from the same mac, where the
// mac is HMAC-SHA256(activity.codeKey, `${activityId}:${window}`) (computed in the functions, which
// hold the key; this file is pure and also bundled into the client). A scan is accepted in the
// current and the previous window only, so a photo of the code stops working within 20 minutes.
import type { ErrorCode } from '../errors';

export const CODE_WINDOW_MS = 10 * 60_000;
/** How far back six digits are still recognised as "expired" rather than "wrong" (an hour). */
const DIGITS_LOOKBACK = 6;
const PREFIX = 'HD1';
/** Hex characters of the mac carried in the QR (64 bits). */
export const QR_MAC_CHARS = 16;

export const windowOf = (at: Date) => Math.floor(at.getTime() / CODE_WINDOW_MS);
/** When the code of `window` stops being accepted (the end of the next window). */
export const validUntil = (window: number) => new Date((window + 2) * CODE_WINDOW_MS);
/** The message the mac signs. */
export const macMessage = (activityId: string, window: number) => `${activityId}:${window}`;

export const qrText = (activityId: string, window: number, macHex: string) =>
  `${PREFIX}.${activityId}.${window}.${macHex.slice(0, QR_MAC_CHARS)}`;
/** Six digits from the mac: its first 32 bits modulo a million, zero-padded. */
export const digitsOf = (macHex: string) => String(parseInt(macHex.slice(0, 8), 16) % 1_000_000).padStart(6, '0');

export type ParsedCode = { kind: 'qr'; activityId: string; window: number; mac: string } | { kind: 'digits'; digits: string };

/** The QR's text or six digits; anything else is undefined. */
export function parseCode(raw: string): ParsedCode | undefined {
  const text = raw.trim();
  if (/^\d{6}$/.test(text)) return { kind: 'digits', digits: text };
  const m = /^HD1\.([0-9A-Za-z_-]{1,64})\.(\d{1,12})\.([0-9a-f]{16})$/.exec(text);
  return m ? { kind: 'qr', activityId: m[1]!, window: Number(m[2]), mac: m[3]! } : undefined;
}

/**
 * Judges a parsed code for `activityId` at `now`. `macOf(window)` is the activity's mac of a window
 * (hex); `same(a, b)` compares two strings in constant time. A code of another activity, a wrong mac
 * or a window from the future: CODE_INVALID; a genuine code of an older window: CODE_EXPIRED.
 */
export function judgeCode(
  code: ParsedCode,
  activityId: string,
  now: Date,
  macOf: (window: number) => string,
  same: (a: string, b: string) => boolean,
): ErrorCode | undefined {
  const current = windowOf(now);
  if (code.kind === 'qr') {
    if (code.activityId !== activityId || code.window > current) return 'ACTIVITY.CODE_INVALID';
    if (!same(code.mac, macOf(code.window).slice(0, QR_MAC_CHARS))) return 'ACTIVITY.CODE_INVALID';
    return code.window >= current - 1 ? undefined : 'ACTIVITY.CODE_EXPIRED';
  }
  for (let w = current; w > current - DIGITS_LOOKBACK; w--)
    if (same(code.digits, digitsOf(macOf(w)))) return w >= current - 1 ? undefined : 'ACTIVITY.CODE_EXPIRED';
  return 'ACTIVITY.CODE_INVALID';
}
