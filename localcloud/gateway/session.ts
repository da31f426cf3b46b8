// Signed session cookie `lc_session`: base64url(JSON payload) + "." + HMAC-SHA256 over it with cloud.secret.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'lc_session';
export const SESSION_MAX_AGE_S = 7 * 24 * 3600;
/** What a dev login may claim as an openid (real ones are 28 base64url-like characters). */
export const OPENID_RE = /^[A-Za-z0-9_-]{1,64}$/;

interface SessionPayload {
  /** openid */
  o: string;
  /** expiry, unix seconds */
  e: number;
}

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(`${SESSION_COOKIE}.v1.${payload}`).digest();
}

/** The cookie value for an openid. */
export function signSession(secret: string, openid: string, nowMs: number = Date.now()): string {
  const payload: SessionPayload = { o: openid, e: Math.floor(nowMs / 1000) + SESSION_MAX_AGE_S };
  const p = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${p}.${mac(secret, p).toString('base64url')}`;
}

/** The openid of a genuine, unexpired cookie value; undefined for anything else. */
export function verifySession(secret: string, value: string, nowMs: number = Date.now()): string | undefined {
  const dot = value.indexOf('.');
  if (dot <= 0 || value.length > 1024) return undefined;
  const p = value.slice(0, dot);
  const sig = Buffer.from(value.slice(dot + 1), 'base64url');
  const expected = mac(secret, p);
  if (sig.length !== expected.length || !timingSafeEqual(sig, expected)) return undefined;
  try {
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Partial<SessionPayload>;
    if (typeof payload.o !== 'string' || !OPENID_RE.test(payload.o)) return undefined;
    if (typeof payload.e !== 'number' || payload.e * 1000 <= nowMs) return undefined;
    return payload.o;
  } catch {
    return undefined;
  }
}

export function readCookie(req: IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie;
  if (header === undefined) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The logged-in openid of a request, or undefined (no cookie, forged, tampered or expired). */
export function sessionOpenid(req: IncomingMessage, secret: string): string | undefined {
  const value = readCookie(req, SESSION_COOKIE);
  return value === undefined ? undefined : verifySession(secret, value);
}

/** Set-Cookie header value; pass undefined to clear the cookie. */
export function sessionCookieHeader(value: string | undefined): string {
  const attrs = 'HttpOnly; SameSite=Lax; Path=/';
  return value === undefined
    ? `${SESSION_COOKIE}=; ${attrs}; Max-Age=0`
    : `${SESSION_COOKIE}=${value}; ${attrs}; Max-Age=${SESSION_MAX_AGE_S}`;
}
