import { NOTICES, type NoticeKind } from '../domain/notify';

/**
 * Subscribe-message template ids (订阅消息模板) the resident is asked to allow before submitting:
 * the notices the cloud sends to residents (src/domain/notify.ts). PLACEHOLDERS until the templates
 * are picked in mp.weixin.qq.com → 功能 → 订阅消息; put the real ids here, and the same ids in the
 * functions' environment (TPL_WISH_DISPATCHED, …). WeChat accepts at most 3 per request.
 */
export const RESIDENT_TEMPLATES: Partial<Record<NoticeKind, string>> = {
  wish_dispatched: NOTICES.wish_dispatched.placeholderTemplateId,
  wish_claimed: NOTICES.wish_claimed.placeholderTemplateId,
  wish_completed: NOTICES.wish_completed.placeholderTemplateId,
};

export const RESIDENT_TEMPLATE_IDS: string[] = Object.values(RESIDENT_TEMPLATES)
  .filter((id): id is string => !!id)
  .slice(0, 3);

/** False while the ids above are still placeholders (asking WeChat with them would only fail). */
export const TEMPLATES_CONFIGURED = RESIDENT_TEMPLATE_IDS.length > 0 && !RESIDENT_TEMPLATE_IDS.some((id) => id.startsWith('TPL_'));

/**
 * The notices the cloud sends to volunteers (an order assigned, points credited, an order sent back
 * for a redo with the resident's reason), asked for when a volunteer takes an order. Placeholders as above.
 */
export const VOLUNTEER_TEMPLATES: Partial<Record<NoticeKind, string>> = {
  order_assigned: NOTICES.order_assigned.placeholderTemplateId,
  points_credited: NOTICES.points_credited.placeholderTemplateId,
  order_sent_back: NOTICES.order_sent_back.placeholderTemplateId,
};

export const VOLUNTEER_TEMPLATE_IDS: string[] = Object.values(VOLUNTEER_TEMPLATES)
  .filter((id): id is string => !!id)
  .slice(0, 3);

export const VOLUNTEER_TEMPLATES_CONFIGURED =
  VOLUNTEER_TEMPLATE_IDS.length > 0 && !VOLUNTEER_TEMPLATE_IDS.some((id) => id.startsWith('TPL_'));
