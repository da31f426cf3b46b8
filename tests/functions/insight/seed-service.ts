// The dashboard's data set beyond wishes: volunteers (some party members, some imported from the sheet),
// service, bonus and correction entries in the journal (the seeded months and this year), activities in
// every status with their sign-ups, and visit orders due across the months — several on a month's first
// and last instant in Shanghai. A fixed pseudo-random sequence: every run is the same.
import type { LocalCloud } from '../../../localcloud';
import { MONTHS } from './seed';

const COMMUNITIES = ['c-jinding', 'c-qingyun'];
const HOUR = 3_600_000;
/** 00:00 on the 1st of `month` in Shanghai (UTC+8), by hand. */
const startOf = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return Date.UTC(y, m - 1, 1) - 8 * HOUR;
};

function random(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
}

type Doc = Record<string, unknown>;

export function seedService(now: Date) {
  const r = random(7);
  const volunteers: Doc[] = [];
  for (let i = 0; i < 24; i++)
    volunteers.push({
      _id: i % 8 === 7 ? `v-ins-${i}` : `ins-v${i}`,
      name: `志愿者${i}`,
      phone: `1390000${String(i).padStart(4, '0')}`,
      skills: [],
      communityId: COMMUNITIES[r(3) === 0 ? 1 : 0],
      partyMember: i % 3 === 0,
    });
  const openids = volunteers.map((v) => v._id as string).filter((id) => !id.startsWith('v-'));

  const journal: Doc[] = [];
  const entry = (id: string, category: string, kind: string, at: Date, openid: string, minutes: number) => {
    const points = category === 'correction' ? -10 : 10;
    journal.push({
      _id: `ins-j${id}`,
      kind,
      category,
      at,
      lines: [
        { account: 'sponsor:sp-gov', points: -points },
        { account: `passbook:${openid}`, points },
      ],
      accounts: ['sponsor:sp-gov', `passbook:${openid}`],
      minutes,
      memo: 'seed',
      by: 'system',
      reason: 'seed',
    });
  };
  MONTHS.forEach((month, m) => {
    const start = startOf(month);
    for (let k = 0; k < 14; k++) {
      const at = new Date(k === 0 ? start : k === 1 ? start - 1 : start + r(27 * 24) * HOUR);
      const openid = openids[r(openids.length)]!;
      const [category, kind] =
        k % 5 === 4
          ? ['bonus', 'bonus']
          : k % 7 === 6
            ? ['correction', 'reversal']
            : ['service', k % 2 ? 'activity_credit' : 'service_credit'];
      entry(`${m}-${k}`, category, kind, at, openid, category === 'bonus' ? 0 : category === 'correction' ? -30 : 30 + r(120));
    }
  });
  // this year's hours of the party members: some above 25 h, some below
  for (let k = 0; k < 42; k++) {
    const openid = openids[k % openids.length]!;
    entry(
      `y-${k}`,
      k % 9 === 8 ? 'correction' : 'service',
      k % 9 === 8 ? 'reversal' : 'service_credit',
      new Date(now.getTime() - (k + 1) * 1000),
      openid,
      k % 9 === 8 ? -60 : 60 * (8 + r(12)),
    );
  }

  const activities: Doc[] = [];
  const signups: Doc[] = [];
  const STATUSES = ['published', 'closing', 'closed', 'cancelled'];
  const SIGNUPS = ['signed_up', 'waiting', 'withdrawn', 'checked_in', 'checked_out', 'attended', 'no_show'];
  MONTHS.forEach((month, m) => {
    const start = startOf(month);
    for (let k = 0; k < 6; k++) {
      const id = `ins-a${m}-${k}`;
      const endAt = new Date(k === 0 ? start : k === 1 ? start - 1 : start + (1 + r(26)) * 24 * HOUR);
      activities.push({
        _id: id,
        status: k < 2 ? 'closed' : STATUSES[r(4)],
        title: `活动${id}`,
        communityId: COMMUNITIES[r(2)],
        startAt: new Date(endAt.getTime() - 2 * HOUR),
        endAt,
        createdAt: new Date(endAt.getTime() - 240 * HOUR),
      });
      const n = 2 + r(6);
      for (let s = 0; s < n; s++)
        signups.push({ _id: `${id}_${openids[s]}`, activityId: id, openid: openids[s], status: SIGNUPS[r(SIGNUPS.length)], seq: s });
    }
  });

  const visits: Doc[] = [];
  const VISITS = ['planned', 'done', 'missed'];
  MONTHS.forEach((month, m) => {
    const start = startOf(month);
    for (let k = 0; k < 12; k++) {
      // due at the end of its day (the next day's 00:00): k 0 is due on the month's last day before (dueAt = start)
      const dueAt = new Date(k === 0 ? start : k === 1 ? start + 24 * HOUR : start + (1 + r(27)) * 24 * HOUR);
      visits.push({
        _id: `ins-e${m}-${k}`,
        elderId: `ins-e${k}`,
        communityId: COMMUNITIES[r(2)],
        kind: 'call',
        dueAt,
        status: VISITS[r(3)],
        createdAt: new Date(dueAt.getTime() - 480 * HOUR),
      });
    }
  });
  return { volunteers, journal, activities, signups, visits };
}

export async function insertService(cloud: LocalCloud, data: ReturnType<typeof seedService>): Promise<void> {
  for (const [name, docs] of Object.entries(data)) await cloud.db.insert(name, docs);
}
