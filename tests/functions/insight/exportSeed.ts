// Data for the export tests: the dashboard's seeded wishes with a contact, room, claimant and rating;
// activities with sign-ups; elders with visit orders; journal entries (service credits and a grant), all
// in 2024 (Asia/Shanghai) and from fixed sequences, so every run is the same.
import type { LocalCloud } from '../../../localcloud';
import { seedWishes } from './seed';

const DAY = 86_400_000;
/** 00:00 of a day in Shanghai. */
export const shanghai = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 8 * 3_600_000);

export const VOLUNTEERS = ['demo-volunteer', 'demo-volunteer-2'];

export function exportWishes(count: number) {
  return seedWishes(count).map((w, i) => ({
    ...w,
    room: `${100 + (i % 30)}`,
    contact: { name: i % 7 === 0 ? '=HYPERLINK("x")' : `居民${i}号`, phone: `139${String(10000000 + i).padStart(8, '0')}` },
    ...(w.teamId && ['claimed', 'completed', 'rated', 'closed'].includes(w.status) ? { claimant: VOLUNTEERS[i % 2] } : {}),
    ...(w.status === 'rated' ? { rating: { stars: 1 + (i % 5), at: w.createdAt } } : {}),
  }));
}
export type ExportWish = ReturnType<typeof exportWishes>[number];

export function activities(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    _id: `ex-act-${String(i).padStart(3, '0')}`,
    status: i % 3 === 0 ? 'closed' : 'published',
    version: 1,
    title: `便民服务日 第${i + 1}场`,
    content: '理发、量血压',
    services: ['haircut'],
    communityId: i % 2 ? 'c-qingyun' : 'c-jinding',
    address: '社区广场',
    startAt: new Date(shanghai('2024-02-01').getTime() + i * DAY + 9 * 3_600_000),
    endAt: new Date(shanghai('2024-02-01').getTime() + i * DAY + 11 * 3_600_000),
    quota: 10,
    skills: [],
    signUpBy: shanghai('2024-01-31'),
    withdrawBy: shanghai('2024-01-31'),
    points: 5 + (i % 3),
    sponsorId: 'sp-gov',
    organiser: 'demo-dispatcher',
    signedUp: 2 + (i % 4),
    waiting: 0,
    waitSeq: 0,
    willCome: 0,
    wishIds: [],
    codeKey: 'k',
    createdAt: shanghai('2024-01-01'),
    history: [],
  }));
}

/** Sign-ups: activity i has i % 4 attendees (attended or checked out) and one withdrawn. */
export const signups = (acts: ReturnType<typeof activities>) =>
  acts.flatMap((a, i) => [
    ...Array.from({ length: i % 4 }, (_, k) => ({
      _id: `${a._id}:v${k}`,
      activityId: a._id,
      openid: `v${k}`,
      status: k % 2 ? 'checked_out' : 'attended',
      seq: k,
    })),
    { _id: `${a._id}:w`, activityId: a._id, openid: 'vw', status: 'withdrawn', seq: 9 },
  ]);

export function elders() {
  return Array.from({ length: 4 }, (_, i) => ({
    _id: `ex-elder-${i}`,
    communityId: i % 2 ? 'c-qingyun' : 'c-jinding',
    buildingId: 'B-0012',
    room: `50${i}`,
    name: `李秀${'英兰梅芳'[i]}`,
    birthYear: 1940,
    tags: [],
    phone: `1380000000${i}`,
    active: true,
    version: 1,
    createdAt: shanghai('2023-12-01'),
  }));
}

export function visits() {
  return Array.from({ length: 24 }, (_, i) => {
    const elder = `ex-elder-${i % 4}`;
    const dueDate = `2024-02-${String(1 + i).padStart(2, '0')}`;
    const done = i % 3 !== 2;
    return {
      _id: `${elder}:call:${dueDate}`,
      elderId: elder,
      communityId: (i % 4) % 2 ? 'c-qingyun' : 'c-jinding',
      kind: 'call',
      dueDate,
      dueAt: new Date(shanghai(dueDate).getTime() + DAY - 1),
      volunteerOpenid: 'demo-volunteer',
      status: done ? 'done' : 'missed',
      version: 2,
      createdAt: shanghai('2024-01-20'),
      ...(done
        ? {
            outcome: i % 5 ? 'safe' : 'needs_help',
            doneAt: new Date(shanghai(dueDate).getTime() + 10 * 3_600_000),
            doneBy: 'demo-volunteer',
          }
        : {}),
      history: [],
    };
  });
}

/** Service credits to the two demo volunteers through February, and one budget grant. */
export function entries() {
  const credits = Array.from({ length: 30 }, (_, i) => {
    const openid = VOLUNTEERS[i % 3 === 0 ? 1 : 0]!;
    const points = 10 + (i % 3) * 5;
    return {
      _id: `credit:ex-${i}`,
      kind: i % 4 === 0 ? 'service_hours' : 'service_credit',
      category: 'service',
      at: new Date(shanghai('2024-02-01').getTime() + i * 20 * 3_600_000),
      lines:
        i % 4 === 0
          ? [
              { account: `passbook:${openid}`, points: 0 },
              { account: 'sponsor:sp-gov', points: 0 },
            ]
          : [
              { account: 'sponsor:sp-gov', points: -points },
              { account: `passbook:${openid}`, points },
            ],
      accounts: [`passbook:${openid}`, 'sponsor:sp-gov'],
      wishId: `w-${i}`,
      minutes: 30 + i,
      memo: i === 5 ? '-1+1' : '服务积分',
      by: 'system',
      reason: i === 5 ? '-1+1' : '服务积分',
    };
  });
  const grant = {
    _id: 'grant:sp-gov:ex',
    kind: 'budget_grant',
    category: 'grant',
    at: shanghai('2024-02-10'),
    lines: [
      { account: 'issuer:head-office', points: -1000 },
      { account: 'sponsor:sp-gov', points: 1000 },
    ],
    accounts: ['issuer:head-office', 'sponsor:sp-gov'],
    memo: '预算',
    by: 'demo-admin',
    reason: '二月预算',
  };
  return [...credits, grant];
}

export async function insertAll(cloud: LocalCloud, wishes: readonly ExportWish[]) {
  for (let i = 0; i < wishes.length; i += 500)
    await cloud.db.insert('wishes', wishes.slice(i, i + 500) as unknown as Array<Record<string, unknown>>);
  const acts = activities(20);
  await cloud.db.insert('activities', acts);
  await cloud.db.insert('signups', signups(acts));
  await cloud.db.insert('elders', elders());
  await cloud.db.insert('visits', visits());
  await cloud.db.insert('journal', entries() as unknown as Array<Record<string, unknown>>);
}
