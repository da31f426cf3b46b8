// The elderly visit programme (巡访): the registry of residents aged 60+ that community staff keep,
// with the consent under which they are kept. Personal data (name, phone, room, guardian) is seen only
// by the community's staff and the elder's named volunteer; everyone else sees tags and dates.
import type { VisitOutcome } from './order';

/** 独居, 空巢, 留守, 孤寡, 困难, 残疾 (seed 000). */
export const ELDER_TAGS = ['alone', 'empty_nest', 'left_behind', 'childless', 'poor', 'disabled'] as const;
export type ElderTag = (typeof ELDER_TAGS)[number];

export const ELDER_TAG_LABELS: Record<ElderTag, string> = {
  alone: '独居',
  empty_nest: '空巢',
  left_behind: '留守',
  childless: '孤寡',
  poor: '困难',
  disabled: '残疾',
};

/** The registry is for residents aged 60 and over. */
export const MIN_ELDER_AGE = 60;

/** How the elder (or their guardian) agreed to be registered: a signed form, or told in person. */
export const CONSENT_WAYS = ['signed', 'verbal', 'guardian'] as const;
export type ConsentWay = (typeof CONSENT_WAYS)[number];

export const CONSENT_WAY_LABELS: Record<ConsentWay, string> = { signed: '本人签字', verbal: '本人口头同意', guardian: '监护人代签' };

export interface Elder {
  _id: string;
  communityId: string;
  buildingId: string;
  room: string;
  name: string;
  birthYear: number;
  tags: ElderTag[];
  /** The elder's own phone; absent when they have none. */
  phone?: string;
  guardian?: { name: string; phone: string; relation?: string };
  /** 定点到人: the named volunteer (an openid); without one, visits go to the community's team. */
  volunteerOpenid?: string;
  /** The community's visiting team when there is no named volunteer. */
  teamId?: string;
  consent: { way: ConsentWay; at: Date; by: string; note?: string };
  /** false: moved away, passed away, withdrew consent — kept for the record, never scheduled. */
  active: boolean;
  /** Why and by whom the elder left the registry (set with `active: false`). */
  retired?: { reason: string; at: Date; by: string };
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  // Maintained by the scheduler and by recorded outcomes (the board reads these, index-served):
  /** The last call or visit that reached the elder (平安 or 需要帮助). */
  lastContactAt?: Date;
  lastOutcome?: VisitOutcome;
  /** The earliest due time of the elder's planned visits (the board sorts on it: overdue first). */
  nextDueAt?: Date;
  /** 联系不上 in a row; two escalate to the community at once. */
  unreachableStreak: number;
  /** When the community was last alerted about this elder (unreachable twice, or a missed visit). */
  escalatedAt?: Date;
}

/** Age in the business year of `now` (the registry keeps the birth year only). */
export function ageOf(birthYear: number, now: Date): number {
  const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now));
  return year - birthYear;
}
