// Builds one invocation: its identity (with a fresh API token), its event and the message for the worker.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Invocation } from '../types';
import type { FunctionDef } from './function-config';
import type { InvokeMessage } from './protocol';
import { CLIENT_SOURCES, withUserInfo } from './user-info';

export type InvokeCaller = Omit<Invocation, 'token' | 'fn' | 'requestId'>;

export interface InvocationDefaults {
  envId: string;
  region: string;
  /** APPID for client sources that do not name one. */
  appid: string;
}

export function newRequestId(): string {
  return randomUUID();
}

export function buildInvocation(
  def: FunctionDef,
  caller: InvokeCaller,
  requestId: string,
  event: unknown,
  timer: boolean,
  d: InvocationDefaults,
): { invocation: Invocation; msg: InvokeMessage; def: FunctionDef } {
  const invocation: Invocation = {
    ...pickIdentity(caller),
    source: caller.source,
    token: randomBytes(24).toString('base64url'),
    fn: def.name,
    requestId,
  };
  if (invocation.appid === undefined && CLIENT_SOURCES.has(caller.source)) invocation.appid = d.appid;
  // JSON text: the function sees a fresh parse, as in SCF (throws on an event that is not JSON).
  const eventJson = JSON.stringify(withUserInfo(event ?? {}, invocation));
  const msg: InvokeMessage = {
    type: 'invoke',
    requestId,
    indexPath: def.indexPath,
    eventJson,
    context: {
      request_id: requestId,
      function_name: def.name,
      function_version: '$LATEST',
      namespace: d.envId,
      tencentcloud_region: d.region,
      memory_limit_in_mb: 256,
      time_limit_in_ms: def.timeoutMs,
    },
    identity: { ...pickIdentity(invocation), source: caller.source, token: invocation.token, timer },
  };
  return { invocation, msg, def };
}

function pickIdentity(i: InvokeCaller): { openid?: string; appid?: string; unionid?: string } {
  const out: { openid?: string; appid?: string; unionid?: string } = {};
  if (i.openid !== undefined) out.openid = i.openid;
  if (i.appid !== undefined) out.appid = i.appid;
  if (i.unionid !== undefined) out.unionid = i.unionid;
  return out;
}
