// The names the wish lifecycle speaks in: its actions, who can act, and the history entry each leaves.
import type { Entry } from '../lifecycle';
import type { Status } from './states';
import type { PlannedVisit } from './service';

/**
 * How the actor relates to this wish (computed by `relationsOf`), or a role that acts on any wish.
 * `former`: served it before the resident sent it back (重办); may read it, never act on it.
 * `wall`: a registered volunteer of the community of a wish on its wall (微心愿墙); `attendee`: signed up
 * to (or checked in at) the activity the wish is folded into.
 */
export const RELATIONS = ['owner', 'member', 'leader', 'claimant', 'dispatcher', 'system', 'former', 'wall', 'attendee'] as const;
export type Relation = (typeof RELATIONS)[number];

export const WISH_ACTIONS = [
  'dispatch',
  'reject',
  'cancel',
  'claim',
  'assign',
  'release',
  'return',
  'plan_visit',
  'check_in',
  'complete',
  'confirm_minutes',
  'rate',
  'close',
  'schedule_service_day',
  // 微心愿墙 and the service day's activity: the centre publishes a wish to the wall or folds it into an activity
  'publish_to_wall',
  'attach_activity',
  // the dispatch timer's own steps (src/domain/wish/escalation.ts): 催办, 升级, 自动释放
  'remind',
  'escalate',
  'auto_release',
] as const;
export type WishAction = (typeof WISH_ACTIONS)[number];

/** A rating at or below this sends the wish back to the centre for another team (重办). */
export const REOPEN_AT_OR_BELOW = 2;

/**
 * One step of a wish's history; a rating records its stars and whether a 帮办员 gave it for the elder,
 * a leader's confirmation the minutes, a planned visit (约定上门) its day and time window, a wish put
 * into the weekly service day (服务日) that day.
 */
export type HistoryEntry = Entry<WishAction, Status, Relation> & {
  stars?: number;
  minutes?: number;
  onBehalf?: boolean;
  visit?: PlannedVisit;
  /** schedule_service_day: the service day (YYYY-MM-DD) the wish was put into. */
  serviceDay?: string;
  /** attach_activity: the activity the wish was folded into. */
  activityId?: string;
};
