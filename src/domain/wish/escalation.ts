// The system's own steps on a wish (催办, 升级, 自动释放), decided from the wish, "now" and the
// `escalation` setting alone, so the dispatch timer (cloudfunctions/dispatch/sweep.ts) only loads and
// persists. A step is taken once: its marker field (remindedAt, escalatedAt) or the status it leaves
// makes a rerun, or a late run after downtime, find nothing more to do until the next step is due.
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import * as z from 'zod';
import { addHours, BUSINESS_TZ } from '../time';
import { AT_CENTRE, type Status } from './states';
import type { Wish } from './wish';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The thresholds an admin may change (公益银行 → 积分规则, card 催办与升级). */
export const EscalationSettings = z.strictObject({
  /** A wish waiting at the centre this long is not dispatched in time: the dispatchers are reminded. */
  remindAfterHours: z.number().int().min(1).max(168),
  /** A reminder (at the centre, or an escalated order still unclaimed) is repeated this often. */
  remindEveryHours: z.number().int().min(1).max(168),
  /** A claim not started (no check-in) this long goes back to the team's pool. */
  releaseAfterHours: z.number().int().min(1).max(720),
  /** The weekly digest: a member with no service in this many days is idle. */
  idleDays: z.number().int().min(1).max(365),
});
export type EscalationSettings = z.infer<typeof EscalationSettings>;

export const ESCALATION_DEFAULTS: EscalationSettings = { remindAfterHours: 4, remindEveryHours: 24, releaseAfterHours: 48, idleDays: 30 };

/** The history actions of the system's steps (rows of WISH_LIFECYCLE, by `system`). */
export type SystemStep = 'remind' | 'escalate' | 'auto_release';

export interface DueStep {
  step: SystemStep;
  /** Who is told: the centre (dispatchers), the team (and, on escalation, the parent team's leaders), the volunteer. */
  tell: ReadonlyArray<'centre' | 'team' | 'parent' | 'claimant'>;
  /** Why, in Chinese: the history entry's note, which the volunteer and the centre read. */
  reason: string;
}

type Swept = Pick<
  Wish,
  'status' | 'createdAt' | 'dueAt' | 'history' | 'claimedAt' | 'plannedVisit' | 'checkedInAt' | 'remindedAt' | 'escalatedAt'
>;

const time = (d: Date | string) => new Date(d).getTime();

/** When the wish came into its present status (the last history entry that led there), else when it was filed. */
export function arrivedAt(wish: Pick<Wish, 'status' | 'createdAt' | 'history'>): Date {
  const last = [...wish.history].reverse().find((h) => h.to === wish.status && h.from !== h.to);
  return new Date(last?.at ?? wish.createdAt);
}

/** The end of a business day (`YYYY-MM-DD`, Asia/Shanghai): midnight that starts the next day. */
export const endOfBusinessDay = (date: string): Date => dayjs.tz(date, BUSINESS_TZ).add(1, 'day').toDate();

/**
 * When a claim counts as idle from: the claim, or the end of a planned visit's day (约定上门) when that
 * is later, so a visit agreed for next Friday is not released before it.
 */
export function idleSince(wish: Pick<Wish, 'claimedAt' | 'plannedVisit'>): Date | undefined {
  if (!wish.claimedAt) return undefined;
  const claimed = new Date(wish.claimedAt);
  if (!wish.plannedVisit) return claimed;
  const end = endOfBusinessDay(wish.plannedVisit.date);
  return end > claimed ? end : claimed;
}

/** The last reminder of this stint (a reminder before `since` belongs to an earlier one). */
const remindedSince = (wish: Swept, since: Date) =>
  wish.remindedAt && time(wish.remindedAt) >= since.getTime() ? new Date(wish.remindedAt) : undefined;

/**
 * The automatic step a wish needs at `now` (none, or one): remind the centre of a wish not dispatched
 * in time; escalate an order dispatched but unclaimed past its due time (to the parent team and the
 * centre), then remind again; give back a claim not started within the set time. One step per run: a
 * run late after downtime takes it once, never once per missed interval.
 */
export function dueSteps(wish: Swept, now: Date, s: EscalationSettings): DueStep[] {
  const at = now.getTime();
  if ((AT_CENTRE as Status[]).includes(wish.status)) {
    const since = arrivedAt(wish);
    const last = remindedSince(wish, since);
    const due = last ? addHours(last, s.remindEveryHours) : addHours(since, s.remindAfterHours);
    if (at < due.getTime()) return [];
    const waited = Math.floor((at - since.getTime()) / 3_600_000);
    return [{ step: 'remind', tell: ['centre'], reason: `到中心已${waited}小时仍未派单，已提醒派单员` }];
  }
  if (wish.status === 'dispatched') {
    if (at < time(wish.dueAt)) return [];
    if (!wish.escalatedAt)
      return [{ step: 'escalate', tell: ['centre', 'team', 'parent'], reason: '已过完成时限仍无人接单，已升级至上级队伍和中心' }];
    const escalated = new Date(wish.escalatedAt);
    const last = remindedSince(wish, escalated) ?? escalated;
    if (at < addHours(last, s.remindEveryHours).getTime()) return [];
    return [{ step: 'remind', tell: ['centre', 'team'], reason: '已超时仍无人接单，已再次提醒服务队和中心' }];
  }
  if (wish.status === 'claimed' && !wish.checkedInAt) {
    const since = idleSince(wish);
    if (!since || at < addHours(since, s.releaseAfterHours).getTime()) return [];
    const reason = wish.plannedVisit
      ? `约定上门日过后${s.releaseAfterHours}小时仍未签到，系统已收回这一单，等待重新接单`
      : `接单后${s.releaseAfterHours}小时仍未开始服务，系统已收回这一单，等待重新接单`;
    return [{ step: 'auto_release', tell: ['claimant', 'team'], reason }];
  }
  return [];
}
