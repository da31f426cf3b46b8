import Taro from '@tarojs/taro';

/**
 * Initialise the WeChat Cloud client once at launch (weapp only). CLOUD_ENV is a compile-time
 * constant (config/index.ts, from `process.env.CLOUD_ENV` at build time); empty means the
 * environment selected in WeChat DevTools.
 */
export function initCloud(): void {
  if (process.env.TARO_ENV !== 'weapp') return;
  if (CLOUD_ENV) {
    Taro.cloud.init({ env: CLOUD_ENV, traceUser: true });
  } else {
    Taro.cloud.init({ traceUser: true });
  }
}
