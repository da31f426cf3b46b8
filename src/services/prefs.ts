// The resident's display preferences, kept on the phone (Taro storage works on weapp and H5).
import Taro from '@tarojs/taro';

const LARGE_TEXT_KEY = 'msb.prefs.largeText';

/** 大字模式: every page scales its text when this is on. */
export function getLargeText(): boolean {
  try {
    return Taro.getStorageSync(LARGE_TEXT_KEY) === true;
  } catch {
    return false;
  }
}

export function setLargeText(on: boolean): void {
  try {
    Taro.setStorageSync(LARGE_TEXT_KEY, on);
  } catch {
    // Storage full or unavailable: the preference lasts for this page only.
  }
}

/** The class a page puts on its root: `page-root`, plus `large-text` in 大字模式. */
export function pageRootClass(largeText: boolean, extra = ''): string {
  return ['page-root', largeText ? 'large-text' : '', extra].filter(Boolean).join(' ');
}
