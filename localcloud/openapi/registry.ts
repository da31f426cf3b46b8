// The emulated `cloud.openapi.*` APIs, by the apiName the SDK sends.
import type { OpenApiHandler } from './api-types';
import { msgSecCheck } from './msg-sec-check';
import { subscribeMessageSend } from './subscribe-message';
import { getUnlimited } from './wxacode';

export const OPENAPI_HANDLERS: Readonly<Record<string, OpenApiHandler>> = {
  'wxacode.getUnlimited': getUnlimited,
  'security.msgSecCheck': msgSecCheck,
  'subscribeMessage.send': subscribeMessageSend,
};

/** WeChat-side code for "API not found" (wx-server-sdk ERR_CODE.WX_FUNCTIONS_SERVER_OPENAPI_NOT_FOUND). */
export const NOT_FOUND_ERRCODE = -604100;

export function notEmulatedMessage(apiName: string): string {
  return `local cloud: ${apiName} is not emulated`;
}
