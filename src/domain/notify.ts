// Subscribe-message notices: who is told what at each step, and the template data in WeChat's
// keyword rules (thing ≤ 20 chars, phrase ≤ 5 Chinese chars, time as YYYY-MM-DD HH:mm).
import { SERVICE_MENU, type Category } from './menu';

export type NoticeKind =
  | 'wish_dispatched'
  | 'wish_claimed'
  | 'wish_completed'
  | 'order_new'
  | 'order_assigned'
  | 'points_credited'
  | 'wish_waiting'
  | 'wish_sent_back'
  | 'order_sent_back'
  // escalation (催办, 升级, 自动释放) and the weekly digest (周报), sent by the dispatch timer
  | 'wish_overdue'
  | 'order_overdue'
  | 'order_escalated'
  | 'claim_released'
  | 'weekly_digest';

export const NOTICES: Record<NoticeKind, { to: 'resident' | 'volunteer' | 'dispatcher' | 'staff'; placeholderTemplateId: string }> = {
  wish_dispatched: { to: 'resident', placeholderTemplateId: 'TPL_WISH_DISPATCHED' },
  wish_claimed: { to: 'resident', placeholderTemplateId: 'TPL_WISH_CLAIMED' },
  wish_completed: { to: 'resident', placeholderTemplateId: 'TPL_WISH_COMPLETED' },
  order_new: { to: 'volunteer', placeholderTemplateId: 'TPL_ORDER_NEW' },
  order_assigned: { to: 'volunteer', placeholderTemplateId: 'TPL_ORDER_ASSIGNED' },
  points_credited: { to: 'volunteer', placeholderTemplateId: 'TPL_POINTS_CREDITED' },
  wish_waiting: { to: 'dispatcher', placeholderTemplateId: 'TPL_WISH_WAITING' },
  wish_sent_back: { to: 'dispatcher', placeholderTemplateId: 'TPL_WISH_SENT_BACK' },
  order_sent_back: { to: 'volunteer', placeholderTemplateId: 'TPL_ORDER_SENT_BACK' },
  wish_overdue: { to: 'dispatcher', placeholderTemplateId: 'TPL_WISH_OVERDUE' },
  order_overdue: { to: 'volunteer', placeholderTemplateId: 'TPL_ORDER_OVERDUE' },
  // to the centre and the parent team's leaders
  order_escalated: { to: 'staff', placeholderTemplateId: 'TPL_ORDER_ESCALATED' },
  claim_released: { to: 'volunteer', placeholderTemplateId: 'TPL_CLAIM_RELEASED' },
  // to each dispatcher and team leader, once a week
  weekly_digest: { to: 'staff', placeholderTemplateId: 'TPL_WEEKLY_DIGEST' },
};

/** Page the weekly digest's notice opens (the dispatcher's area; a team leader opens it too). */
export const DIGEST_PAGE = 'dispatcher/pages/digest/index';

/** Page a dispatcher's notice opens: the workbench, on the tab the wish is in. */
export const WORKBENCH_PAGE = 'dispatcher/pages/queue/index';

const thing = (s: string) => ([...s].length > 20 ? [...s].slice(0, 19).join('') + '…' : s);

/** Template data for a notice about one wish: the category, a short status, and a hint. */
export function noticeData(
  kind: NoticeKind,
  wish: { category: Category } | null,
  extra: { points?: number; team?: string; back?: 'rating' | 'return'; reason?: string; week?: string } = {},
): Record<string, string> {
  const label = wish ? SERVICE_MENU[wish.category].label : '';
  switch (kind) {
    case 'wish_dispatched':
      return { thing1: thing(label), phrase2: '已派单', thing3: thing(extra.team ?? '志愿服务队') };
    case 'wish_claimed':
      return { thing1: thing(label), phrase2: '已接单', thing3: '志愿者将按约定时间上门' };
    case 'wish_completed':
      return { thing1: thing(label), phrase2: '待评价', thing3: '请为本次服务评分' };
    case 'order_new':
      return { thing1: thing(label), phrase2: '待接单', thing3: '点击进入接单大厅' };
    case 'order_assigned':
      return { thing1: thing(label), phrase2: '已指派', thing3: '队长把这一单交给了您' };
    // To the centre: the kind of help and what to do, never who or where (no name, phone or room).
    case 'wish_waiting':
      return { thing1: thing(label), phrase2: '待派单', thing3: '有新心愿，请到派单台派单' };
    case 'wish_sent_back':
      return {
        thing1: thing(label),
        phrase2: '待重派',
        thing3: extra.back === 'return' ? '服务队退回，请重新派单' : '居民评价不满意，请重新派单',
      };
    case 'points_credited':
      return { thing1: thing(label), number2: String(extra.points ?? 0), thing3: '积分已存入公益存折' };
    case 'order_sent_back':
      // The resident's reason, so the volunteer knows why; the hours are kept in the passbook.
      return { thing1: thing(label), phrase2: '已退回重办', thing3: thing(extra.reason ? `原因：${extra.reason}` : '居民评价不满意') };
    // Escalation: the kind of help and what to do, never who or where.
    case 'wish_overdue':
      return { thing1: thing(label), phrase2: '待派单', thing3: '心愿等待已超时，请尽快派单' };
    case 'order_overdue':
      return { thing1: thing(label), phrase2: '已超时', thing3: '这一单已超时无人接，请尽快接单' };
    case 'order_escalated':
      return { thing1: thing(label), phrase2: '已升级', thing3: '服务队超时未接单，请协调处理' };
    case 'claim_released':
      // The reason, so the volunteer knows why the order was taken back.
      return { thing1: thing(label), phrase2: '已收回', thing3: thing(extra.reason ?? '接单后未按时开始服务') };
    case 'weekly_digest':
      return { thing1: thing(`${extra.week ?? '本周'}服务周报`), phrase2: '已生成', thing3: '超时、重办、待评价等，点击查看' };
  }
}

