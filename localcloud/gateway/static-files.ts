// Static files of the H5 build (GET/HEAD): content types, ETag/Last-Modified, no directory traversal,
// SPA fallback to index.html, and a friendly page while the build is missing.
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { H5_MISSING_HTML } from './h5-missing';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

export function contentType(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Safe relative path segments of a URL path, or undefined when it tries to leave the root. */
export function safeSegments(urlPath: string): string[] | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..' || s.startsWith('.'))) return undefined;
  return segments;
}

function send(res: ServerResponse, status: number, type: string, body: string, head: boolean): void {
  res.writeHead(status, { 'content-type': type, 'content-length': String(Buffer.byteLength(body)), 'cache-control': 'no-store' });
  res.end(head ? undefined : body);
}

function statFile(p: string): fs.Stats | undefined {
  try {
    const st = fs.statSync(p);
    return st.isFile() ? st : undefined;
  } catch {
    return undefined;
  }
}

/** Serve GET/HEAD from `root`. Resolves false for other methods. */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, root: string): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const head = req.method === 'HEAD';
  const base = path.resolve(root);
  const indexFile = path.join(base, 'index.html');
  if (statFile(indexFile) === undefined) {
    send(res, 503, 'text/html; charset=utf-8', H5_MISSING_HTML, head);
    return true;
  }
  const urlPath = (req.url ?? '/').split(/[?#]/)[0] ?? '/';
  const segments = safeSegments(urlPath);
  if (segments === undefined) {
    send(res, 403, 'text/plain; charset=utf-8', 'forbidden', head);
    return true;
  }
  let file = path.join(base, ...segments);
  if (file !== base && !file.startsWith(base + path.sep)) {
    send(res, 403, 'text/plain; charset=utf-8', 'forbidden', head);
    return true;
  }
  let st = statFile(file);
  if (st === undefined && statFile(path.join(file, 'index.html')) !== undefined) {
    file = path.join(file, 'index.html');
    st = statFile(file);
  }
  if (st === undefined && path.extname(file) === '') {
    file = indexFile; // client-side route: let the SPA handle it
    st = statFile(file);
  }
  if (st === undefined) {
    send(res, 404, 'text/plain; charset=utf-8', 'not found', head);
    return true;
  }
  const etag = `W/"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`;
  const lastModified = new Date(Math.floor(st.mtimeMs / 1000) * 1000).toUTCString();
  const headers = {
    'content-type': contentType(file),
    'cache-control': 'no-cache',
    etag,
    'last-modified': lastModified,
  };
  if (notModified(req, etag, st.mtimeMs)) {
    res.writeHead(304, headers).end();
    return true;
  }
  res.writeHead(200, { ...headers, 'content-length': String(st.size) });
  if (head) res.end();
  else await pipeline(fs.createReadStream(file), res).catch(() => res.destroy());
  return true;
}

function notModified(req: IncomingMessage, etag: string, mtimeMs: number): boolean {
  const inm = req.headers['if-none-match'];
  if (inm !== undefined) return inm.split(',').some((t) => t.trim() === etag || t.trim() === '*');
  const ims = req.headers['if-modified-since'];
  if (ims === undefined) return false;
  const since = Date.parse(ims);
  return Number.isFinite(since) && Math.floor(mtimeMs / 1000) * 1000 <= since;
}
