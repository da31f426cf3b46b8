// A small demo data set for `npm start` and the browser tests: one street, two communities, a few
// stairwell codes, three volunteer teams, one person per role (with scoped grants), two shops of the
// 爱心联盟 with items to redeem (幸福超市, 慈善超市), and sponsors with points budgets (the street's 政府买单 and two of the 四个一点); `npm start`
// also gives demo-volunteer welcome points, so a reservation can be tried.
// The places and teams are the import sheets in database/demo/ (places.csv, teams.csv): they are read
// by the import's own code (the CSV reader, checkRows), here straight into the store, and by tests
// through the real `sheets` function as demo-admin (scripts/demo-import.ts). `npm start` loads the
// demo as a store folder written from this seed (scripts/demo-store.ts, `npm run demo:export`).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fromRecords, parseCsv } from '../cloudfunctions/_lib/sheets/csv';
import type { Database } from '../localcloud/store/database';
import { ISSUER, budgetGrant, makeEntry, passbookOf, sponsorAccount } from '../src/domain/bank/ledger';
import type { Grant } from '../src/domain/org/grants';
import { seedDemoHistory } from './demo-history';
import { seedDemoElders } from './demo-elders';
import { seedDemoActivities } from './demo-activities';
import { checkRows, type ImportKind, type OrgSnapshot } from '../src/domain/org/import';

export const DEMO_PEOPLE = [
  { _id: 'demo-resident', roles: ['resident'], label: '居民 张阿姨' },
  { _id: 'demo-resident-2', roles: ['resident'], label: '居民 刘大爷' },
  { _id: 'demo-volunteer', roles: ['resident', 'volunteer'], label: '志愿者 小李' },
  { _id: 'demo-volunteer-2', roles: ['resident', 'volunteer'], label: '志愿者 小赵' },
  { _id: 'demo-leader', roles: ['resident', 'volunteer', 'leader'], label: '乐修匠队长 王师傅' },
  { _id: 'demo-dispatcher', roles: ['dispatcher'], label: '文明实践站派单员 陈老师' },
  { _id: 'demo-helper', roles: ['resident', 'helper'], label: '网格员帮办 周姐' },
  { _id: 'demo-admin', roles: ['admin'], label: '街道管理员' },
  { _id: 'demo-merchant', roles: ['merchant'], label: '爱心商户 幸福超市' },
] as const;

/** Where each demo person's scoped roles hold (src/domain/org/grants.ts). */
export const DEMO_GRANTS: Record<string, Grant[]> = {
  'demo-admin': [{ role: 'admin', scope: { kind: 'street', id: 's-ximahe' } }],
  'demo-dispatcher': [{ role: 'dispatcher', scope: { kind: 'street', id: 's-ximahe' } }],
  // A grid worker who helps in both communities (a helper's 帮办 holds only where they serve).
  'demo-helper': [
    { role: 'helper', scope: { kind: 'community', id: 'c-jinding' } },
    { role: 'helper', scope: { kind: 'community', id: 'c-qingyun' } },
  ],
  'demo-leader': [{ role: 'leader', scope: { kind: 'team', id: 't-lexiujiang' } }],
  'demo-merchant': [{ role: 'merchant', scope: { kind: 'shop', id: 'shop-xingfu' } }],
};

export const DEMO_SPONSOR = 'street-xmh';
/** 洗马河街道's phone: called when the community is not known (no code scanned, an unknown code). */
export const DEMO_STREET_HOTLINE = '0871-63120000';

/** The demo import sheets, in the order they are imported (teams name the communities of places). */
export const DEMO_SHEETS: readonly ImportKind[] = ['places', 'teams'];
export const DEMO_SHEETS_DIR = join(resolve(__dirname, '..'), 'database', 'demo');
export const demoSheetText = (kind: ImportKind): string => readFileSync(join(DEMO_SHEETS_DIR, `${kind}.csv`), 'utf8');

