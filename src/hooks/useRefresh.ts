// Fresh data when the page comes back into view (e.g. Back from an order) and on pull-down.
import Taro, { useDidHide, useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useRef } from 'react';

export function useRefresh(reload: () => Promise<void>): void {
  const hidden = useRef(false);
  useDidHide(() => {
    hidden.current = true;
  });
  useDidShow(() => {
    if (!hidden.current) return;
    hidden.current = false;
    void reload();
  });
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });
}
