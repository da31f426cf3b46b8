import Taro from '@tarojs/taro';
import { RESIDENT_TEMPLATE_IDS, TEMPLATES_CONFIGURED, VOLUNTEER_TEMPLATE_IDS, VOLUNTEER_TEMPLATES_CONFIGURED } from './templates';

/**
 * Ask the resident to allow progress notifications (weapp only; a no-op on H5). Must run inside a
 * tap handler. Never throws and never blocks: declining, or an old WeChat, just means no messages.
 * Resolves to the ids the user accepted.
 */
export async function askResidentSubscriptions(): Promise<string[]> {
  if (process.env.TARO_ENV !== 'weapp' || !TEMPLATES_CONFIGURED) return [];
  try {
    const res = await Taro.requestSubscribeMessage({ tmplIds: RESIDENT_TEMPLATE_IDS } as Taro.requestSubscribeMessage.Option);
    return RESIDENT_TEMPLATE_IDS.filter((id) => (res as Record<string, unknown>)[id] === 'accept');
  } catch {
    return [];
  }
}

/** Ask a volunteer (inside the 接单 tap) to allow their notices, e.g. an order sent back with the reason. */
export async function askVolunteerSubscriptions(): Promise<string[]> {
  if (process.env.TARO_ENV !== 'weapp' || !VOLUNTEER_TEMPLATES_CONFIGURED) return [];
  try {
    const res = await Taro.requestSubscribeMessage({ tmplIds: VOLUNTEER_TEMPLATE_IDS } as Taro.requestSubscribeMessage.Option);
    return VOLUNTEER_TEMPLATE_IDS.filter((id) => (res as Record<string, unknown>)[id] === 'accept');
  } catch {
    return [];
  }
}
