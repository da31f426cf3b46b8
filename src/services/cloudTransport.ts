import { fail } from '../domain/errors';
import { asResult, describeError, type Transport } from './transport';

/** The shape of `Taro.cloud.callFunction` that this transport needs. */
export type CallFunction = (param: { name: string; data: Record<string, unknown> }) => Promise<{ result?: unknown }>;

/**
 * errMsg codes of `cloud.callFunction:fail …` that mean the function itself failed
 * (not found, crashed, timed out in the cloud) rather than the phone's network.
 */
const FUNCTION_FAILURE_CODES = ['-501000', '-504002', '-404011', '-404012', '-404013'];

/** weapp: `Taro.cloud.callFunction({ name, data })` → `{ result }`. */
export function cloudTransport(callFunction: CallFunction): Transport {
  return async (name, event) => {
    try {
      const response = await callFunction({ name, data: event as Record<string, unknown> });
      return asResult(response.result);
    } catch (err) {
      const message = describeError(err);
      if (FUNCTION_FAILURE_CODES.some((code) => message.includes(code))) {
        return fail('INTERNAL.ERROR', `cloud function ${name} failed: ${message}`);
      }
      return fail('NETWORK.UNAVAILABLE', `calling ${name} failed: ${message}`);
    }
  };
}
