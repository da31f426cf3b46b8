// `npm start`'s bank history (seed option `history`): about five months of served, rated and credited
// wishes for four demo volunteers (two party members) in both communities, the head office's allotment
// to the street's branch and its savings offices, a savings office's bonus, and redemptions confirmed
// at 幸福超市. Every entry comes from the domain's builders and is posted by DemoBooks with the product's
// posting rule, so the passbooks, 我的荣誉, the admin's 评比 and 核对 and the merchant's 月结账单 have content.
import { createHash } from 'node:crypto';
import type { Database } from '../localcloud/store/database';
import { officeGrantEntry, bonusEntry } from '../src/domain/bank/officeAccounts';
import { serviceCredit } from '../src/domain/bank/ledger';
import { redemptionConfirm, redemptionHold } from '../src/domain/bank/redemption';
import { heldOf } from '../src/domain/bank/reservation';
import { pointsOf } from '../src/domain/bank/rules';
import { DEFAULT_CALENDAR } from '../src/domain/calendar';
import { settingValue } from '../src/domain/settings';
import { DEFAULT_SLA, dueAtOf } from '../src/domain/sla';
import { DemoBooks } from './demo-books';
import { DEMO_SERVICES, HISTORY_VOLUNTEERS, type DemoService } from './demo-history-data';

const DAY = 86_400_000;
const STREET = 's-ximahe';
const ADMIN = 'demo-admin';

/** A served wish, closed by its rating and paid, as the wish machine leaves it. */
function servedWish(s: DemoService, i: number, now: Date, sponsorId: string) {
  const created = new Date(now.getTime() - s.daysAgo * DAY - 6 * 3_600_000);
  const at = (h: number) => new Date(created.getTime() + h * 3_600_000);
  const [claimed, checkedIn, completed, rated] = [at(1), at(3), at(3 + s.minutes / 60), at(5 + s.minutes / 60)];
  const v = HISTORY_VOLUNTEERS[s.volunteer]!;
  const _id = `demo-served-${i + 1}`;
  return {
    _id,
    status: 'closed',
    version: 7,
    category: s.category,
    description: s.description,
    urgency: 'normal',
    preferredTime: { date: created.toISOString().slice(0, 10), window: 'morning' },
    photos: [],
    buildingId: v.buildingId,
    communityId: v.communityId,
    sponsorId,
    room: s.room,
    contact: { name: s.resident, phone: '13700000000' },
    phoneTail: '0000',
    filedBy: 'demo-resident',
    proxy: false,
    createdAt: created,
    dueAt: dueAtOf(created, s.category, 'normal', DEFAULT_SLA, DEFAULT_CALENDAR),
    excludedTeamIds: [],
    consentAt: created,
    teamId: v.teamId,
    claimant: s.volunteer,
    claimedAt: claimed,
    checkedInAt: checkedIn,
    completion: { summary: s.summary, minutes: s.minutes, at: completed },
    completedAt: completed,
    rating: { stars: s.stars, at: rated },
    closedAt: rated,
    servers: [s.volunteer],
    history: [
      { at: at(0.5), by: 'demo-dispatcher', as: 'dispatcher', action: 'dispatch', from: 'submitted', to: 'dispatched' },
      { at: claimed, by: s.volunteer, as: 'member', action: 'claim', from: 'dispatched', to: 'claimed' },
      { at: checkedIn, by: s.volunteer, as: 'claimant', action: 'check_in', from: 'claimed', to: 'in_service' },
      { at: completed, by: s.volunteer, as: 'claimant', action: 'complete', from: 'in_service', to: 'completed', minutes: s.minutes },
      { at: rated, by: 'demo-resident', as: 'owner', action: 'rate', from: 'completed', to: 'rated', stars: s.stars },
      { at: rated, by: 'system', as: 'system', action: 'close', from: 'rated', to: 'closed' },
    ],
  };
}

/** demo-volunteer-3 (孙青云, 青云社区, party member, 青云跑腿代办队): only the history has them. */
export const HISTORY_PERSON = { _id: 'demo-volunteer-3', label: '志愿者 孙青云' } as const;

async function seedHistoryPerson(db: Database, now: Date): Promise<void> {
  const id = HISTORY_PERSON._id;
  const v = HISTORY_VOLUNTEERS[id]!;
  await db.insert('users', [{ _id: id, roles: ['resident', 'volunteer'], grants: [], createdAt: now, demo: true }]);
  await db.insert('volunteers', [
    {
      _id: id,
      name: v.name,
      phone: '13800000004',
      skills: ['errand', 'cleaning'],
      communityId: v.communityId,
      partyMember: true,
      createdAt: now,
    },
  ]);
  await db.insert('memberships', [
    { _id: `${v.teamId}_${id}`, teamId: v.teamId, openid: id, role: 'member', status: 'active', createdAt: now },
  ]);
}