// ── Visits (巡访) ───────────────────────────────────────────────────────────────────────────────
// "明天有巡访" to whoever is to make the visit, and the community's alert (联系不上 twice in a row, or
// visits missed). Neither names the elder, a phone or a room: the page behind the notice shows them
// to those who may see them.
export type VisitNoticeKind = 'visit_due' | 'visit_escalated';
export const VISIT_NOTICES: Record<VisitNoticeKind, { to: 'volunteer' | 'dispatcher'; placeholderTemplateId: string }> = {
  visit_due: { to: 'volunteer', placeholderTemplateId: 'TPL_VISIT_DUE' },
  visit_escalated: { to: 'dispatcher', placeholderTemplateId: 'TPL_VISIT_ESCALATED' },
};
/** The volunteer's list of visits (明天有巡访 opens it). */
export const MY_VISITS_PAGE = 'volunteer/pages/visits/index';

export function visitNoticeData(
  kind: VisitNoticeKind,
  extra: { kindLabel?: string; dueDate?: string; reason?: 'unreachable' | 'missed'; count?: number },
): Record<string, string> {
  if (kind === 'visit_due')
    return { thing1: thing(extra.kindLabel ?? '巡访'), date2: extra.dueDate ?? '', thing3: '明天有巡访，请按时联系老人' };
  return {
    thing1: extra.reason === 'unreachable' ? '老人连续两次联系不上' : thing(`${extra.count ?? 1}次巡访未按时完成`),
    phrase2: extra.reason === 'unreachable' ? '联系不上' : '巡访超时',
    thing3: '请社区尽快上门查看',
  };
}

// ── Activities (活动) ──────────────────────────────────────────────────────────────────────────
// The day-before reminder, a place freed for someone on the waiting list, an activity cancelled: the
// activity's title and time only (an organiser's text, checked when published), never who else comes.
export type ActivityNoticeKind = 'activity_reminder' | 'activity_promoted' | 'activity_cancelled';
export const ACTIVITY_NOTICES: Record<ActivityNoticeKind, { to: 'volunteer'; placeholderTemplateId: string }> = {
  activity_reminder: { to: 'volunteer', placeholderTemplateId: 'TPL_ACTIVITY_REMINDER' },
  activity_promoted: { to: 'volunteer', placeholderTemplateId: 'TPL_ACTIVITY_PROMOTED' },
  activity_cancelled: { to: 'volunteer', placeholderTemplateId: 'TPL_ACTIVITY_CANCELLED' },
};
/** The activity's page in the volunteers' package (the notice opens it with `?id=`). */
export const ACTIVITY_PAGE = 'volunteer/pages/activity/index';

/** `time` as WeChat's template keyword wants it: YYYY-MM-DD HH:mm in Beijing time. */
const beijing = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

export function activityNoticeData(kind: ActivityNoticeKind, a: { title: string; startAt: Date }): Record<string, string> {
  const hint = {
    activity_reminder: '明天有活动，请准时到场签到',
    activity_promoted: '候补转为报名成功，请准时参加',
    activity_cancelled: '活动已取消，感谢您的报名',
  }[kind];
  return { thing1: thing(a.title), time2: beijing(new Date(a.startAt)), thing3: hint };
}
