// A seeded data set for recognition and reviews: journal entries, accounts, served wishes and
// redeemed reservations, with dates chosen so each rule has something to decide. Tests compute the
// expected answers from these lists themselves.
import type { LocalCloud } from '../../../localcloud';

export const V = 'demo-volunteer'; // c-jinding, not a party member, active member of 乐修匠
export const V2 = 'demo-volunteer-2'; // c-jinding, party member
export const LEADER = 'demo-leader'; // c-jinding, party member
export const PM_QING = 'rec-party-qing'; // c-qingyun, party member
export const DISP_QING = 'rec-disp-qing'; // a community dispatcher of c-qingyun

export interface SeedEntry {
  _id: string;
  kind: string;
  category: string;
  at: Date;
  owner: string;
  points: number;
  minutes?: number;
  wishId?: string;
  reverses?: string;
}

const SPONSOR = 'sponsor:street-xmh';
let n = 0;
const entry = (kind: string, category: string, at: Date, owner: string, points: number, extra: Partial<SeedEntry> = {}): SeedEntry => ({
  _id: `rec-${kind}-${++n}`,
  kind,
  category,
  at,
  owner,
  points,
  ...extra,
});

/** The seed's entries; `now` places this year's services a few minutes before it (always this year, this month). */
export function seedEntries(now: Date): SeedEntry[] {
  n = 0;
  const credit = (at: string | Date, owner: string, points: number, minutes: number) =>
    entry('service_credit', 'service', new Date(at), owner, points, { minutes, wishId: `rec-wish-${n + 1}` });
  const feb = credit('2025-02-15T02:00:00Z', V, 20, 45);
  const list = [
    credit('2020-05-01T02:00:00Z', V, 0, 6000),
    credit('2024-12-20T02:00:00Z', V, 30, 60),
    credit('2025-01-10T02:00:00Z', V, 20, 30),
    feb,
    entry('bonus', 'bonus', new Date('2025-02-28T17:00:00Z'), V, 100), // 1 March in Shanghai
    credit('2025-03-05T02:00:00Z', V, 10, 15),
    entry('redemption_hold', 'redemption', new Date('2025-03-10T02:00:00Z'), V, -50),
    entry('redemption', 'redemption', new Date('2025-03-11T02:00:00Z'), V, 0),
    entry('reversal', 'correction', new Date('2025-06-01T02:00:00Z'), V, -20, { minutes: -45, reverses: feb._id, wishId: feb.wishId }),
    credit('2025-02-20T02:00:00Z', V2, 40, 60),
    credit('2025-03-20T02:00:00Z', PM_QING, 500, 600),
  ];
  for (let i = 0; i < 12; i++) list.push(credit(new Date(now.getTime() - (i + 1) * 60_000), V, 5, 10));
  list.push(credit(new Date(now.getTime() - 20 * 60_000), LEADER, 10, 600));
  list.push(credit(new Date(now.getTime() - 21 * 60_000), PM_QING, 10, 1800));
  return list;
}

/** Ten 5★ ratings of V's services and one sent-back attempt rated 2★. */
export function seedWishes() {
  const wishes = Array.from({ length: 10 }, (_, i) => ({
    _id: `rec-rated-${i}`,
    status: 'closed',
    servers: [V],
    claimant: V,
    createdAt: new Date(Date.UTC(2025, 0, 1 + i)),
    rating: { stars: 5, at: new Date(Date.UTC(2025, 0, 2 + i, 3)) },
  }));
  wishes.push({
    _id: 'rec-sent-back',
    status: 'closed',
    servers: [V, V2],
    claimant: V2,
    createdAt: new Date(Date.UTC(2025, 1, 1)),
    rating: { stars: 4, at: new Date(Date.UTC(2025, 1, 3)) },
    attempts: [{ claimant: V, stars: 2, at: new Date(Date.UTC(2025, 1, 2)) }],
  } as never);
  return wishes;
}

export const seedReservations = () => [
  {
    _id: 'rec-r1',
    volunteer: V,
    communityId: 'c-jinding',
    shopId: 'shop-xingfu',
    what: '大米 5kg',
    points: 50,
    status: 'redeemed',
    redeemedAt: new Date('2025-03-11T02:00:00Z'),
  },
  {
    _id: 'rec-r2',
    volunteer: V2,
    communityId: 'c-jinding',
    shopId: 'shop-xingfu',
    what: '食用油',
    points: 30,
    status: 'redeemed',
    redeemedAt: new Date('2025-03-31T15:00:00Z'),
  },
  {
    _id: 'rec-r3',
    volunteer: PM_QING,
    communityId: 'c-qingyun',
    shopId: 'shop-xingfu',
    what: '毛巾',
    points: 20,
    status: 'redeemed',
    redeemedAt: new Date('2025-03-02T02:00:00Z'),
  },
  {
    _id: 'rec-r4',
    volunteer: V,
    communityId: 'c-jinding',
    shopId: 'shop-xingfu',
    what: '洗衣液',
    points: 40,
    status: 'held',
    expiresAt: new Date('2025-03-12T02:00:00Z'),
  },
  {
    _id: 'rec-r5',
    volunteer: V,
    communityId: 'c-jinding',
    shopId: 'shop-xingfu',
    what: '牙膏',
    points: 10,
    status: 'redeemed',
    redeemedAt: new Date('2025-03-31T16:00:00Z'),
  }, // 1 April in Shanghai
];

export async function seedRecognition(cloud: LocalCloud, now: Date): Promise<SeedEntry[]> {
  const entries = seedEntries(now);
  await cloud.db.insert(
    'journal',
    entries.map((e) => ({
      _id: e._id,
      kind: e.kind,
      category: e.category,
      at: e.at,
      lines:
        e.kind === 'redemption'
          ? [
              { account: `passbook:${e.owner}`, points: 0 },
              { account: 'merchant:shop-xingfu', points: 0 },
            ]
          : [
              { account: SPONSOR, points: -e.points },
              { account: `passbook:${e.owner}`, points: e.points },
            ],
      accounts: [SPONSOR, `passbook:${e.owner}`],
      memo: `测试 ${e.kind}`,
      by: 'system',
      reason: '测试',
      ...(e.minutes !== undefined ? { minutes: e.minutes } : {}),
      ...(e.wishId ? { wishId: e.wishId } : {}),
      ...(e.reverses ? { reverses: e.reverses } : {}),
    })),
  );
  const owners = [...new Set(entries.map((e) => e.owner))];
  await cloud.db.insert(
    'accounts',
    owners.map((o) => {
      const own = entries.filter((e) => e.owner === o);
      return {
        _id: `passbook:${o}`,
        kind: 'passbook',
        owner: o,
        balance: own.reduce((s, e) => s + e.points, 0),
        minutes: own.reduce((s, e) => s + (e.minutes ?? 0), 0),
      };
    }),
  );
  await cloud.db.insert('wishes', seedWishes());
  await cloud.db.insert('reservations', seedReservations());
  await cloud.db.insert('volunteers', [
    { _id: PM_QING, name: '孙青云', phone: '13900000009', skills: [], communityId: 'c-qingyun', partyMember: true, createdAt: now },
  ]);
  await cloud.db.insert('users', [
    {
      _id: DISP_QING,
      roles: ['dispatcher'],
      grants: [{ role: 'dispatcher', scope: { kind: 'community', id: 'c-qingyun' } }],
      createdAt: now,
    },
  ]);
  return entries;
}
