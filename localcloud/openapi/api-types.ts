// Shapes shared by the emulated `cloud.openapi.*` APIs.
import type { AdminContext, Invocation } from '../types';

/** A WeChat API error: becomes `{ errcode, errmsg }`, which wx-server-sdk throws as `{ errCode, errMsg }`. */
export class WxApiError extends Error {
  constructor(
    public readonly errcode: number,
    public readonly errmsg: string,
  ) {
    super(`${errcode} ${errmsg}`);
  }
}

export interface OpenApiCall {
  /** e.g. `wxacode.getUnlimited` */
  apiName: string;
  /** Parameters with the SDK's snake_case keys. */
  params: Record<string, unknown>;
  /** Env id the SDK sent as `envName`. */
  envName: string;
  ctx: AdminContext;
  /** The cloud function invocation that called, if any (undefined for the admin token). */
  caller?: Invocation;
}

export type OpenApiResult = { kind: 'json'; body: Record<string, unknown> } | { kind: 'bytes'; bytes: Buffer; contentType: string };

export type OpenApiHandler = (call: OpenApiCall) => Promise<OpenApiResult>;

/** WeChat's success envelope. */
export function ok(body: Record<string, unknown> = {}): OpenApiResult {
  return { kind: 'json', body: { errcode: 0, errmsg: 'ok', ...body } };
}