/**
 * The demo's places and teams, read from database/demo/*.csv by the import's code and written straight
 * into the store: 洗马河街道 (s-ximahe), 金鼎社区 (c-jinding), 青云社区 (c-qingyun), stairwells B-0012,
 * B-0013 (a unit's: only the room is asked), B-0101 (a building's: unit and room), and the teams
 * t-lexiujiang, t-jiankang, t-paotui.
 */
export async function seedDemoOrg(db: Database): Promise<void> {
  const org: { -readonly [K in keyof OrgSnapshot]: OrgSnapshot[K] } = {
    streets: [],
    communities: [],
    buildings: [],
    teams: [],
    volunteers: [],
    defaultSponsorId: DEMO_SPONSOR,
  };
  for (const kind of DEMO_SHEETS) {
    const result = checkRows(kind, fromRecords(parseCsv(demoSheetText(kind))).rows, org);
    if (!result.ok) throw new Error(`database/demo/${kind}.csv: ${result.problems.map((p) => p.message).join('; ')}`);
    for (const { collection, doc } of result.records) {
      await db.insert(collection, [{ ...doc }]);
      (org[collection] as unknown[]) = [...org[collection], doc];
    }
  }
}

export interface SeedOptions {
  /** Write the places and teams too (default); a test may leave them to the real import instead. */
  org?: boolean;
  /** Give demo-volunteer points to try a reservation (`npm start`; off for tests that count balances). */
  welcomePoints?: boolean;
  /** A few months of the bank's history (`npm start`; scripts/demo-history.ts): off for tests that count documents. */
  history?: boolean;
  /** This week's activities (活动, scripts/demo-activities.ts; in `npm start`'s demo): off for tests that count them. */
  activities?: boolean;
}

/** Seeds only an empty store, so a developer's own data is never overwritten. */
export async function seedDemo(db: Database, now = new Date(), options: SeedOptions = {}): Promise<boolean> {
  if (db.get('users').docs.size > 0) return false;
  await db.insert(
    'users',
    DEMO_PEOPLE.map(({ _id, roles }) => ({ _id, roles: [...roles], grants: DEMO_GRANTS[_id] ?? [], createdAt: now, demo: true })),
  );
  if (options.org ?? true) await seedDemoOrg(db);
  await db.insert('shops', [
    { _id: 'shop-xingfu', name: '幸福超市', communityId: 'c-jinding', address: '翠湖小区南门旁', hours: '每天 8:00–21:00' },
  ]);
  const member = (openid: string, teamId: string, role: 'member' | 'leader') => ({
    _id: `${teamId}_${openid}`,
    teamId,
    openid,
    role,
    status: 'active',
    createdAt: now,
  });
  await db.insert('memberships', [
    member('demo-leader', 't-lexiujiang', 'leader'),
    member('demo-volunteer', 't-lexiujiang', 'member'),
    member('demo-volunteer-2', 't-lexiujiang', 'member'),
    member('demo-volunteer-2', 't-jiankang', 'member'),
  ]);
  await db.insert('volunteers', [
    {
      _id: 'demo-leader',
      name: '王建国',
      phone: '13800000001',
      skills: ['repair'],
      communityId: 'c-jinding',
      partyMember: true,
      createdAt: now,
    },
    {
      _id: 'demo-volunteer',
      name: '李明',
      phone: '13800000002',
      skills: ['repair', 'errand'],
      communityId: 'c-jinding',
      partyMember: false,
      createdAt: now,
    },
    {
      _id: 'demo-volunteer-2',
      name: '赵小红',
      phone: '13800000003',
      skills: ['health'],
      communityId: 'c-jinding',
      partyMember: true,
      createdAt: now,
    },
  ]);
  // The elders' registry (巡访对象) lives in the demo's stairwells: only with the organisation.
  if (options.org ?? true) await seedDemoElders(db, now);
  const grant = budgetGrant(`grant:${DEMO_SPONSOR}:initial`, DEMO_SPONSOR, 100_000, now);
  await db.insert('journal', [{ ...grant }]);
  await seedDemoRewards(db, now);
  const welcome = options.welcomePoints ? await seedWelcomePoints(db, now) : 0;
  const fourSources = await seedFourSources(db, now);
  await db.insert('accounts', [
    {
      _id: sponsorAccount(DEMO_SPONSOR),
      kind: 'sponsor',
      name: '洗马河街道公益积分预算',
      source: 'government',
      version: 1,
      balance: 100_000,
      minutes: 0,
    },
    { _id: 'issuer:head-office', kind: 'issuer', name: '公益银行总行', balance: -100_000 - welcome - fourSources, minutes: 0 },
  ]);
  if (options.history) await seedDemoHistory(db, now, DEMO_SPONSOR);
  if (options.activities) await seedDemoActivities(db, now);
  return true;
}

