// A seeded data set for the dashboard: wishes across four past months (2024-01..04, Asia/Shanghai),
// two communities, three stairwells, three teams and every status, with history timestamps, ratings
// and minutes — from a fixed pseudo-random sequence, so every run is the same.
import type { LocalCloud } from '../../../localcloud';

export const MONTHS = ['2024-01', '2024-02', '2024-03', '2024-04'];
export const PLACES = [
  { buildingId: 'B-0012', communityId: 'c-jinding' },
  { buildingId: 'B-0013', communityId: 'c-jinding' },
  { buildingId: 'B-0101', communityId: 'c-qingyun' },
];
export const TEAMS = ['t-lexiujiang', 't-jiankang', 't-paotui'];
const CATEGORIES = ['repairs', 'haircut', 'errands', 'cleaning'];
const STATUSES = ['submitted', 'dispatched', 'claimed', 'completed', 'rated', 'closed', 'rejected', 'cancelled', 'reopened'];

export interface SeedWish {
  _id: string;
  communityId: string;
  buildingId: string;
  teamId?: string;
  category: string;
  status: string;
  createdAt: Date;
  completion?: { minutes: number; at: Date; summary: string };
  history: Array<{ action: string; at: Date; stars?: number; from: string; to: string; by: string; as: string }>;
}

function random(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
}

const MIN = 60_000;

/** `count` wishes; a few sit on a month's first and last minute in Shanghai (UTC+8). */
export function seedWishes(count: number): SeedWish[] {
  const r = random(13);
  const out: SeedWish[] = [];
  for (let i = 0; i < count; i++) {
    const [y, m] = MONTHS[i % MONTHS.length]!.split('-').map(Number) as [number, number];
    const start = Date.UTC(y, m - 1, 1) - 8 * 3_600_000; // 00:00 on the 1st in Shanghai
    const end = Date.UTC(y, m, 1) - 8 * 3_600_000;
    const created = new Date(i % 37 === 0 ? start : i % 41 === 0 ? end - MIN : start + r(27) * 86_400_000 + r(1440) * MIN);
    const place = PLACES[r(PLACES.length)]!;
    const status = STATUSES[r(STATUSES.length)]!;
    const at = (minutes: number) => new Date(created.getTime() + minutes * MIN);
    const h = (action: string, minutes: number, stars?: number) => ({
      action,
      at: at(minutes),
      from: '',
      to: '',
      by: 'x',
      as: 'system',
      ...(stars ? { stars } : {}),
    });
    const history: SeedWish['history'] = [];
    const tDispatch = 30 + r(3000); // sometimes past the 24 h response time
    const tClaim = tDispatch + 5 + r(600);
    const tDone = tClaim + 60 + r(2000);
    const team = TEAMS[r(TEAMS.length)]!;
    if (status === 'rejected') history.push(h('reject', 10 + r(2000)));
    if (status === 'cancelled' && r(2)) history.push(h('cancel', 10 + r(100)));
    const dispatched = ['dispatched', 'claimed', 'completed', 'rated', 'closed', 'reopened'].includes(status);
    if (dispatched) history.push(h('remind', 5), h('dispatch', tDispatch));
    if (['claimed', 'completed', 'rated', 'closed', 'reopened'].includes(status)) history.push(h(r(3) ? 'claim' : 'assign', tClaim));
    if (['completed', 'rated', 'closed', 'reopened'].includes(status)) history.push(h('complete', tDone));
    if (status === 'reopened') history.push(h('rate', tDone + 100, 1 + r(2)));
    if (status === 'rated' || (status === 'closed' && r(2))) history.push(h('rate', tDone + 100, 3 + r(3)));
    const served = ['completed', 'rated', 'closed'].includes(status);
    out.push({
      _id: `ins-w${String(i).padStart(4, '0')}`,
      ...place,
      ...(dispatched && status !== 'reopened' ? { teamId: team } : {}),
      category: CATEGORIES[r(CATEGORIES.length)]!,
      status,
      createdAt: created,
      ...(served ? { completion: { minutes: 15 + r(200), at: at(tDone), summary: '已完成' } } : {}),
      history,
    });
  }
  return out;
}

export async function insertWishes(cloud: LocalCloud, wishes: readonly SeedWish[]): Promise<void> {
  for (let i = 0; i < wishes.length; i += 500)
    await cloud.db.insert('wishes', wishes.slice(i, i + 500) as unknown as Array<Record<string, unknown>>);
}
