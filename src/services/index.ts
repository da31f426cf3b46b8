import Taro from '@tarojs/taro';
import type { Result } from '../domain/errors';
import type { WhoamiOutput } from '../domain/schemas/user';
import { createClient, type Call } from './client';
import { cloudTransport, type CallFunction } from './cloudTransport';
import { httpTransport } from './httpTransport';
import type { Transport } from './transport';

export { initCloud } from './cloud';
export { messageFor } from './messages';
export { roleNames, shortenOpenid } from './format';

function defaultTransport(): Transport {
  if (process.env.TARO_ENV === 'weapp') {
    const callFunction: CallFunction = (param) => Taro.cloud.callFunction(param);
    return cloudTransport(callFunction);
  }
  return httpTransport();
}

/** The one way the app calls cloud functions; typed from the domain's schemas. */
export const call: Call = createClient(defaultTransport()).call;

export function whoami(): Promise<Result<WhoamiOutput>> {
  return call('user', { action: 'whoami' });
}
