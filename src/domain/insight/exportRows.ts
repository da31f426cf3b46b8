// 导出: one document (with the names the function looked up) → one row keyed by the Chinese headers of
// src/domain/insight/exports.ts. Pure: instants are written in China time (chinaDateTime), labels are
// the product's own (statuses, the menu, the ledger's categories). Masking happens later (cellsOf).
import type { Activity, ActivityStatus } from '../activity/activity';
import { CATEGORY_LABELS, SERVICE_KINDS, type JournalEntry, type JournalKind } from '../bank/ledger';
import { movesOf } from '../bank/posting';
import { chinaDateTime } from '../bank/window';
import { SERVICE_MENU } from '../menu';
import type { VisitOrder, VisitStatus } from '../visit/order';
import { VISIT_KIND_LABELS, VISIT_OUTCOME_LABELS } from '../visit/order';
import { countedMinutes } from '../wish/service';
import { STATUS_LABELS } from '../wish/states';
import type { Wish } from '../wish/wish';
import { hoursText, type ExportRow } from './exports';

/** Names the function looked up for a chunk: ids → what a person reads. */
export interface Names {
  community: (id: string) => string;
  place: (buildingId: string) => string;
  team: (id: string | undefined) => string;
  person: (openid: string | undefined) => string;
}

const time = (at: Date | string | undefined) => (at ? chinaDateTime(new Date(at)) : '');

export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = {
  published: '报名中',
  closing: '结算中',
  closed: '已结束',
  cancelled: '已取消',
};
export const VISIT_STATUS_LABELS: Record<VisitStatus, string> = { planned: '待巡访', done: '已完成', missed: '已错过' };

export function wishRow(w: Wish, n: Names): ExportRow {
  return {
    编号: w._id,
    提交时间: time(w.createdAt),
    社区: n.community(w.communityId),
    楼栋: n.place(w.buildingId),
    门牌: w.room,
    联系人: w.contact.name,
    联系电话: w.contact.phone,
    类别: SERVICE_MENU[w.category]?.label ?? w.category,
    状态: STATUS_LABELS[w.status] ?? w.status,
    队伍: n.team(w.teamId),
    认领人: w.claimant ? n.person(w.claimant) : '',
    完成时间: time(w.completion?.at),
    '服务时长(分钟)': w.completion ? String(countedMinutes(w.completion)) : '',
    评分: w.rating ? String(w.rating.stars) : '',
  };
}

export function activityRow(a: Activity, attended: number, n: Names): ExportRow {
  return {
    编号: a._id,
    标题: a.title,
    社区: n.community(a.communityId),
    地点: a.address,
    开始时间: time(a.startAt),
    结束时间: time(a.endAt),
    状态: ACTIVITY_STATUS_LABELS[a.status] ?? a.status,
    名额: String(a.quota),
    报名人数: String(a.signedUp),
    到场人数: String(attended),
    积分: String(a.points),
  };
}

export interface ElderFacts {
  name: string;
  room: string;
  phone?: string;
}

export function visitRow(v: VisitOrder, elder: ElderFacts | undefined, n: Names): ExportRow {
  return {
    编号: v._id,
    老人: elder?.name ?? '',
    门牌: elder?.room ?? '',
    电话: elder?.phone ?? '',
    社区: n.community(v.communityId),
    方式: VISIT_KIND_LABELS[v.kind] ?? v.kind,
    应访日期: v.dueDate,
    完成时间: time(v.doneAt),
    状态: VISIT_STATUS_LABELS[v.status] ?? v.status,
    结果: v.outcome ? VISIT_OUTCOME_LABELS[v.outcome] : '',
    巡访人: v.doneBy ? n.person(v.doneBy) : v.volunteerOpenid ? n.person(v.volunteerOpenid) : n.team(v.teamId),
  };
}

export const KIND_LABELS: Record<JournalKind, string> = {
  service_credit: '服务积分',
  service_hours: '服务时长',
  service_award: '中心补发',
  budget_grant: '预算拨付',
  reversal: '冲正',
  bonus: '奖励积分',
  office_grant: '网点拨付',
  redemption_hold: '兑换预留',
  redemption_release: '预留退回',
  redemption: '兑换核销',
  activity_credit: '活动积分',
};

/** 存折 张三, 出资方 s-gov…: an account as the ledger's reader knows it. */
export function accountText(account: string, n: Names): string {
  const [kind, ...rest] = account.split(':');
  const id = rest.join(':');
  if (kind === 'passbook') return `存折 ${n.person(id)}`;
  const label: Record<string, string> = { sponsor: '出资方', issuer: '总行', merchant: '商户', hold: '预留', office: '网点' };
  return `${label[kind ?? ''] ?? kind} ${id}`;
}

export function ledgerRow(e: JournalEntry, n: Names): ExportRow {
  const from = e.lines.filter((l) => l.points < 0);
  const to = e.lines.filter((l) => l.points > 0);
  return {
    时间: time(e.at),
    编号: e._id,
    类型: KIND_LABELS[e.kind] ?? e.kind,
    类别: CATEGORY_LABELS[e.category] ?? e.category,
    转出: from.map((l) => accountText(l.account, n)).join('；'),
    转入: to.map((l) => accountText(l.account, n)).join('；'),
    积分: String(to.reduce((s, l) => s + l.points, 0)),
    '服务时长(分钟)': e.minutes ? String(e.minutes) : '',
    关联: e.wishId ?? e.activityId ?? e.reservationId ?? e.reverses ?? '',
    说明: e.reason,
  };
}

/** Each volunteer's minutes and services so far: openid → [minutes, count]. Kept with the job between chunks. */
export type HoursTally = Record<string, [number, number]>;

/** Adds one `service` entry: its minutes to every passbook it moves, one service for a credited service. */
export function tallyHours(tally: HoursTally, e: Pick<JournalEntry, 'kind' | 'lines' | 'minutes'>): HoursTally {
  for (const [account, move] of movesOf(e)) {
    if (!account.startsWith('passbook:')) continue;
    const openid = account.slice('passbook:'.length);
    const [minutes, count] = tally[openid] ?? [0, 0];
    tally[openid] = [minutes + move.minutes, count + (SERVICE_KINDS.has(e.kind) ? 1 : 0)];
  }
  return tally;
}

export interface VolunteerFacts {
  name: string;
  phone: string;
  communityId: string;
  teams: string;
}

/** One row per volunteer with hours, most minutes first (then by openid, so the file is stable). */
export function hoursRows(tally: HoursTally, facts: (openid: string) => VolunteerFacts | undefined, n: Names): ExportRow[] {
  return Object.entries(tally)
    .sort(([a, x], [b, y]) => y[0] - x[0] || (a < b ? -1 : 1))
    .map(([openid, [minutes, count]]) => {
      const v = facts(openid);
      return {
        志愿者: v?.name ?? n.person(openid),
        联系电话: v?.phone ?? '',
        社区: v ? n.community(v.communityId) : '',
        队伍: v?.teams ?? '',
        '服务时长(小时)': hoursText(minutes),
        次数: String(count),
      };
    });
}
