// Whether the window is desk-wide (a dispatcher's PC: WeChat on PC, or H5 at 1366×768), following resizes.
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';

/** At or above this window width (CSS px) a desk page shows its list and its detail side by side. */
export const DESK_MIN_WIDTH = 1024;

function windowWidth(): number {
  try {
    return Taro.getWindowInfo().windowWidth;
  } catch {
    return Taro.getSystemInfoSync().windowWidth;
  }
}

export function useWide(): boolean {
  const [wide, setWide] = useState(() => windowWidth() >= DESK_MIN_WIDTH);
  useEffect(() => {
    // The event's size is not read: Taro types offWindowResize's callback without it.
    const onResize = () => setWide(windowWidth() >= DESK_MIN_WIDTH);
    Taro.onWindowResize(onResize);
    return () => Taro.offWindowResize(onResize);
  }, []);
  return wide;
}
