// Small HTTP helpers for the gateway: JSON answers, the error envelope and capped JSON bodies.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** WeChat's limit for a callFunction request body. */
export const API_BODY_LIMIT = 100 * 1024;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body) ?? 'null';
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** `{ ok:false, error:{ code, message } }`; codes are stable ASCII, the page maps them to Chinese. */
export function sendError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { ok: false, error: { code, message } }, headers);
}

/** Read a JSON object body of at most `limit` bytes; an empty body is `{}`. */
export async function readJsonObject(req: IncomingMessage, limit: number): Promise<Record<string, unknown>> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'CLOUD.BAD_REQUEST', 'request body is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new HttpError(400, 'CLOUD.BAD_REQUEST', 'request body must be a JSON object');
  }
  return value as Record<string, unknown>;
}

function tooLarge(limit: number): HttpError {
  return new HttpError(413, 'CLOUD.BODY_TOO_LARGE', `request body exceeds ${limit / 1024} KB`);
}

/** Answer an HttpError; for 413 the rest of the upload is discarded and the connection closed. */
export function sendHttpError(req: IncomingMessage, res: ServerResponse, err: HttpError): void {
  if (err.status === 413) {
    sendError(res, 413, err.code, err.message, { connection: 'close' });
    req.resume();
    return;
  }
  sendError(res, err.status, err.code, err.message);
}

export function isJsonContentType(req: IncomingMessage): boolean {
  const ct = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    ?.trim()
    .toLowerCase();
  return ct === 'application/json';
}
