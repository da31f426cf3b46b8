// Imported by the weapp app.js (config/weapp-aria.ts puts it on the platform's runtimePath), after
// Taro's own weapp runtime: the aria attributes join the runtime's attribute table, in the order
// the templates were built with.
import { mergeInternalComponents } from '@tarojs/shared';
import ARIA from './weapp-aria.json';

mergeInternalComponents(ARIA);
