// How a wish reads to the resident: labels for actions, actors, times, urgency.
import { SERVICE_MENU, type Category } from '../domain/menu';
import type { Relation } from '../domain/wish/machine';
import type { Status } from '../domain/wish/states';

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
  check_in: '志愿者已上门，开始服务',
  complete: '服务完成',
  rate: '已评价',
  close: '已办结',
};

export function stepLabel(action: string, to: Status): string {
  if (action === 'rate' && to === 'reopened') return '评价不满意，中心将安排其他服务队重办';
  return ACTION_LABELS[action] ?? '状态更新';
}

const RELATION_LABELS: Record<Relation, string> = {
  owner: '居民',
  team_member: '志愿者',
  claimant: '志愿者',
  team_leader: '队长',
  dispatcher: '派单员',
  system: '系统',
};

/** Who acted: 我, or a role, never a person's id. */
export function actorLabel(as: Relation, byMe: boolean): string {
  return byMe ? '我' : RELATION_LABELS[as] ?? '系统';
}
