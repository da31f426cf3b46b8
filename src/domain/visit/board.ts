// The visit board (巡访看板) and who sees what of an elder. The board is the community's: each elder's
// days since the last contact, the next due day and whether it is overdue (said in words, not only by
// colour), computed from "now" passed in. Personal data (name, phone, room, guardian) is for the
// community's staff and the elder's named volunteer; anyone else is told the elder does not exist.
import { keepsHouseholdsOf } from '../money/household';
import type { Grant } from '../org/grants';
import type { Role } from '../roles';
import { businessDate, businessDaysBetween } from '../time';
import { maskName } from '../wish/view';
import { ageOf, ELDER_TAG_LABELS, type Elder } from './elder';

/** staff: the community's helpers, dispatchers and the street's admins; volunteer: the named one. */
export type ElderAccess = 'staff' | 'volunteer' | 'none';

/** Who keeps a community's elders: the same people who keep its households (keepsHouseholdsOf). */
export const keepsEldersOf = keepsHouseholdsOf;

export function elderAccess(
  caller: { openid: string; roles: readonly Role[]; grants: readonly Grant[] },
  elder: Pick<Elder, 'communityId' | 'volunteerOpenid'>,
): ElderAccess {
  if (keepsEldersOf(caller.roles, caller.grants, elder.communityId)) return 'staff';
  return elder.volunteerOpenid && elder.volunteerOpenid === caller.openid ? 'volunteer' : 'none';
}

export type DueState = 'overdue' | 'today' | 'upcoming' | 'unplanned';

export interface Due {
  state: DueState;
  /** Days since the last contact (平安 or 需要帮助) that reached the elder; null: never reached yet. */
  daysSinceContact: number | null;
  /** The next due day (YYYY-MM-DD, business time); null when nothing is planned. */
  nextDue: string | null;
  /** Days past the due day (overdue), or until it (upcoming); 0 today. */
  days: number;
  /** The state in words, e.g. 「已逾期 3 天」「今天应访」「5 天后应访」「待排期」. */
  text: string;
}

export function dueOf(e: Pick<Elder, 'lastContactAt' | 'nextDueAt'>, now: Date): Due {
  const daysSinceContact = e.lastContactAt ? Math.max(0, businessDaysBetween(new Date(e.lastContactAt), now)) : null;
  if (!e.nextDueAt) return { state: 'unplanned', daysSinceContact, nextDue: null, days: 0, text: '待排期' };
  const due = new Date(e.nextDueAt);
  const ahead = businessDaysBetween(now, due);
  const nextDue = businessDate(due);
  if (ahead < 0) return { state: 'overdue', daysSinceContact, nextDue, days: -ahead, text: `已逾期 ${-ahead} 天` };
  if (ahead === 0) return { state: 'today', daysSinceContact, nextDue, days: 0, text: '今天应访' };
  return { state: 'upcoming', daysSinceContact, nextDue, days: ahead, text: `${ahead} 天后应访` };
}

/** 「3 天」「今天」「从未联系」: the board's 距上次联系 column. */
export const sinceText = (days: number | null): string => (days === null ? '从未联系' : days === 0 ? '今天' : `${days} 天`);

export const tagsText = (tags: Elder['tags']): string => tags.map((t) => ELDER_TAG_LABELS[t]).join('、');

/** An elder as the viewer may see them: staff and the named volunteer in full, anyone else masked and without contact. */
export function elderContact(e: Pick<Elder, 'name' | 'phone' | 'room' | 'guardian'>, access: ElderAccess) {
  if (access === 'none') return { name: maskName(e.name), masked: true as const };
  return {
    name: e.name,
    masked: false as const,
    room: e.room,
    ...(e.phone ? { phone: e.phone } : {}),
    ...(e.guardian ? { guardian: e.guardian } : {}),
  };
}

/** The board's row of one elder (no phone or guardian on the board: those are in the detail). */
export function boardRow(e: Elder, access: ElderAccess, now: Date) {
  const due = dueOf(e, now);
  return {
    elderId: e._id,
    name: access === 'none' ? maskName(e.name) : e.name,
    age: ageOf(e.birthYear, now),
    tags: e.tags,
    due,
    unreachableStreak: e.unreachableStreak ?? 0,
    escalated: !!e.escalatedAt,
    ...(e.lastOutcome ? { lastOutcome: e.lastOutcome } : {}),
  };
}
