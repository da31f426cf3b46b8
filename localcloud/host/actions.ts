// /admin JSON actions served by the function host: cloud.callFunction between functions.
import { CloudError, type JsonAction } from '../types';

/** wx-server-sdk maps this code to errCode -504002 ("functions execute fail"). */
export const FUNCTIONS_EXECUTE_FAIL = 'FUNCTIONS_EXECUTE_FAIL';
export const INVALID_PARAM = 'INVALID_PARAM';

const invokeFunction: JsonAction = async (body, ctx) => {
  const name = body['function_name'];
  if (typeof name !== 'string' || name === '') throw new CloudError(INVALID_PARAM, 'function_name is required');
  const raw = body['request_data'];
  let event: unknown = {};
  if (typeof raw === 'string' && raw !== '') {
    try {
      event = JSON.parse(raw) as unknown;
    } catch {
      throw new CloudError(INVALID_PARAM, 'request_data is not valid JSON');
    }
  } else if (raw !== undefined && raw !== '') {
    throw new CloudError(INVALID_PARAM, 'request_data must be a JSON string');
  }
  // The callee runs as the calling invocation's user; with no calling invocation (admin token) there is no user.
  const from = ctx.invocation;
  const caller: { openid?: string; appid?: string; unionid?: string; source: string } = { source: 'scf' };
  if (from?.openid !== undefined) caller.openid = from.openid;
  if (from?.appid !== undefined) caller.appid = from.appid;
  if (from?.unionid !== undefined) caller.unionid = from.unionid;

  const r = await ctx.cloud.host.invoke(name, event, caller);
  if (!r.ok) throw new CloudError(FUNCTIONS_EXECUTE_FAIL, `${r.code}: ${r.message} (requestId ${r.requestId})`);
  return { data: { response_data: JSON.stringify(r.result) ?? 'null' } };
};

export const functionActions: Record<string, JsonAction> = {
  'functions.invokeFunction': invokeFunction,
};
