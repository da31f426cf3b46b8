// @tarojs/taro for component tests: the APIs the pages call, as jest mocks; the router's params and
// the page lifecycle hooks are driven by the test.
import { jest } from '@jest/globals';

let params: Record<string, string> = {};

/** The query the page was opened with (useRouter().params). */
export function setRouterParams(next: Record<string, string>): void {
  params = next;
}

const storage = new Map<string, unknown>();
const done = () => Promise.resolve({ errMsg: 'ok' });

const Taro = {
  showToast: jest.fn(done),
  pageScrollTo: jest.fn(done),
  navigateTo: jest.fn(done),
  redirectTo: jest.fn(done),
  reLaunch: jest.fn(done),
  navigateBack: jest.fn(done),
  stopPullDownRefresh: jest.fn(),
  makePhoneCall: jest.fn(done),
  setClipboardData: jest.fn(done),
  requestSubscribeMessage: jest.fn(done),
  getStorageSync: jest.fn((key: string) => storage.get(key) ?? ''),
  setStorageSync: jest.fn((key: string, value: unknown) => void storage.set(key, value)),
  getWindowInfo: jest.fn(() => ({ windowWidth: 390, windowHeight: 844 })),
  getSystemInfoSync: jest.fn(() => ({ windowWidth: 390, windowHeight: 844 })),
  onWindowResize: jest.fn(),
  offWindowResize: jest.fn(),
  getCurrentPages: jest.fn(() => []),
  cloud: { init: jest.fn(), callFunction: jest.fn() },
};

export const useRouter = () => ({ params });
export const useDidShow = jest.fn();
export const useDidHide = jest.fn();
export const usePullDownRefresh = jest.fn();
export const useShareAppMessage = jest.fn();

export default Taro;
