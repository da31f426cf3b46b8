// The privacy notice is agreed to once per phone; the agreement is sent with every submission. A
// 帮办员 reads a notice about the elder's data, agreed to apart (`proxy`).
import Taro from '@tarojs/taro';

/** Bump the version when the notice's content changes, so everyone is asked again. */
const CONSENT_KEYS = { own: 'msb.consent.privacy.v1', proxy: 'msb.consent.privacy.proxy.v1' } as const;
export type ConsentKind = keyof typeof CONSENT_KEYS;

export function hasPrivacyConsent(kind: ConsentKind = 'own'): boolean {
  try {
    return Taro.getStorageSync(CONSENT_KEYS[kind]) === true;
  } catch {
    return false;
  }
}

export function savePrivacyConsent(kind: ConsentKind = 'own'): void {
  try {
    Taro.setStorageSync(CONSENT_KEYS[kind], true);
  } catch {
    // Not remembered: the notice is shown again next time, which is safe.
  }
}
