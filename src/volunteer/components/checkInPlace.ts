// Where the volunteer checks in, when they allow it: Taro.getLocation asks them (WeChat's prompt, the
// browser's on H5). A refusal, no geolocation (H5) or no answer in time means checking in without it.
import Taro from '@tarojs/taro';

const WAIT_MS = 5000;

export async function checkInPlace(): Promise<{ lat: number; lng: number } | undefined> {
  if (process.env.TARO_ENV === 'h5' && (typeof navigator === 'undefined' || !navigator.geolocation)) return undefined;
  try {
    const found = await Promise.race([
      Taro.getLocation({ type: 'gcj02' }),
      new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), WAIT_MS)),
    ]);
    return found ? { lat: found.latitude, lng: found.longitude } : undefined;
  } catch {
    return undefined;
  }
}
