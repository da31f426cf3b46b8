import Taro from '@tarojs/taro';
import {
  configured,
  DIGEST_TEMPLATE_IDS,
  DISPATCHER_TEMPLATE_IDS,
  RESIDENT_TEMPLATE_IDS,
  VISIT_TEMPLATE_IDS,
  VOLUNTEER_TEMPLATE_IDS,
} from './templates';

/**
 * Ask the resident to allow progress notifications (weapp only; a no-op on H5). Must run inside a
 * tap handler. Never throws and never blocks: declining, or an old WeChat, just means no messages.
 * Resolves to the ids the user accepted.
 */
export const askResidentSubscriptions = (): Promise<string[]> => askSubscriptions(RESIDENT_TEMPLATE_IDS);

/** The dispatcher's 接收新心愿提醒: a new wish, a wish sent back. Same rules as the resident's. */
export const askDispatcherSubscriptions = (): Promise<string[]> => askSubscriptions(DISPATCHER_TEMPLATE_IDS);

/** Whether asking can do anything here (weapp, real template ids). */
export const canAskDispatcherSubscriptions = () => process.env.TARO_ENV === 'weapp' && configured(DISPATCHER_TEMPLATE_IDS);

async function askSubscriptions(ids: string[]): Promise<string[]> {
  if (process.env.TARO_ENV !== 'weapp' || !configured(ids)) return [];
  try {
    const res = await Taro.requestSubscribeMessage({ tmplIds: ids } as Taro.requestSubscribeMessage.Option);
    return ids.filter((id) => (res as Record<string, unknown>)[id] === 'accept');
  } catch {
    return [];
  }
}

/** Ask a volunteer (inside the 接单 tap) to allow their notices, e.g. an order sent back with the reason. */
export const askVolunteerSubscriptions = (): Promise<string[]> => askSubscriptions(VOLUNTEER_TEMPLATE_IDS);

/** Ask a volunteer (inside the 记录巡访结果 tap) to allow "明天有巡访". */
export const askVisitSubscriptions = (): Promise<string[]> => askSubscriptions(VISIT_TEMPLATE_IDS);
/** 服务周报's 接收周报和升级提醒 (dispatchers and team leaders): the weekly digest, escalations, overdue orders. */
export const askDigestSubscriptions = (): Promise<string[]> => askSubscriptions(DIGEST_TEMPLATE_IDS);
export const canAskDigestSubscriptions = () => process.env.TARO_ENV === 'weapp' && configured(DIGEST_TEMPLATE_IDS);
