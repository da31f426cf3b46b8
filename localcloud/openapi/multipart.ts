// Reads the multipart/form-data body that @cloudbase/node-sdk sends for wx.openApi (built with `form-data`):
// text fields (`action`, `apiName`, `envName`, tokens…) and `requestData`, a Buffer that form-data sends as an
// application/octet-stream part, which busboy reports as a file.
import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';

export interface OpenApiForm {
  fields: Record<string, string>;
  /** Binary parts by field name (`requestData`). */
  files: Record<string, Buffer>;
}

/** Upper bound of one openapi request body; WeChat's own limits are far lower except for media uploads. */
export const MAX_OPENAPI_BODY = 10 * 1024 * 1024;

export function readOpenApiForm(req: IncomingMessage): Promise<OpenApiForm> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.headers, limits: { fileSize: MAX_OPENAPI_BODY, fieldSize: 1024 * 1024, parts: 64 } });
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    const form: OpenApiForm = { fields: {}, files: {} };
    let failed = false;
    const fail = (err: Error): void => {
      if (failed) return;
      failed = true;
      req.unpipe(bb);
      req.resume();
      reject(err);
    };
    bb.on('field', (name, value) => {
      form.fields[name] = value;
    });
    bb.on('file', (name, stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => fail(new Error(`multipart part ${name} exceeds ${MAX_OPENAPI_BODY} bytes`)));
      stream.on('end', () => {
        form.files[name] = Buffer.concat(chunks);
      });
    });
    bb.on('error', (err) => fail(err instanceof Error ? err : new Error(String(err))));
    bb.on('close', () => {
      if (!failed) resolve(form);
    });
    req.on('error', fail);
    req.pipe(bb);
  });
}