/** Writes the history; the people, shops, items and the sponsor's budget must be seeded already. */
export async function seedDemoHistory(db: Database, now: Date, sponsorId: string): Promise<void> {
  await seedHistoryPerson(db, now);
  const books = new DemoBooks(db);
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const allot = (level: 'branch' | 'savings', points: number, daysAgo: number, communityId = '') =>
    books.post(
      officeGrantEntry(
        level === 'branch'
          ? { level, streetId: STREET, points, reason: '年度公益积分拨付', requestId: `demo-${daysAgo}`, by: ADMIN }
          : { level, streetId: STREET, communityId, points, reason: '储蓄所季度积分', requestId: `demo-${daysAgo}`, by: ADMIN },
        ago(daysAgo),
      ),
    );
  allot('branch', 5000, 160);
  allot('savings', 2000, 159, 'c-jinding');
  allot('savings', 1500, 158, 'c-qingyun');

  const rules = settingValue('points', null);
  const wishes = DEMO_SERVICES.map((s, i) => servedWish(s, i, now, sponsorId));
  for (const w of wishes.sort((a, b) => a.closedAt.getTime() - b.closedAt.getTime())) {
    const priced = { points: pointsOf(rules[w.category], w.completion.minutes), rulesVersion: 0 };
    const entry = books.post(serviceCredit(w, w.claimant, sponsorId, w.closedAt, priced));
    Object.assign(w, { creditEntryId: entry._id });
  }
  await db.insert('wishes', wishes);

  // 季小评: the savings office of 金鼎 rewards its best volunteer of the last quarter.
  books.post(
    bonusEntry(
      {
        payer: 'savings',
        streetId: STREET,
        communityId: 'c-jinding',
        openid: 'demo-volunteer',
        points: 50,
        reason: '季度服务之星',
        requestId: 'demo-quarter',
        by: ADMIN,
      },
      ago(60),
    ),
  );
  await seedRedemptions(db, books, now);
  await books.write({
    'office:branch:s-ximahe': '洗马河街道分行',
    'office:savings:c-jinding': '金鼎社区储蓄所',
    'office:savings:c-qingyun': '青云社区储蓄所',
  });
}

/** Reservations at 幸福超市 held and confirmed at the counter by demo-merchant (the 月结账单's lines). */
async function seedRedemptions(db: Database, books: DemoBooks, now: Date): Promise<void> {
  const items = [
    { id: 'demo-redeem-1', itemId: 'rw-xingfu-rice', name: '大米', points: 80, volunteer: 'demo-volunteer', daysAgo: 40 },
    { id: 'demo-redeem-2', itemId: 'rw-xingfu-oil', name: '花生油', points: 50, volunteer: 'demo-volunteer-2', daysAgo: 12 },
    { id: 'demo-redeem-3', itemId: 'rw-xingfu-soap', name: '洗衣液', points: 30, volunteer: 'demo-leader', daysAgo: 3 },
  ];
  for (const [n, r] of items.entries()) {
    const created = new Date(now.getTime() - r.daysAgo * DAY);
    const redeemedAt = new Date(created.getTime() + 5 * 3_600_000);
    const reservation = {
      _id: r.id,
      itemId: r.itemId,
      shopId: 'shop-xingfu',
      volunteer: r.volunteer,
      communityId: HISTORY_VOLUNTEERS[r.volunteer]!.communityId,
      points: r.points,
      itemName: r.name,
      what: `${r.name} · 幸福超市`,
      status: 'redeemed',
      createdAt: created,
      expiresAt: new Date(created.getTime() + 48 * 3_600_000),
      redeemedAt,
      redeemedBy: 'demo-merchant',
      codeHash: createHash('sha256').update(`demo-code-${r.id}`).digest('hex'),
      digits: String(100_001 + n * 1111),
      requestId: `demo-request-${n + 1}`,
    };
    books.post(redemptionHold(heldOf(reservation), created));
    books.post(redemptionConfirm(heldOf(reservation), 'demo-merchant', redeemedAt));
    await db.insert('reservations', [reservation]);
    await db.update('rewards', { _id: r.itemId }, { $inc: { stock: -1 } }, { multi: false, replace: false, upsert: false });
  }
}
