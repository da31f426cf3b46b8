// The centre's workbench (派单台): which wishes each tab holds, in which order, and what a search
// box entry asks for. Pure: the function turns a filter into one index-served query.
import { AT_CENTRE, SERVING, statusesIn, type Status } from './states';

export const QUEUE_TABS = ['waiting', 'dispatched', 'serving', 'overdue', 'sent_back', 'ended'] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];

export const QUEUE_TAB_LABELS: Record<QueueTab, string> = {
  waiting: '待派单',
  dispatched: '已派单',
  serving: '服务中',
  overdue: '已超时',
  sent_back: '重办/退回',
  ended: '已结束',
};

interface TabRule {
  statuses: readonly Status[];
  /** Only wishes past their due time (the tab 已超时). */
  overdue?: true;
  /** By due time: the most pressing first while open; the latest first once ended. */
  order: 'asc' | 'desc';
}

export const QUEUE_TAB_RULES: Record<QueueTab, TabRule> = {
  waiting: { statuses: AT_CENTRE, order: 'asc' },
  dispatched: { statuses: ['dispatched'], order: 'asc' },
  serving: { statuses: SERVING, order: 'asc' },
  overdue: { statuses: statusesIn('open'), overdue: true, order: 'asc' },
  sent_back: { statuses: ['reopened', 'returned'], order: 'asc' },
  ended: { statuses: ['rated', 'closed', 'rejected', 'cancelled'], order: 'desc' },
};

/** Tabs whose size the workbench shows (on page 0). 已结束 is left out: it only grows. */
export const COUNTED_TABS = ['waiting', 'dispatched', 'serving', 'overdue', 'sent_back'] as const satisfies readonly QueueTab[];
export type CountedTab = (typeof COUNTED_TABS)[number];

/**
 * A tab's count is exact up to this and reads 「99+」 beyond: the count then costs at most this many
 * index entries per tab, however much work piles up.
 */
export const COUNT_CAP = 99;

/** 「12」, or 「99+」 for a count above the cap. */
export const countLabel = (n: number): string => (n > COUNT_CAP ? `${COUNT_CAP}+` : String(n));

/** What one entry in the search box looks for: a phone's last 4 digits, a stairwell code, or words of the description. */
export type QueueSearch = { by: 'phoneTail'; value: string } | { by: 'building'; value: string } | { by: 'text'; value: string };

/** A stairwell code as printed under its QR code (`B-0012`; `b0012` is read the same way). */
const BUILDING_CODE = /^([A-Za-z])-?(\d{2,8})$/;

export function parseQueueSearch(raw: string): QueueSearch | undefined {
  const q = raw.trim();
  if (q === '') return undefined;
  if (/^\d{4}$/.test(q)) return { by: 'phoneTail', value: q };
  const code = BUILDING_CODE.exec(q);
  if (code) return { by: 'building', value: `${code[1].toUpperCase()}-${code[2]}` };
  return { by: 'text', value: q };
}

/** The phone's last 4 digits, stored on the wish at submit so the workbench can find it by them (index). */
export const phoneTailOf = (phone: string): string => phone.slice(-4);

export interface QueueFilter {
  statuses: Status[];
  /** Due before this instant (已超时). */
  dueBefore?: Date;
  order: 'asc' | 'desc';
  search?: QueueSearch;
  /** A community dispatcher's communities (absent: the whole street). */
  communities?: string[];
}

/**
 * The whole filter of one workbench request; `now` decides what is overdue; `communities` is where the
 * dispatcher acts ('all' for a street dispatcher; see dispatcherCommunities).
 */
export function queueFilter(
  tab: QueueTab,
  search: string | undefined,
  now: Date,
  communities: 'all' | readonly string[] = 'all',
): QueueFilter {
  const rule = QUEUE_TAB_RULES[tab];
  const parsed = search === undefined ? undefined : parseQueueSearch(search);
  return {
    statuses: [...rule.statuses],
    ...(rule.overdue ? { dueBefore: now } : {}),
    order: rule.order,
    ...(parsed ? { search: parsed } : {}),
    ...(communities === 'all' ? {} : { communities: [...communities] }),
  };
}

/** Regular-expression text that matches `s` literally (the description search). */
export const literalPattern = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
