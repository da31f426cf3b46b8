import { ACTIVITY_NOTICES, NOTICES, VISIT_NOTICES, type NoticeKind } from '../domain/notify';

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

/**
 * The notices the cloud sends to dispatchers: a new wish, a wish sent back, a wish not dispatched in time
 * (TPL_WISH_WAITING, TPL_WISH_SENT_BACK, TPL_WISH_OVERDUE).
 */
export const DISPATCHER_TEMPLATE_IDS: string[] = [
  NOTICES.wish_waiting.placeholderTemplateId,
  NOTICES.wish_sent_back.placeholderTemplateId,
  NOTICES.wish_overdue.placeholderTemplateId,
];

/** False while the ids are still placeholders (asking WeChat with them would only fail). */
export const configured = (ids: readonly string[]) => ids.length > 0 && !ids.some((id) => id.startsWith('TPL_'));
export const TEMPLATES_CONFIGURED = configured(RESIDENT_TEMPLATE_IDS);

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

/** "明天有巡访" (TPL_VISIT_DUE), asked for when a volunteer opens a visit to record it. Placeholder as above. */
export const VISIT_TEMPLATE_IDS: string[] = [VISIT_NOTICES.visit_due.placeholderTemplateId];
/**
 * The notices of the weekly digest's page, for dispatchers and team leaders: the weekly digest, an order
 * escalated (升级), an order overdue (for the team). Asked for on 服务周报. Placeholders as above.
 */
export const DIGEST_TEMPLATE_IDS: string[] = [
  NOTICES.weekly_digest.placeholderTemplateId,
  NOTICES.order_escalated.placeholderTemplateId,
  NOTICES.order_overdue.placeholderTemplateId,
];

/**
 * Activities (活动): the day-before reminder, a place freed for someone waiting, an activity cancelled
 * (TPL_ACTIVITY_REMINDER, TPL_ACTIVITY_PROMOTED, TPL_ACTIVITY_CANCELLED), asked for when a volunteer
 * signs up. Placeholders as above.
 */
export const ACTIVITY_TEMPLATE_IDS: string[] = [
  ACTIVITY_NOTICES.activity_reminder.placeholderTemplateId,
  ACTIVITY_NOTICES.activity_promoted.placeholderTemplateId,
  ACTIVITY_NOTICES.activity_cancelled.placeholderTemplateId,
];
