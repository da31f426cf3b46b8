// Signed, expiring storage URLs under <baseUrl>/__storage/…, keyed with the local cloud's secret.
//   upload    PUT <baseUrl>/__storage/u/<env>/<cloudPath, percent-encoded per segment>?e=<unix s>&sign=<hmac>
//   download  GET <baseUrl>/__storage/d/<env>/<cloudPath, NOT encoded>?t=<unix s>&sign=<hmac>
// Download URLs keep the raw path like COS temp URLs do: @cloudbase/node-sdk's downloadFile runs encodeURI()
// on them, so an already-encoded path would be encoded twice.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const STORAGE_PREFIX = '/__storage';
export type UrlKind = 'u' | 'd';

export const UPLOAD_TTL_SECONDS = 900;
export const DEFAULT_DOWNLOAD_MAX_AGE = 7200;
export const MAX_DOWNLOAD_MAX_AGE = 86400;

export function signPath(secret: string, kind: UrlKind, env: string, cloudPath: string, expires: number): string {
  return createHmac('sha256', secret).update(`${kind}\n${env}\n${cloudPath}\n${expires}`).digest('base64url');
}

/** True when the signature matches and has not expired. */
export function verifyPath(secret: string, kind: UrlKind, env: string, cloudPath: string, expires: number, sig: string): boolean {
  if (!Number.isInteger(expires) || expires * 1000 < Date.now()) return false;
  const want = Buffer.from(signPath(secret, kind, env, cloudPath, expires));
  const got = Buffer.from(sig);
  return want.length === got.length && timingSafeEqual(want, got);
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

function trimBase(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}

export function uploadUrl(secret: string, baseUrl: string, env: string, cloudPath: string): { url: string; sign: string } {
  const e = nowSeconds() + UPLOAD_TTL_SECONDS;
  const sign = signPath(secret, 'u', env, cloudPath, e);
  const encoded = cloudPath.split('/').map(encodeURIComponent).join('/');
  return { url: `${trimBase(baseUrl)}${STORAGE_PREFIX}/u/${env}/${encoded}?e=${e}&sign=${sign}`, sign };
}

/** maxAge in seconds, clamped to [1, 86400]; default 7200. */
export function downloadUrl(secret: string, baseUrl: string, env: string, cloudPath: string, maxAge?: number): string {
  const age =
    maxAge === undefined || !Number.isFinite(maxAge)
      ? DEFAULT_DOWNLOAD_MAX_AGE
      : Math.min(MAX_DOWNLOAD_MAX_AGE, Math.max(1, Math.floor(maxAge)));
  const t = nowSeconds() + age;
  return `${trimBase(baseUrl)}${STORAGE_PREFIX}/d/${env}/${cloudPath}?t=${t}&sign=${signPath(secret, 'd', env, cloudPath, t)}`;
}
