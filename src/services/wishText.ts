// How a wish reads on every page: labels for actions, actors, times, urgency, place, why it is back.
import { SERVICE_MENU, type Category } from '../domain/menu';
import type { Relation } from '../domain/wish/machine';
import type { Status } from '../domain/wish/states';
import type { WishView } from '../domain/wish/view';
import { serviceDayText } from '../domain/dueText';
import { describeDate } from './clock';

export type TimeWindowKey = 'morning' | 'afternoon' | 'evening' | 'any';

export const TIME_WINDOW_LABELS: Record<TimeWindowKey, string> = {
  morning: '上午',
  afternoon: '下午',
  evening: '晚上',
  any: '都可以',
};

export const URGENCY_LABELS = { normal: '普通', urgent: '紧急' } as const;

export function categoryLabel(category: Category): string {
  return SERVICE_MENU[category]?.label ?? '其他';
}

/** What happened at one history step, in plain words. */
const ACTION_LABELS: Record<string, string> = {
  dispatch: '中心已派单给服务队',
  reject: '中心未受理',
  cancel: '心愿已取消',
  claim: '志愿者已接单',
  assign: '队长已安排志愿者',
  release: '志愿者改派，等待重新接单',
  return: '服务队退回，中心重新派单',
  plan_visit: '志愿者约定了上门时间',
  check_in: '志愿者已上门，开始服务',
  complete: '服务完成',
  confirm_minutes: '队长已确认服务时长',
  rate: '已评价',
  close: '已办结',
  schedule_service_day: '已排进社区服务日',
  publish_to_wall: '中心已发布到社区微心愿墙，等待本社区志愿者认领',
  attach_activity: '中心已安排在社区服务日活动中办理',
  remind: '超时未处理，系统已催办',
  escalate: '超时无人接单，已升级至上级队伍和中心',
  auto_release: '接单后未按时开始服务，系统已收回，等待重新接单',
};

/** What one step says; a planned visit (约定上门) names its day and window: `约定上门：12月2日 周三 上午`. */
export function stepLabel(
  action: string,
  to: Status,
  visit?: WishView['preferredTime'],
  now: Date = new Date(),
  serviceDay?: string,
): string {
  if (action === 'rate' && to === 'reopened') return '评价不满意，中心将安排其他服务队重办';
  if (action === 'schedule_service_day' && serviceDay) return `已排进社区${serviceDayText(serviceDay)}`;
  if (action === 'plan_visit' && visit) return `约定上门：${preferredTimeLine(visit, now)}`;
  return ACTION_LABELS[action] ?? '状态更新';
}

const RELATION_LABELS: Record<Relation, string> = {
  owner: '居民',
  member: '志愿者',
  claimant: '志愿者',
  leader: '队长',
  dispatcher: '派单员',
  system: '系统',
  former: '志愿者',
  wall: '志愿者',
  attendee: '志愿者',
};

/** Who acted: 我, or a role, never a person's id. */
export function actorLabel(as: Relation, byMe: boolean): string {
  return byMe ? '我' : (RELATION_LABELS[as] ?? '系统');
}

/** `3-201` → `3-201室`; a room already written with 室 keeps it. */
const roomText = (room: string) => (room.endsWith('室') ? room : `${room}室`);

/**
 * Where the wish is, as staff read it: `翠湖小区 3栋2单元 · 3-201室`. The room only for whoever may
 * see it (the view leaves it out for a team member without the claim: `· 接单后可见门牌`); the
 * stairwell code only when the place is no longer in the reference data.
 */
export function placeText(wish: Pick<WishView, 'buildingId' | 'room' | 'place'>): string {
  const where = wish.place ? `${wish.place.estateName} ${wish.place.buildingName}` : `楼栋码 ${wish.buildingId}`;
  return `${where} · ${wish.room ? roomText(wish.room) : '接单后可见门牌'}`;
}

/** The dispatcher's note to the team (中心留言): the note of the latest 派单, if the view carries it. */
export function dispatchNote(wish: Pick<WishView, 'history'>): string | undefined {
  return [...wish.history].reverse().find((h) => h.action === 'dispatch')?.note;
}

/** The day and the time of day the resident asked for, as two parts: `11月23日 周六（明天）`, `上午`. */
export function preferredTimeText(time: WishView['preferredTime'], now: Date = new Date()): [string, string] {
  return [describeDate(time.date, now), TIME_WINDOW_LABELS[time.window]];
}

/** One line for a card: `12月2日 周三 上午`; a resident who did not mind when reads `12月2日 周三 时段不限`. */
export function preferredTimeLine(time: WishView['preferredTime'], now: Date = new Date()): string {
  return `${describeDate(time.date, now)} ${time.window === 'any' ? '时段不限' : TIME_WINDOW_LABELS[time.window]}`;
}

/**
 * Why a wish is back at the centre: the team's reason for returning it, or the resident's rating
 * that reopened it. Undefined for a fresh submission.
 */
export function backReason(wish: Pick<WishView, 'status' | 'history' | 'rating'>): string | undefined {
  if (wish.status !== 'returned' && wish.status !== 'reopened') return undefined;
  const last = [...wish.history].reverse().find((h) => h.to === wish.status);
  if (wish.status === 'returned') return `重办原因：服务队退回，${last?.note ? `「${last.note}」` : '未说明原因'}`;
  const stars = wish.rating ? `${wish.rating.stars}星` : '不满意';
  const words = last?.note ?? wish.rating?.comment;
  return `重办原因：居民评价${stars}${words ? `，「${words}」` : '，未写原因'}`;
}
