// Wishes for the Open311 tests, straight into the store: every status and category, spread over 100
// days (some outside the default 90-day window), each with a contact, room and text that must never
// be published.
import type { LocalCloud } from '../../../localcloud';
import { CATEGORIES, type Category } from '../../../src/domain/menu';
import { STATUSES, type Status } from '../../../src/domain/wish/states';

export interface Seeded {
  _id: string;
  status: Status;
  category: Category;
  createdAt: Date;
  dueAt: Date;
}

export const SEEDED_COUNT = 130;
const DAY = 86_400_000;

const nameOf = (i: number) => `测试居民${String.fromCharCode(0x4e00 + i)}`;
const phoneOf = (i: number) => `139${String(10_000_000 + i * 7919).slice(-8)}`;
const roomOf = (i: number) => `R${9000 + i}`;

/** Everything that must never appear in an answer. */
export const SECRETS = [
  '欧阳娜娜',
  '13987654321',
  '1702',
  '请找',
  ...Array.from({ length: SEEDED_COUNT }, (_, i) => [nameOf(i), phoneOf(i), roomOf(i), `秘密描述${i}号`]).flat(),
];

export async function seedWishes(cloud: LocalCloud, now: number): Promise<Seeded[]> {
  const out: Seeded[] = [];
  const docs = Array.from({ length: SEEDED_COUNT }, (_, i) => {
    const status = STATUSES[i % STATUSES.length]!;
    // Shifted every round, so each status meets several categories.
    const category = CATEGORIES[(i + Math.floor(i / STATUSES.length)) % CATEGORIES.length]!;
    // 100 days back in even steps, never at the same instant (the order is then unambiguous).
    const createdAt = new Date(now - Math.round(((i + 0.5) * 100 * DAY) / SEEDED_COUNT));
    const dueAt = new Date(createdAt.getTime() + 2 * DAY);
    out.push({ _id: `open311-w${i}`, status, category, createdAt, dueAt });
    return {
      _id: `open311-w${i}`,
      status,
      version: 1,
      category,
      description: `秘密描述${i}号 <script>&`,
      urgency: 'normal',
      preferredTime: { date: '2026-11-24', window: 'morning' },
      photos: [],
      buildingId: 'B-0012',
      communityId: 'c-jinding',
      sponsorId: 'sp-1',
      room: roomOf(i),
      contact: { name: nameOf(i), phone: phoneOf(i) },
      filedBy: `resident-${i}`,
      proxy: false,
      createdAt,
      dueAt,
      ...(status === 'submitted' ? {} : { teamId: 't-lexiujiang' }),
      excludedTeamIds: [],
      consentAt: createdAt,
      history: [
        {
          at: new Date(createdAt.getTime() + 3_600_000),
          by: 'system',
          as: 'system',
          action: 'dispatch',
          from: 'submitted',
          to: status,
          note: nameOf(i),
        },
      ],
    };
  });
  await cloud.db.insert('wishes', docs);
  return out;
}
