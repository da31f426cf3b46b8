// The `cloud.openapi.*` path of the /admin endpoint: multipart in, raw protobuf CommOpenApiResp out.
import type { IncomingMessage } from 'node:http';
import type { AdminContext, Invocation } from '../types';
import { WxApiError, type OpenApiResult } from './api-types';
import { readOpenApiForm, type OpenApiForm } from './multipart';
import { OPEN_API, bufferResp, decodeApiData, jsonResp, wxErrorResp, type DecodedApiData } from './protocol';
import { NOT_FOUND_ERRCODE, OPENAPI_HANDLERS, notEmulatedMessage } from './registry';

export { readOutbox, type OutboxEntry } from './outbox';
export { buildQrContent, parseQrContent, type QrTarget } from './qr-content';

/** The call list keeps the latest this many (a long `npm start` checks every text). */
const MAX_CALLS_KEPT = 10_000;

type Caller = { ok: true; invocation?: Invocation } | { ok: false };

/** The invocation behind `wxCloudApiToken`: ctx.invocation if the server resolved it, else the admin token or a live invocation. */
function resolveCaller(token: string | undefined, ctx: AdminContext): Caller {
  if (ctx.invocation) return { ok: true, invocation: ctx.invocation };
  if (token && token === ctx.cloud.adminToken) return { ok: true };
  const invocation = token ? ctx.cloud.host.byToken(token) : undefined;
  return invocation ? { ok: true, invocation } : { ok: false };
}

/** For `wx.wxPayApi` / `wx.wxCallContainerApi` the SDK JSON-parses the raw body: answer a TCB error. */
function tcbError(ctx: AdminContext, message: string): Buffer {
  return Buffer.from(JSON.stringify({ code: 'LOCAL_CLOUD_NOT_EMULATED', message, requestId: ctx.requestId }));
}

function toBytes(result: OpenApiResult): Buffer {
  return result.kind === 'json' ? jsonResp(result.body) : bufferResp(result.bytes, result.contentType);
}

async function dispatch(form: OpenApiForm, ctx: AdminContext): Promise<Buffer> {
  const apiName = form.fields['apiName'] ?? '';
  const caller = resolveCaller(form.fields['wxCloudApiToken'], ctx);
  if (!caller.ok) {
    return wxErrorResp(40001, 'invalid credential, access_token is invalid or not latest hint: [local cloud: unknown wxCloudApiToken]');
  }
  let decoded: DecodedApiData;
  try {
    decoded = decodeApiData(form.files['requestData'] ?? Buffer.alloc(0));
  } catch (err) {
    return wxErrorResp(47001, `data format error hint: [local cloud: requestData: ${(err as Error).message}]`);
  }
  const handler = OPENAPI_HANDLERS[apiName];
  const calls = ctx.cloud.openapiCalls;
  if (calls) {
    calls.push({ apiName, ...(caller.invocation ? { fn: caller.invocation.fn } : {}) });
    if (calls.length > MAX_CALLS_KEPT * 1.1) calls.splice(0, calls.length - MAX_CALLS_KEPT);
  }
  if (decoded.apiType !== OPEN_API || !handler) return wxErrorResp(NOT_FOUND_ERRCODE, notEmulatedMessage(apiName));
  const call = {
    apiName,
    params: decoded.params,
    envName: form.fields['envName'] ?? '',
    ctx,
    ...(caller.invocation ? { caller: caller.invocation } : {}),
  };
  try {
    return toBytes(await handler(call));
  } catch (err) {
    if (err instanceof WxApiError) return wxErrorResp(err.errcode, err.errmsg);
    console.error(`[localcloud] openapi ${apiName} failed`, err);
    return wxErrorResp(-1, `system error hint: [local cloud: ${(err as Error).message}]`);
  }
}

/**
 * Answers one `action=wx.openApi` multipart request. Resolves to the bytes the caller writes with HTTP 200 and
 * a content type other than `application/json; charset=utf-8` (e.g. application/octet-stream): that exact
 * content type makes the SDK JSON-parse the body instead of decoding protobuf.
 */
export async function handleOpenApiRequest(req: IncomingMessage, ctx: AdminContext): Promise<Buffer> {
  let form: OpenApiForm;
  try {
    form = await readOpenApiForm(req);
  } catch (err) {
    return wxErrorResp(47001, `data format error hint: [local cloud: multipart body: ${(err as Error).message}]`);
  }
  const action = form.fields['action'];
  if (action !== 'wx.openApi') {
    return tcbError(ctx, `local cloud: ${action ?? '(no action)'} ${form.fields['apiName'] ?? ''} is not emulated`.trim());
  }
  return dispatch(form, ctx);
}
