// The hourly timer (:30): the day-before reminder (活动提醒) to everyone with a place, once per
// activity (remindedAt set by compare-and-set: only the run that set it sends); the waiting list
// moving up where places are free, before the start (catch-up for a promotion that failed after a withdrawal); and
// closings a crash left half done.
import { ok, type Result } from '../../src/domain/errors';
import { dueForReminder, promotionOpen } from '../../src/domain/activity/rules';
import { activityNoticeData, ACTIVITY_PAGE } from '../../src/domain/notify';
import { closingOnes, markReminded, signUpsIn, startingBetween, withWaiting } from '../_lib/collections/activities';
import type { Deps } from '../_lib/context';
import { notify } from '../_lib/notify';
import { finishClosing } from './close';
import { promoteWaiting } from './join';

const BATCH = 100;
const DAY = 24 * 3_600_000;

export async function runTimer(deps: Deps, now: Date): Promise<Result<{ reminded: number; promoted: number; closed: number }>> {
  const { db } = deps;
  let reminded = 0;
  for (const a of await startingBetween(db, now, new Date(now.getTime() + DAY), BATCH)) {
    if (!dueForReminder(a, now)) continue;
    if (!(await markReminded(db, a._id, now))) continue;
    const data = activityNoticeData('activity_reminder', a);
    const going = await signUpsIn(db, a._id, ['signed_up']);
    await Promise.all(
      going.map((s) => notify(deps.cloud, 'activity', s.openid, 'activity_reminder', data, `${ACTIVITY_PAGE}?id=${a._id}`)),
    );
    reminded += going.length;
  }
  let promoted = 0;
  for (const a of await withWaiting(db, BATCH))
    if (a.signedUp < a.quota && promotionOpen(a, now)) promoted += await promoteWaiting(deps, a._id, now);
  let closed = 0;
  for (const a of await closingOnes(db, BATCH)) if ((await finishClosing(deps, a, 'system', now)).ok) closed++;
  return ok({ reminded, promoted, closed });
}