/** Two sponsors of the 四个一点 besides the street's budget, each funded by a budget_grant entry. */
export const DEMO_FOUR_SOURCES = [
  { sponsorId: 'sp-partner-power', name: '供电所包联党支部', source: 'partner', points: 2_000, note: '包联洗马河街道' },
  { sponsorId: 'sp-enterprise-xingfu', name: '幸福超市爱心基金', source: 'enterprise', points: 1_000, note: '爱心联盟企业' },
] as const;

/** Writes their accounts and grants (journal + account, as the street's); answers the points issued. */
async function seedFourSources(db: Database, now: Date): Promise<number> {
  const grants = DEMO_FOUR_SOURCES.map((s) => budgetGrant(`grant:${s.sponsorId}:initial`, s.sponsorId, s.points, now));
  await db.insert(
    'journal',
    grants.map((g) => ({ ...g })),
  );
  await db.insert(
    'accounts',
    DEMO_FOUR_SOURCES.map((s) => ({
      _id: sponsorAccount(s.sponsorId),
      kind: 'sponsor',
      name: s.name,
      source: s.source,
      note: s.note,
      version: 1,
      balance: s.points,
      minutes: 0,
    })),
  );
  return DEMO_FOUR_SOURCES.reduce((sum, s) => sum + s.points, 0);
}

/** 爱心兑换's demo: items at 幸福超市 and a second shop 慈善超市 (no merchant), and points for demo-volunteer. */
export const DEMO_REWARDS = [
  { _id: 'rw-xingfu-oil', shopId: 'shop-xingfu', name: '花生油', points: 50, stock: 20 },
  { _id: 'rw-xingfu-rice', shopId: 'shop-xingfu', name: '大米', points: 80, stock: 10 },
  { _id: 'rw-xingfu-soap', shopId: 'shop-xingfu', name: '洗衣液', points: 30, stock: 30 },
  { _id: 'rw-cishan-towel', shopId: 'shop-cishan', name: '毛巾', points: 20, stock: 50 },
  { _id: 'rw-cishan-cup', shopId: 'shop-cishan', name: '保温杯', points: 60, stock: 10 },
] as const;
export const DEMO_WELCOME_POINTS = 200;

/** Writes the second shop and both shops' items. */
async function seedDemoRewards(db: Database, now: Date): Promise<void> {
  await db.insert('shops', [
    { _id: 'shop-cishan', name: '慈善超市', communityId: 'c-qingyun', address: '青云路18号', hours: '周一至周六 9:00–18:00' },
  ]);
  await db.insert(
    'rewards',
    DEMO_REWARDS.map((r) => ({ ...r, active: true, available: true, version: 1, createdAt: now, updatedAt: now })),
  );
}

/** The head office's bonus (奖励积分) to demo-volunteer: a balanced entry and its passbook; answers the points. */
export async function seedWelcomePoints(db: Database, now: Date, openid = 'demo-volunteer', points = DEMO_WELCOME_POINTS): Promise<number> {
  const bonus = makeEntry({
    _id: `bonus:${openid}:welcome`,
    kind: 'bonus',
    at: now,
    lines: [
      { account: ISSUER, points: -points },
      { account: passbookOf(openid), points },
    ],
    memo: '志愿者见面礼积分（演示）',
  });
  await db.insert('journal', [{ ...bonus }]);
  await db.insert('accounts', [{ _id: passbookOf(openid), kind: 'passbook', owner: openid, balance: points, minutes: 0 }]);
  return points;
}
