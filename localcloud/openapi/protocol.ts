// Protobuf messages of the wx.openApi call, with the field numbers of wx-server-sdk 4.0.2's generated code
// (node_modules/wx-server-sdk/index.js, `$root.CommApiData` / `$root.CommOpenApiResp`).
import { Root, type Type } from 'protobufjs';

const root = Root.fromJSON({
  nested: {
    KeyValuePair: {
      fields: {
        key: { type: 'string', id: 1 },
        value: { type: 'bytes', id: 2 },
        contenttype: { type: 'string', id: 3 },
        filename: { type: 'string', id: 4 },
      },
    },
    OpenApiData: { fields: { pairs: { rule: 'repeated', type: 'KeyValuePair', id: 1 } } },
    CommApiData: {
      fields: {
        apiType: { type: 'int32', id: 1 },
        openapiData: { type: 'OpenApiData', id: 2 },
        appid: { type: 'string', id: 6 },
      },
    },
    CommOpenApiResp: {
      fields: {
        respData: { type: 'bytes', id: 1 },
        contentType: { type: 'string', id: 2 },
        errorCode: { type: 'int32', id: 3 },
        httpCode: { type: 'uint32', id: 4 },
      },
    },
  },
});

const CommApiData: Type = root.lookupType('CommApiData');
const CommOpenApiResp: Type = root.lookupType('CommOpenApiResp');

/** CommApiData.ApiType.OPEN_API: the only kind `cloud.openapi.*` sends. */
export const OPEN_API = 0;

/** A media parameter (the SDK's `{contentType, value: Buffer}` form): raw bytes, not JSON. */
export interface MediaParam {
  filename: string;
  bytes: Buffer;
}

export interface DecodedApiData {
  apiType: number;
  appid: string;
  /** Parameters as the SDK sent them: snake_case keys, JSON-decoded values (or MediaParam). */
  params: Record<string, unknown>;
}

interface RawPair {
  key?: string;
  value?: Uint8Array;
  filename?: string;
}

/** Decodes `requestData`. Throws on malformed protobuf or a pair whose value is not JSON. */
export function decodeApiData(bytes: Buffer): DecodedApiData {
  const msg = CommApiData.toObject(CommApiData.decode(bytes), { defaults: true }) as {
    apiType: number;
    appid: string;
    openapiData?: { pairs?: RawPair[] };
  };
  const params: Record<string, unknown> = {};
  for (const pair of msg.openapiData?.pairs ?? []) {
    if (!pair.key) continue;
    const value = Buffer.from(pair.value ?? new Uint8Array());
    params[pair.key] = pair.filename ? { filename: pair.filename, bytes: value } : JSON.parse(value.toString('utf8'));
  }
  return { apiType: msg.apiType, appid: msg.appid, params };
}

/** Encodes `CommOpenApiResp`; the caller writes these bytes with HTTP 200. */
export function encodeResp(respData: Buffer, contentType: string, errorCode = 0): Buffer {
  const msg = CommOpenApiResp.create({ respData, contentType, errorCode, httpCode: 200 });
  return Buffer.from(CommOpenApiResp.encode(msg).finish());
}

/** A JSON answer: the SDK parses it and throws when `errcode` is non-zero. */
export function jsonResp(body: Record<string, unknown>): Buffer {
  return encodeResp(Buffer.from(JSON.stringify(body), 'utf8'), 'application/json');
}

/** A WeChat error answer: the SDK throws `{ errCode: errcode, errMsg: 'openapi.<api>:fail <errmsg>' }`. */
export function wxErrorResp(errcode: number, errmsg: string): Buffer {
  return jsonResp({ errcode, errmsg });
}

/** A binary answer (e.g. an image): the SDK returns `{ contentType, buffer }`. */
export function bufferResp(bytes: Buffer, contentType: string): Buffer {
  return encodeResp(bytes, contentType);
}

/** Test helper and documentation: how wx-server-sdk encodes a call (camelCase → snake_case is the caller's job). */
export function encodeApiData(params: Record<string, unknown>, appid?: string): Buffer {
  const pairs = Object.entries(params)
    .filter(([, v]) => v !== undefined)
    .map(([key, v]) => ({ key, value: Buffer.from(JSON.stringify(v), 'utf8') }));
  const msg = CommApiData.create({ apiType: OPEN_API, openapiData: { pairs }, ...(appid ? { appid } : {}) });
  return Buffer.from(CommApiData.encode(msg).finish());
}

/** Test helper: decodes a `CommOpenApiResp`. */
export function decodeResp(bytes: Buffer): { respData: Buffer; contentType: string; errorCode: number; httpCode: number } {
  const o = CommOpenApiResp.toObject(CommOpenApiResp.decode(bytes), { defaults: true }) as {
    respData: Uint8Array;
    contentType: string;
    errorCode: number;
    httpCode: number;
  };
  return { ...o, respData: Buffer.from(o.respData) };
}
