// The resident's own name, phone and room, remembered on their phone after a submission so the next
// wish needs less typing. Never kept for wishes filed for someone else (帮办).
import Taro from '@tarojs/taro';

const CONTACT_KEY = 'msb.contact.v1';

export interface RememberedContact {
  name: string;
  phone: string;
  room: string;
  buildingId: string;
}

export function recallContact(): RememberedContact | undefined {
  try {
    const value: unknown = Taro.getStorageSync(CONTACT_KEY);
    if (typeof value !== 'object' || value === null) return undefined;
    const v = value as Record<string, unknown>;
    const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
    return { name: str('name'), phone: str('phone'), room: str('room'), buildingId: str('buildingId') };
  } catch {
    return undefined;
  }
}

export function rememberContact(contact: RememberedContact): void {
  try {
    Taro.setStorageSync(CONTACT_KEY, contact);
  } catch {
    // Not remembered: the resident types it again next time.
  }
}

const HELPER_KEY = 'msb.helper.v1';

/** A 帮办员's own name and mobile, remembered after filing for an elder (the elder's never are). */
export function recallHelper(): { name: string; phone: string } | undefined {
  try {
    const v: unknown = Taro.getStorageSync(HELPER_KEY);
    if (typeof v !== 'object' || v === null) return undefined;
    const { name, phone } = v as Record<string, unknown>;
    return typeof name === 'string' && typeof phone === 'string' ? { name, phone } : undefined;
  } catch {
    return undefined;
  }
}

export function rememberHelper(helper: { name: string; phone: string }): void {
  try {
    Taro.setStorageSync(HELPER_KEY, helper);
  } catch {
    // Not remembered: typed again next time.
  }
}
