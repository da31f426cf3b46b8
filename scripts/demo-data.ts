// A small demo data set for `npm start` and the browser tests: one street, two communities, a few
// stairwell codes, three volunteer teams, one person per role (with scoped grants), a shop,
// and a sponsor with a points budget.
import type { Database } from '../localcloud/store/database';
import { budgetGrant, sponsorAccount } from '../src/domain/bank/ledger';

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

/** Where each demo person's scoped roles hold (users.grants, src/domain/org/grants.ts). */
export const DEMO_GRANTS: Readonly<Record<string, ReadonlyArray<{ role: string; scope: { kind: string; id: string } }>>> = {
  'demo-admin': [{ role: 'admin', scope: { kind: 'street', id: 's-ximahe' } }],
  'demo-dispatcher': [{ role: 'dispatcher', scope: { kind: 'street', id: 's-ximahe' } }],
  'demo-helper': [{ role: 'helper', scope: { kind: 'community', id: 'c-jinding' } }],
  'demo-leader': [{ role: 'leader', scope: { kind: 'team', id: 't-lexiujiang' } }],
  'demo-merchant': [{ role: 'merchant', scope: { kind: 'shop', id: 'shop-xingfu' } }],
};

export const DEMO_SPONSOR = 'street-xmh';
/** 洗马河街道's phone: called when the community is not known (no code scanned, an unknown code). */
export const DEMO_STREET_HOTLINE = '0871-63120000';

/** Seeds only an empty store, so a developer's own data is never overwritten. */
export async function seedDemo(db: Database, now = new Date()): Promise<boolean> {
  if (db.get('users').docs.size > 0) return false;
  await db.insert(
    'users',
    DEMO_PEOPLE.map(({ _id, roles }) => ({
      _id,
      roles: [...roles],
      ...(DEMO_GRANTS[_id] ? { grants: DEMO_GRANTS[_id].map((g) => ({ role: g.role, scope: { ...g.scope } })) } : {}),
      createdAt: now,
      demo: true,
    })),
  );
  await db.insert('streets', [{ _id: 's-ximahe', name: '洗马河街道', hotline: DEMO_STREET_HOTLINE }]);
  await db.insert('communities', [
    {
      _id: 'c-jinding',
      name: '金鼎社区',
      street: '洗马河街道',
      sponsorId: DEMO_SPONSOR,
      hotline: '0871-63120012',
      station: '金鼎社区新时代文明实践站',
      serviceDay: 3,
    },
    { _id: 'c-qingyun', name: '青云社区', street: '洗马河街道', sponsorId: DEMO_SPONSOR, hotline: '0871-63120101' },
  ]);
  // A unit's stairwell fixes 楼栋 and 单元 (only the room is asked); a building's code fixes only the 楼栋.
  await db.insert('buildings', [
    { _id: 'B-0012', name: '3栋2单元', estateName: '翠湖小区', communityId: 'c-jinding', communityName: '金鼎社区', fixes: 'unit' },
    { _id: 'B-0013', name: '5栋1单元', estateName: '翠湖小区', communityId: 'c-jinding', communityName: '金鼎社区', fixes: 'unit' },
    { _id: 'B-0101', name: '1栋', estateName: '青云里', communityId: 'c-qingyun', communityName: '青云社区', fixes: 'building' },
  ]);
  // Two professional teams and a community team (the admin area's tests add a 总队 above them).
  await db.insert('teams', [
    {
      _id: 't-lexiujiang',
      name: '乐修匠志愿服务队',
      kind: 'professional',
      specialties: ['repair', 'general'],
      communities: ['c-jinding', 'c-qingyun'],
      active: true,
    },
    {
      _id: 't-jiankang',
      name: '健康有约志愿服务队',
      kind: 'professional',
      specialties: ['health', 'companion'],
      communities: ['c-jinding'],
      active: true,
    },
    {
      _id: 't-paotui',
      name: '青云跑腿代办队',
      kind: 'community',
      specialties: ['errand', 'cleaning'],
      communities: ['c-qingyun'],
      active: true,
    },
  ]);
  // A shop of the 爱心联盟: demo-merchant's (redemption comes later).
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
  const grant = budgetGrant(`grant:${DEMO_SPONSOR}:initial`, DEMO_SPONSOR, 100_000, now);
  await db.insert('journal', [{ ...grant }]);
  await db.insert('accounts', [
    { _id: sponsorAccount(DEMO_SPONSOR), kind: 'sponsor', name: '洗马河街道公益积分预算', balance: 100_000, minutes: 0 },
    { _id: 'issuer:head-office', kind: 'issuer', name: '公益银行总行', balance: -100_000, minutes: 0 },
  ]);
  return true;
}
