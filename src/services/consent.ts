// The privacy notice is agreed to once per phone; the agreement is sent with every submission.
import Taro from '@tarojs/taro';

/** Bump the version when the notice's content changes, so everyone is asked again. */
const CONSENT_KEY = 'msb.consent.privacy.v1';

export function hasPrivacyConsent(): boolean {
  try {
    return Taro.getStorageSync(CONSENT_KEY) === true;
  } catch {
    return false;
  }
}

export function savePrivacyConsent(): void {
  try {
    Taro.setStorageSync(CONSENT_KEY, true);
  } catch {
    // Not remembered: the notice is shown again next time, which is safe.
  }
}
