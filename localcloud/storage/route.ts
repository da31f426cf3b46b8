// HTTP side of storage: PUT uploads and GET/HEAD downloads under <baseUrl>/__storage/ (URL shapes in sign.ts).
// Errors are COS-style XML, which @cloudbase/node-sdk's uploadFile parses (Code, Message, RequestId, TraceId).
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { CloudServices, Route } from '../types';
import { TooLargeError, statFile, writeFileDurably } from './files';
import { contentTypeOf } from './mime';
import { StoragePathError, filePath, isValidEnv, validateCloudPath } from './paths';
import { STORAGE_PREFIX, verifyPath, type UrlKind } from './sign';

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, PUT, OPTIONS',
  'access-control-allow-headers': '*',
};

function xmlEscape(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function sendError(req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string): void {
  const id = randomUUID();
  const body =
    `<?xml version='1.0' encoding='utf-8' ?>\n<Error><Code>${code}</Code><Message>${xmlEscape(message)}</Message>` +
    `<Resource>${xmlEscape(req.url ?? '')}</Resource><RequestId>${id}</RequestId><TraceId>${id}</TraceId></Error>`;
  req.resume();
  res.writeHead(status, { ...CORS, 'content-type': 'application/xml', 'content-length': Buffer.byteLength(body) }).end(body);
}

interface Target {
  kind: UrlKind;
  env: string;
  cloudPath: string;
  expires: number;
  sign: string;
}

/** Parses /__storage/<u|d>/<env>/<path>; throws StoragePathError on anything malformed. */
function parseTarget(url: URL): Target {
  const [kind, env = '', ...segments] = url.pathname.slice(STORAGE_PREFIX.length + 1).split('/');
  if ((kind !== 'u' && kind !== 'd') || !isValidEnv(env)) throw new StoragePathError('unknown storage URL');
  let cloudPath: string;
  try {
    cloudPath = validateCloudPath(segments.map((s) => decodeURIComponent(s)).join('/'));
  } catch (err) {
    throw err instanceof URIError ? new StoragePathError('malformed percent-encoding') : err;
  }
  const expires = Number(url.searchParams.get(kind === 'u' ? 'e' : 't'));
  return { kind, env, cloudPath, expires, sign: url.searchParams.get('sign') ?? '' };
}

async function upload(req: IncomingMessage, res: ServerResponse, cloud: CloudServices, t: Target): Promise<void> {
  try {
    await writeFileDurably(cloud.dataDir, t.env, t.cloudPath, req);
  } catch (err) {
    if (err instanceof TooLargeError) return sendError(req, res, 400, 'EntityTooLarge', err.message);
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EISDIR' || code === 'ENOTDIR' || code === 'ENOTEMPTY' || code === 'EEXIST') {
      return sendError(req, res, 409, 'InvalidObjectName', `cloudPath clashes with an existing file or folder: ${t.cloudPath}`);
    }
    throw err;
  }
  res.writeHead(200, { ...CORS, 'content-length': 0 }).end();
}

async function download(req: IncomingMessage, res: ServerResponse, cloud: CloudServices, t: Target): Promise<void> {
  const size = await statFile(cloud.dataDir, t.env, t.cloudPath);
  if (size === undefined) return sendError(req, res, 404, 'NoSuchKey', 'The specified key does not exist.');
  res.writeHead(200, {
    ...CORS,
    'content-type': contentTypeOf(t.cloudPath),
    'content-length': size,
    'cache-control': 'private, max-age=60',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  try {
    await pipeline(createReadStream(filePath(cloud.dataDir, t.env, t.cloudPath)), res);
  } catch (err) {
    // The client hung up (often right after reading Content-Length bytes): nothing left to answer.
    if ((err as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw err;
  }
}

export const storageRoute: Route = async (req, res, cloud) => {
  const url = new URL(req.url ?? '/', 'http://localcloud');
  if (!url.pathname.startsWith(`${STORAGE_PREFIX}/`)) return false;
  if (req.method === 'OPTIONS') {
    res.writeHead(204, CORS).end();
    return true;
  }
  let t: Target;
  try {
    t = parseTarget(url);
  } catch (err) {
    if (!(err instanceof StoragePathError)) throw err;
    sendError(req, res, 400, 'InvalidURI', err.message);
    return true;
  }
  const method = req.method ?? 'GET';
  const allowed = t.kind === 'u' ? method === 'PUT' : method === 'GET' || method === 'HEAD';
  if (!allowed) {
    sendError(req, res, 405, 'MethodNotAllowed', `${method} is not allowed on this URL`);
  } else if (!verifyPath(cloud.secret, t.kind, t.env, t.cloudPath, t.expires, t.sign)) {
    sendError(req, res, 403, 'SignatureDoesNotMatch', 'The URL signature is invalid or has expired.');
  } else if (t.kind === 'u') {
    await upload(req, res, cloud, t);
  } else {
    await download(req, res, cloud, t);
  }
  return true;
};
