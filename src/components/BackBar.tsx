// H5 only: WeChat's title bar (with its back arrow) is hidden in the browser, so every page gets one
// large, labelled way back — 返回上一页 when there is a page to go back to, else 回首页 (not on the home page).
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Tappable } from './Tappable';

const HOME = '/pages/index/index';

/** The page stack's routes (empty where the runtime has none). */
function stack(): string[] {
  try {
    return Taro.getCurrentPages().map((p) => `/${(p.route ?? '').replace(/^\//, '')}`);
  } catch {
    return [];
  }
}

export function BackBar() {
  const pages = stack();
  const canGoBack = pages.length > 1;
  if (!canGoBack && (pages.length === 0 || pages[0]!.startsWith(HOME))) return null;
  return (
    <View className='back-bar'>
      <Tappable
        role='link'
        id='page-back'
        className='back-link'
        label={canGoBack ? '返回上一页' : '回首页'}
        onClick={() => void (canGoBack ? Taro.navigateBack() : Taro.reLaunch({ url: HOME }))}
      >
        <Text>{canGoBack ? '‹ 返回' : '‹ 回首页'}</Text>
      </Tappable>
    </View>
  );
}
