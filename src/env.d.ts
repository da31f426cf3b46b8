/// <reference types="@tarojs/taro" />

/** WeChat Cloud env id, injected at build time (config/index.ts `defineConstants`); '' = DevTools' choice. */
declare const CLOUD_ENV: string;

declare namespace NodeJS {
  interface ProcessEnv {
    /** The platform Taro builds for; replaced at compile time. */
    TARO_ENV?: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd' | 'rn' | 'harmony';
  }
}

declare module '*.scss';
declare module '*.png';
declare module '*.svg';
