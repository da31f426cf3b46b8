// The `activity` function as the pages call it (活动): one typed call per action, through the one call
// layer. The pages' words for what comes back are in ./activityText.ts.
import type { ActionInput, ActionOutput } from '../domain/schemas';
import { call } from './index';

export type ActivityCard = ActionOutput<'activity', 'list'>['items'][number];
export type ActivityDetail = ActionOutput<'activity', 'detail'>;
export type RosterRow = NonNullable<ActivityDetail['roster']>[number];
export type ActivityWish = ActivityDetail['wishes'][number];
export type UpcomingItem = ActionOutput<'activity', 'upcoming'>['items'][number];
export type CheckInCode = ActionOutput<'activity', 'code'>;
export type PublishFields = Omit<ActionInput<'activity', 'publish'>, 'action'>;
export type ListScope = ActionInput<'activity', 'list'>['scope'];

export const listActivities = (scope: ListScope, page: number, communityId?: string) =>
  call('activity', { action: 'list', scope, page, ...(communityId ? { communityId } : {}) });

export const activityDetail = (activityId: string) => call('activity', { action: 'detail', activityId });

export const publishActivity = (fields: PublishFields) => call('activity', { action: 'publish', ...fields });

export const signUp = (activityId: string) => call('activity', { action: 'sign_up', activityId });

export const withdraw = (activityId: string) => call('activity', { action: 'withdraw', activityId });

export const checkInCode = (activityId: string) => call('activity', { action: 'code', activityId });

/** The QR's text (a camera scan) or the six digits typed on the activity's page. */
export const scanCode = (code: string, activityId?: string) =>
  call('activity', { action: 'scan', code, ...(activityId ? { activityId } : {}) });

export const correctTimes = (fields: Omit<ActionInput<'activity', 'correct_times'>, 'action'>) =>
  call('activity', { action: 'correct_times', ...fields });

export const closeActivity = (activityId: string) => call('activity', { action: 'close', activityId });

export const cancelActivity = (activityId: string, reason: string) => call('activity', { action: 'cancel', activityId, reason });

export const upcomingActivities = (communityId: string, page: number) => call('activity', { action: 'upcoming', communityId, page });

export const willCome = (activityId: string, coming: boolean) => call('activity', { action: 'will_come', activityId, coming });

export type CorrectResult = Awaited<ReturnType<typeof correctTimes>>;
