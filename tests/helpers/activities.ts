// An activity (活动) and sign-ups stored directly, as the contract (src/domain/activity/activity.ts)
// stores them: for the wish side's tests (folding wishes into an activity) before the `activity`
// function is in the same build.
import type { LocalCloud } from '../../localcloud';
import { signUpIdOf, type Activity, type SignUp } from '../../src/domain/activity/activity';

const HOUR = 3_600_000;
let n = 0;

/** A published service day of 金鼎社区 tomorrow, 3 hours long; `over` changes any field. */
export async function seedActivity(db: LocalCloud['db'], over: Partial<Activity> = {}): Promise<Activity> {
  n++;
  const now = Date.now();
  const a: Activity = {
    _id: `act-seed-${n}-${now.toString(36)}`,
    status: 'published',
    version: 1,
    title: '周六社区服务日',
    content: '理发、修小家电、量血压',
    services: ['repairs', 'haircut'],
    communityId: 'c-jinding',
    address: '金鼎社区文化广场',
    startAt: new Date(now + 24 * HOUR),
    endAt: new Date(now + 27 * HOUR),
    quota: 10,
    skills: [],
    signUpBy: new Date(now + 20 * HOUR),
    withdrawBy: new Date(now + 20 * HOUR),
    points: 10,
    sponsorId: 'sp-ximahe',
    organiser: 'demo-dispatcher',
    signedUp: 0,
    waiting: 0,
    waitSeq: 0,
    willCome: 0,
    wishIds: [],
    codeKey: 'seeded-key',
    createdAt: new Date(now),
    history: [],
    ...over,
  };
  await db.insert('activities', [a as unknown as Record<string, unknown>]);
  return a;
}

export async function seedSignUp(db: LocalCloud['db'], activityId: string, openid: string, status: SignUp['status']): Promise<void> {
  const s: SignUp = { _id: signUpIdOf(activityId, openid), activityId, openid, status, version: 1, signedUpAt: new Date(), history: [] };
  await db.insert('signups', [s as unknown as Record<string, unknown>]);
}
