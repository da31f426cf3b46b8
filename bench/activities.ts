// Bench: activities (活动) through the built `activity` function in a local cloud. Database requests
// per sign-up against user.whoami's; N concurrent sign-ups by distinct registered volunteers for one
// activity through the browser gateway (half the quota: the rest join the waiting list) — calls/s
// against N concurrent whoami calls in the same run, and the counters checked against the documents;
// documents examined by `upcoming` and `list community` with ~1,000 activities over 10 communities.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalCloud, type LocalCloud } from '../localcloud';
import { seedDemo } from '../scripts/demo-data';
import { burst, requestsOf } from './redeem';
import { median, ratio } from './stats';

const ROUNDS = 20;
const CONCURRENT = Number(process.env.BENCH_SIGNUPS ?? 200);
const COMMUNITIES = 10;
const PER_COMMUNITY = 100;
const HOUR = 3_600_000;

async function volunteers(cloud: LocalCloud, ids: string[], communityId = 'c-jinding'): Promise<void> {
  const now = new Date();
  await cloud.db.insert(
    'users',
    ids.map((_id) => ({ _id, roles: ['resident', 'volunteer'], grants: [], createdAt: now })),
  );
  await cloud.db.insert(
    'volunteers',
    ids.map((_id) => ({ _id, name: '压测志愿者', phone: '13800009999', skills: [], communityId, partyMember: false, createdAt: now })),
  );
}

async function publish(cloud: LocalCloud, requestId: string, quota: number): Promise<string> {
  const at = (h: number) => new Date(Date.now() + h * HOUR).toISOString();
  const event = {
    action: 'publish',
    requestId,
    title: '压测活动',
    content: '压测用的社区服务活动',
    services: ['haircut'],
    communityId: 'c-jinding',
    address: '中心广场',
    startAt: at(48),
    endAt: at(51),
    quota,
    skills: [],
    signUpBy: at(24),
    points: 10,
  };
  return (await requestsOf(cloud, 'demo-dispatcher', 'activity', event)).data.activityId as string;
}

/** ~1,000 stored activities over 10 communities: per community 50 closed, 10 ended but not closed, 40 coming. */
async function manyActivities(cloud: LocalCloud): Promise<void> {
  const docs: Record<string, unknown>[] = [];
  const now = Date.now();
  for (let c = 0; c < COMMUNITIES; c++)
    for (let i = 0; i < PER_COMMUNITY; i++) {
      const start = i < 60 ? now - (i + 1) * 24 * HOUR : now + (i - 59) * 24 * HOUR;
      docs.push({
        _id: `bench-act-${c}-${i}`,
        status: i < 50 ? 'closed' : 'published',
        version: 1,
        title: `活动${i}`,
        content: '压测',
        services: ['haircut'],
        communityId: `c-bench-${c}`,
        address: '广场',
        startAt: new Date(start),
        endAt: new Date(start + 3 * HOUR),
        quota: 10,
        skills: [],
        signUpBy: new Date(start - 24 * HOUR),
        withdrawBy: new Date(start - 24 * HOUR),
        points: 10,
        sponsorId: 'street-xmh',
        organiser: 'demo-dispatcher',
        signedUp: 0,
        waiting: 0,
        waitSeq: 0,
        willCome: 0,
        wishIds: [],
        codeKey: 'bench',
        createdAt: new Date(start - 7 * 24 * HOUR),
        history: [],
      });
    }
  await cloud.db.insert('activities', docs);
}

/** The most documents one `activities` query of a call examined, and its answer's length. */
async function examined(cloud: LocalCloud, openid: string, event: Record<string, unknown>): Promise<{ examined: number; items: number }> {
  const seq = cloud.log.last;
  const r = await requestsOf(cloud, openid, 'activity', event);
  const mine = cloud.log.since(seq).filter((e) => e.collection === 'activities');
  return { examined: Math.max(0, ...mine.map((e) => e.examined)), items: (r.data.items as unknown[]).length };
}

