// The demo's activities (活动), so `npm start` shows some: this Saturday's 免费理发 in 金鼎社区's square
// (published by the centre, two volunteers signed up, a few residents coming) and the Wednesday service day
// (社区服务日) of 乐修匠 in 青云社区, and a health check the Sunday after. Times are relative to "now", in
// business time (Asia/Shanghai); the documents are written as the `activity` function stores them.
import { createHash } from 'node:crypto';
import type { Database } from '../localcloud/store/database';
import type { Activity, SignUp, Turnout } from '../src/domain/activity/activity';
import { signUpIdOf, turnoutIdOf } from '../src/domain/activity/activity';
import { addDays, businessDate, businessDayStart } from '../src/domain/time';

interface Seed {
  id: string;
  title: string;
  content: string;
  services: Activity['services'];
  skills: Activity['skills'];
  communityId: string;
  address: string;
  /** 0 = Sunday … 6 = Saturday: the next such day (a week later when it is today). */
  weekday: number;
  plusWeeks?: number;
  start: [number, number];
  end: [number, number];
  quota: number;
  points: number;
  organiser: string;
  teamId?: string;
  signUps: string[];
  coming: string[];
}

export const DEMO_ACTIVITIES: readonly Seed[] = [
  {
    id: 'act-demo-haircut',
    title: '周六广场免费理发',
    content: '爱心理发师和志愿者在社区广场为老人免费理发，行动不便的老人可以请志愿者推轮椅来。',
    services: ['haircut'],
    skills: ['haircut'],
    communityId: 'c-jinding',
    address: '金鼎社区广场（大榕树下）',
    weekday: 6,
    start: [9, 0],
    end: [11, 30],
    quota: 6,
    points: 10,
    organiser: 'demo-dispatcher',
    signUps: ['demo-volunteer-2', 'demo-leader'],
    coming: ['demo-resident', 'demo-resident-2'],
  },
  {
    id: 'act-demo-service-day',
    title: '周三社区服务日：小家电义修',
    content: '乐修匠服务队在青云社区文明实践站义务维修小家电，居民可带电饭锅、台灯、收音机等来修。',
    services: ['repairs', 'health_check'],
    skills: ['repair'],
    communityId: 'c-qingyun',
    address: '青云社区新时代文明实践站',
    weekday: 3,
    start: [14, 30],
    end: [17, 0],
    quota: 4,
    points: 15,
    organiser: 'demo-leader',
    teamId: 't-lexiujiang',
    signUps: [],
    coming: [],
  },
  {
    id: 'act-demo-health',
    title: '健康义诊进社区',
    content: '社区卫生服务站医生免费量血压、测血糖，志愿者负责引导和登记。',
    services: ['health_check'],
    skills: ['health'],
    communityId: 'c-jinding',
    address: '金鼎社区居委会一楼',
    weekday: 0,
    plusWeeks: 1,
    start: [9, 0],
    end: [11, 0],
    quota: 3,
    points: 10,
    organiser: 'demo-dispatcher',
    signUps: [],
    coming: [],
  },
];

/** The next `weekday` after today (Shanghai), as the instant `hh:mm` of that day. */
function nextAt(now: Date, weekday: number, plusWeeks: number, [h, m]: [number, number]): Date {
  const today = businessDayStart(businessDate(now));
  const todayWeekday = new Date(businessDate(now) + 'T00:00:00Z').getUTCDay();
  const ahead = ((weekday - todayWeekday + 7) % 7 || 7) + plusWeeks * 7;
  return new Date(addDays(today, ahead).getTime() + (h * 60 + m) * 60_000);
}

export async function seedDemoActivities(db: Database, now: Date): Promise<void> {
  for (const s of DEMO_ACTIVITIES) {
    const startAt = nextAt(now, s.weekday, s.plusWeeks ?? 0, s.start);
    const endAt = nextAt(now, s.weekday, s.plusWeeks ?? 0, s.end);
    // Sign-up closes the evening before (18:00), or an hour before the start when that evening has passed.
    const eveningBefore = new Date(businessDayStart(businessDate(addDays(startAt, -1))).getTime() + 18 * 3_600_000);
    const signUpBy = eveningBefore.getTime() > now.getTime() ? eveningBefore : new Date(startAt.getTime() - 3_600_000);
    const activity: Activity = {
      _id: s.id,
      status: 'published',
      version: 1 + s.signUps.length + s.coming.length,
      title: s.title,
      content: s.content,
      services: s.services,
      communityId: s.communityId,
      address: s.address,
      startAt,
      endAt,
      quota: s.quota,
      skills: s.skills,
      signUpBy,
      withdrawBy: signUpBy,
      points: s.points,
      sponsorId: 'street-xmh',
      ...(s.teamId ? { teamId: s.teamId } : {}),
      organiser: s.organiser,
      signedUp: s.signUps.length,
      waiting: 0,
      waitSeq: 0,
      willCome: s.coming.length,
      wishIds: [],
      // Derived, not random: the committed demo folder (database/demo/store) must be reproducible.
      codeKey: createHash('sha256').update(`demo-activity:${s.id}`).digest('base64url'),
      createdAt: now,
      history: [{ at: now, by: s.organiser, as: 'organiser', action: 'publish', from: 'published', to: 'published' }],
    };
    await db.insert('activities', [{ ...activity }]);
    const signUps: SignUp[] = s.signUps.map((openid) => ({
      _id: signUpIdOf(s.id, openid),
      activityId: s.id,
      openid,
      status: 'signed_up',
      version: 1,
      signedUpAt: now,
      history: [{ at: now, by: openid, as: 'volunteer', action: 'sign_up', from: 'none', to: 'signed_up' }],
    }));
    if (signUps.length)
      await db.insert(
        'signups',
        signUps.map((u) => ({ ...u })),
      );
    const turnouts: Turnout[] = s.coming.map((openid) => ({ _id: turnoutIdOf(s.id, openid), activityId: s.id, at: now }));
    if (turnouts.length)
      await db.insert(
        'turnouts',
        turnouts.map((t) => ({ ...t })),
      );
  }
}
