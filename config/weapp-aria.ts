import path from 'node:path';
import type { IPluginContext, TaroPlatformBase } from '@tarojs/service';
import ARIA from './weapp-aria.json';

/**
 * A Taro plugin (config/index.ts `plugins`): WeChat's screen reader reads `aria-role`, `aria-label`,
 * `aria-checked`… on a view (基础库 2.7.1+), but Taro's weapp templates pass only the attributes Taro
 * knows, so these would never reach the page. Two lists must agree, in the same order: the templates
 * (built here) and the runtime's attribute table, which names each attribute's slot in setData
 * (weapp-aria-runtime.mjs, imported by app.js before the first render). The attributes:
 * weapp-aria.json. This is what Taro's @tarojs/plugin-inject does, which has no 4.2 release.
 */
export default (ctx: IPluginContext) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform: TaroPlatformBase) {
      if (process.env.TARO_ENV !== 'weapp') return;
      platform.template.mergeComponents(ctx, ARIA);
      const runtime = path.resolve(__dirname, 'weapp-aria-runtime.mjs');
      platform.runtimePath = [...(Array.isArray(platform.runtimePath) ? platform.runtimePath : [platform.runtimePath]), runtime];
    },
  });
};
