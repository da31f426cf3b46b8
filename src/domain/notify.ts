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
  | 'order_sent_back';

export const NOTICES: Record<NoticeKind, { to: 'resident' | 'volunteer' | 'dispatcher'; placeholderTemplateId: string }> = {
  wish_dispatched: { to: 'resident', placeholderTemplateId: 'TPL_WISH_DISPATCHED' },
  wish_claimed: { to: 'resident', placeholderTemplateId: 'TPL_WISH_CLAIMED' },
  wish_completed: { to: 'resident', placeholderTemplateId: 'TPL_WISH_COMPLETED' },
  order_new: { to: 'volunteer', placeholderTemplateId: 'TPL_ORDER_NEW' },
  order_assigned: { to: 'volunteer', placeholderTemplateId: 'TPL_ORDER_ASSIGNED' },
  points_credited: { to: 'volunteer', placeholderTemplateId: 'TPL_POINTS_CREDITED' },
  wish_waiting: { to: 'dispatcher', placeholderTemplateId: 'TPL_WISH_WAITING' },
  wish_sent_back: { to: 'dispatcher', placeholderTemplateId: 'TPL_WISH_SENT_BACK' },
  order_sent_back: { to: 'volunteer', placeholderTemplateId: 'TPL_ORDER_SENT_BACK' },
};

/** Page a dispatcher's notice opens: the workbench, on the tab the wish is in. */
export const WORKBENCH_PAGE = 'dispatcher/pages/queue/index';

const thing = (s: string) => ([...s].length > 20 ? [...s].slice(0, 19).join('') + '…' : s);

/** Template data for a notice about one wish: the category, a short status, and a hint. */
export function noticeData(
  kind: NoticeKind,
  wish: { category: Category },
  extra: { points?: number; team?: string; back?: 'rating' | 'return'; reason?: string } = {},
): Record<string, string> {
  const label = SERVICE_MENU[wish.category].label;
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
