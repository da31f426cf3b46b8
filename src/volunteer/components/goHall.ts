// Back to the hall: pop to it when it is the page below, else replace this page with it.
import Taro from '@tarojs/taro';

const HALL = 'volunteer/pages/hall/index';

export function goHall(): void {
  const pages = Taro.getCurrentPages();
  const below = pages.length >= 2 ? pages[pages.length - 2] : undefined;
  if (below?.route?.replace(/^\//, '') === HALL) void Taro.navigateBack();
  else void Taro.redirectTo({ url: `/${HALL}` });
}
