// A visit order (巡访单): one phone call or home visit to one elder, due on one day, created ahead of
// time by the scheduler for the elder's named volunteer or the community's team.
//
//   planned ─record(平安 / 需要帮助 / 联系不上)─▶ done
//      └──── past due + grace (timer) ─▶ missed  (escalates to the community)

export const VISIT_KINDS = ['call', 'home'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];
export const VISIT_KIND_LABELS: Record<VisitKind, string> = { call: '电话问候', home: '上门巡访' };

export const VISIT_OUTCOMES = ['safe', 'needs_help', 'unreachable'] as const;
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number];
export const VISIT_OUTCOME_LABELS: Record<VisitOutcome, string> = { safe: '平安', needs_help: '需要帮助', unreachable: '联系不上' };

export const VISIT_STATUSES = ['planned', 'done', 'missed'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

export interface VisitOrder {
  /** visitIdOf(elderId, kind, dueDate): the same plan slot can never be created twice. */
  _id: string;
  elderId: string;
  communityId: string;
  kind: VisitKind;
  /** Business day it is due (YYYY-MM-DD) and the instant it becomes overdue (end of that day, Asia/Shanghai). */
  dueDate: string;
  dueAt: Date;
  /** Who is to make it: the named volunteer, else the community's team (any active member). */
  volunteerOpenid?: string;
  teamId?: string;
  status: VisitStatus;
  version: number;
  createdAt: Date;
  outcome?: VisitOutcome;
  note?: string;
  doneAt?: Date;
  doneBy?: string;
  /** A need turned into a wish in one step (filed for the elder, as by a 帮办员). */
  wishId?: string;
  /** Set when a reminder ("a visit due tomorrow") was sent, so a rerun sends none. */
  remindedAt?: Date;
  history: Array<{ at: Date; by: string; action: string; from: VisitStatus; to: VisitStatus; note?: string }>;
}

export const visitIdOf = (elderId: string, kind: VisitKind, dueDate: string) => `${elderId}:${kind}:${dueDate}`;