export async function measureActivities(functionsDir: string): Promise<Record<string, unknown>[]> {
  const cloud = await startLocalCloud({
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'msb-bench-activities-')),
    functionsDir,
    quiet: true,
    dev: true,
  });
  try {
    cloud.log.quiet = true;
    await seedDemo(cloud.db);
    const seq = Array.from({ length: ROUNDS }, (_, i) => `bench-s${i}`);
    await volunteers(cloud, seq);
    const one = await publish(cloud, 'bench_act_sequential', ROUNDS / 2);
    const whoami: number[] = [];
    const signUp: number[] = [];
    for (const p of seq) {
      whoami.push((await requestsOf(cloud, p, 'user', { action: 'whoami' })).n);
      signUp.push((await requestsOf(cloud, p, 'activity', { action: 'sign_up', activityId: one })).n);
    }
    const base = median(whoami);
    const rows: Record<string, unknown>[] = [
      { figure: 'db requests: user.whoami (baseline)', value: base, ratio: 1 },
      { figure: 'db requests per sign-up (activity.sign_up)', value: median(signUp), ratio: ratio(median(signUp), base) },
    ];

    const people = Array.from({ length: CONCURRENT }, (_, i) => `bench-v${i}`);
    await volunteers(cloud, people);
    const quota = CONCURRENT / 2;
    const target = await publish(cloud, 'bench_act_burst', quota);
    const secret = cloud.services.secret;
    const body = (action: string) => ({ action, scope: 'mine', page: 0 });
    // Warm the instances first, so neither burst pays the cold starts.
    await burst(
      cloud.baseUrl,
      secret,
      people.slice(0, 10).map((openid) => ({ openid, fn: 'activity', body: body('list') })),
    );
    const who = await burst(
      cloud.baseUrl,
      secret,
      people.map((openid) => ({ openid, fn: 'user', body: { action: 'whoami' } })),
    );
    const res = await burst(
      cloud.baseUrl,
      secret,
      people.map((openid) => ({ openid, fn: 'activity', body: { action: 'sign_up', activityId: target } })),
    );
    const a = cloud.db.get('activities').docs.get(target) as unknown as { signedUp: number; waiting: number };
    const docs = [...cloud.db.get('signups').docs.values()].filter((s) => s.activityId === target);
    const counted = [docs.filter((s) => s.status === 'signed_up').length, docs.filter((s) => s.status === 'waiting').length];
    rows.push(
      {
        figure: `${CONCURRENT} concurrent user.whoami via gateway (baseline): calls/s`,
        value: who.perSecond,
        ratio: 1,
        seconds: +who.seconds.toFixed(2),
      },
      {
        figure: `${CONCURRENT} concurrent activity.sign_up via gateway (quota ${quota}): calls/s`,
        value: res.perSecond,
        ratio: ratio(res.perSecond, who.perSecond),
        seconds: +res.seconds.toFixed(2),
        answers: JSON.stringify(res.codes),
        counters: `${a.signedUp} signed up, ${a.waiting} waiting (documents ${counted.join(', ')})`,
      },
    );

    await manyActivities(cloud);
    await volunteers(cloud, ['bench-c3'], 'c-bench-3');
    const upcoming = await examined(cloud, 'demo-resident', { action: 'upcoming', communityId: 'c-bench-3', page: 0 });
    const upcoming1 = await examined(cloud, 'demo-resident', { action: 'upcoming', communityId: 'c-bench-3', page: 1 });
    const list = await examined(cloud, 'bench-c3', { action: 'list', scope: 'community', page: 0 });
    const total = cloud.db.get('activities').docs.size;
    rows.push(
      {
        figure: `documents examined: activity.upcoming page 0 (${total} activities)`,
        value: upcoming.examined,
        ratio: ratio(upcoming.examined, upcoming.items),
        items: upcoming.items,
      },
      {
        figure: `documents examined: activity.upcoming page 1`,
        value: upcoming1.examined,
        ratio: ratio(upcoming1.examined, upcoming1.items),
        items: upcoming1.items,
      },
      {
        figure: `documents examined: activity.list community page 0`,
        value: list.examined,
        ratio: ratio(list.examined, list.items),
        items: list.items,
      },
      { figure: 'unindexed queries in the run', value: cloud.log.unindexed },
    );
    return rows;
  } finally {
    await cloud.stop();
  }
}
