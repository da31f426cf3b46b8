// One valid input per registry action (`fn.action`), for the schema tests. Not a test file.
const ID = 'w_0123456789abcdef';

export const VALID_INPUTS: Record<string, Record<string, unknown>> = {
  'user.whoami': { action: 'whoami' },
  'wish.building': { action: 'building', scene: 'B-0012' },
  'wish.places': { action: 'places' },
  'wish.submit': {
    action: 'submit',
    buildingId: 'B-0012',
    category: 'repairs',
    description: '厨房水龙头漏水，需要更换',
    contact: { name: '张阿姨', phone: '13812345678' },
    room: '201',
    preferredTime: { date: '2024-05-02', window: 'morning' },
    urgency: 'normal',
    photos: ['cloud://env-1.bucket/wish/a.jpg'],
    proxy: false,
    requestId: 'req_12345678',
    consent: true,
    confirmDuplicate: false,
  },
  'wish.mine': { action: 'mine', page: 0 },
  'wish.detail': { action: 'detail', wishId: ID },
  'wish.cancel': { action: 'cancel', wishId: ID, reason: '已经修好了' },
  'wish.rate': { action: 'rate', wishId: ID, stars: 5, comment: '师傅很细心' },
  'dispatch.queue': { action: 'queue', page: 0, tab: 'overdue', search: '5678' },
  'dispatch.suggest': { action: 'suggest', wishId: ID },
  'dispatch.dispatch': { action: 'dispatch', wishId: ID, teamId: 't-lexiujiang', note: '周三志愿日' },
  'dispatch.reject': { action: 'reject', wishId: ID, reason: '不属于本社区服务范围' },
  'dispatch.award': { action: 'award', wishId: ID, points: 10, reason: '确已上门服务，按半数补记' },
  'dispatch.digest': { action: 'digest' },
  'volunteer.register': {
    action: 'register',
    name: '李明',
    phone: '13800000002',
    skills: ['repair', 'errand'],
    communityId: 'c-jinding',
    partyMember: false,
  },
  'volunteer.profile': { action: 'profile' },
  'volunteer.teams': { action: 'teams', page: 0 },
  'volunteer.join': { action: 'join', teamId: 't-lexiujiang' },
  'volunteer.members': { action: 'members', teamId: 't-lexiujiang' },
  'volunteer.approve': { action: 'approve', membershipId: 't-lexiujiang_demo-volunteer' },
  'volunteer.hall': { action: 'hall', tab: 'open', page: 0 },
  'volunteer.claim': { action: 'claim', wishId: ID },
  'volunteer.assign': { action: 'assign', wishId: ID, membershipId: 't-lexiujiang_demo-volunteer' },
  'volunteer.release': { action: 'release', wishId: ID },
  'volunteer.return': { action: 'return', wishId: ID, reason: '队员都不在' },
  'volunteer.plan_visit': { action: 'plan_visit', wishId: ID, date: '2024-05-02', window: 'morning' },
  'volunteer.check_in': { action: 'check_in', wishId: ID, place: { lat: 26.584, lng: 107.978 } },
  'volunteer.complete': { action: 'complete', wishId: ID, summary: '已更换水龙头', minutes: 45, photo: 'cloud://env-1.bucket/done.jpg' },
  'volunteer.confirm_minutes': { action: 'confirm_minutes', wishId: ID, minutes: 120, reason: '路上买配件用了一小时' },
  'volunteer.passbook': { action: 'passbook', page: 0 },
  'volunteer.history': { action: 'history', page: 0 },
  'volunteer.team_orders': { action: 'team_orders', teamId: 't-lexiujiang', page: 0 },
  'poster.communities': { action: 'communities' },
  'poster.poster': { action: 'poster', code: 'B-0012' },
  'poster.batch': { action: 'batch', communityId: 'c-jinding' },
  'poster.job': { action: 'job', jobId: 'posters_c-jinding_0123abcd' },
  'sheets.template': { action: 'template', kind: 'teams' },
  'sheets.check': { action: 'check', kind: 'places', fileID: 'cloud://local-dev.6c6f-local-dev-1000000000/imports/0a1b2c3d.xlsx' },
  'sheets.apply': { action: 'apply', kind: 'places', fileID: 'cloud://local-dev.6c6f-local-dev-1000000000/imports/0a1b2c3d.csv' },
  'sheets.job': { action: 'job', jobId: 'imp-0123456789abcdef' },
  'sheets.jobs': { action: 'jobs' },
  'sheets.export': { action: 'export', kind: 'volunteers', format: 'csv' },
  'people.invite': {
    action: 'invite',
    role: 'dispatcher',
    scope: { kind: 'community', id: 'c-jinding' },
    from: '李主任',
    note: '新任派单员',
    days: 7,
  },
  'people.invite_code': { action: 'invite_code', token: 'AbCdEfGhIjKlMnOpQrStUv' },
  'people.invitations': { action: 'invitations', page: 0 },
  'people.revoke_invitation': { action: 'revoke_invitation', invitationId: 'a'.repeat(64), reason: '发错人了' },
  'people.preview': { action: 'preview', token: 'AbCdEfGhIjKlMnOpQrStUv' },
  'people.accept': { action: 'accept', token: 'AbCdEfGhIjKlMnOpQrStUv' },
  'people.people': { action: 'people', page: 0 },
  'people.revoke_grant': {
    action: 'revoke_grant',
    personId: 'demo-helper',
    role: 'helper',
    scope: { kind: 'community', id: 'c-jinding' },
    reason: '调离岗位',
  },
  'people.audit': { action: 'audit', page: 0 },
  'people.scopes': { action: 'scopes' },
  'admin.places': { action: 'places' },
  'admin.stairwells': { action: 'stairwells', communityId: 'c-jinding', page: 0, search: '翠湖' },
  'admin.retire_stairwell': { action: 'retire_stairwell', code: 'B-0013' },
  'admin.teams': { action: 'teams' },
  'admin.team_active': { action: 'team_active', teamId: 't-paotui', active: true },
  'admin.sponsors': { action: 'sponsors', page: 0 },
  'admin.grant_budget': {
    action: 'grant_budget',
    sponsorId: 'street-xmh',
    points: 1000,
    reason: '第四季度预算',
    requestId: 'req_grant_0001',
  },
  'admin.shop': { action: 'shop' },
  'bank.settings': { action: 'settings' },
  'bank.set_setting': {
    action: 'set_setting',
    key: 'redemption',
    value: { holdHours: 48, window: { fromDay: 1, toDay: 10 } },
    version: 0,
    reason: '每月上旬集中兑换',
  },
  'bank.setting_history': { action: 'setting_history', key: 'redemption', page: 0 },
  // recognition
  'bank.passbook_months': { action: 'passbook_months', year: 2026 },
  'bank.recognition': { action: 'recognition' },
  'bank.party_hours': { action: 'party_hours', page: 0 },
  'bank.reviews': { action: 'reviews', period: 'quarter', at: '2026-05' },
  'bank.offices': { action: 'offices', year: 2026 },
  // Repairs at cost
  'bank.prices': { action: 'prices' },
  'bank.households': { action: 'households', communityId: 'c-jinding', page: 0 },
  'bank.set_household_tier': { action: 'set_household_tier', buildingId: 'B-0012', room: '301', tier: 'dibao', note: '低保证已核验' },
  'bank.quote': { action: 'quote', buildingId: 'B-0012', room: '301', category: 'repairs' },
  'bank.money_book': { action: 'money_book', page: 0 },
  'bank.fund_topup': { action: 'fund_topup', communityId: 'c-jinding', fen: 50000, reason: '街道拨付公益基金', requestId: 'req_fund_0001' },
  // redeem
  'bank.rewards': { action: 'rewards', page: 0 },
  'bank.reserve': { action: 'reserve', itemId: 'rw-xingfu-soap', requestId: 'req_reserve_0001' },
  'bank.my_reservations': { action: 'my_reservations', page: 0 },
  'bank.cancel_reservation': { action: 'cancel_reservation', reservationId: 'rsv_0123456789abcdef01234567' },
  'bank.shop_items': { action: 'shop_items', page: 0 },
  'bank.save_item': { action: 'save_item', version: 0, name: '挂面', points: 20, stock: 12, active: true, note: '每人每月限一份' },
  'bank.lookup_code': { action: 'lookup_code', code: '042917' },
  'bank.redeem': { action: 'redeem', reservationId: 'rsv_0123456789abcdef01234567' },
  'bank.shop_statement': { action: 'shop_statement', month: '2026-12' },
  'bank.statement_export': { action: 'statement_export', month: '2026-12' },
  // ledger
  'bank.accounts': { action: 'accounts', kind: 'sponsor', page: 0 },
  'bank.account_entries': { action: 'account_entries', accountId: 'sponsor:street-xmh', page: 0 },
  'bank.correct': { action: 'correct', entryId: 'grant:street-xmh:req_grant_0001', reason: '预算录入有误', requestId: 'req_correct_0001' },
  'bank.waiting_credits': { action: 'waiting_credits', page: 0 },
  'bank.verify': { action: 'verify' },
  'bank.office_grant': {
    action: 'office_grant',
    level: 'branch',
    streetId: 's-ximahe',
    points: 100,
    reason: '分行季度拨付',
    requestId: 'req_allot_0001',
  },
  'bank.bonus': {
    action: 'bonus',
    volunteerId: 'demo-volunteer',
    payer: 'branch',
    points: 1,
    reason: '年度优秀志愿者',
    requestId: 'req_bonus_0001',
  },
  // sponsors: 新增赞助方, changing one, the merchant's shop profile
  'admin.create_sponsor': {
    action: 'create_sponsor',
    name: '某某公司爱心基金',
    source: 'enterprise',
    note: '年度捐赠',
    requestId: 'req_sponsor_0001',
  },
  'admin.update_sponsor': {
    action: 'update_sponsor',
    sponsorId: 'street-xmh',
    version: 1,
    name: '洗马河街道公益积分预算',
    source: 'government',
  },
  'admin.edit_shop': { action: 'edit_shop', version: 0, address: '翠湖小区南门旁', hours: '每天 8:00–21:00', intro: '社区里的爱心超市' },
};

/** Field names that hold document ids. */
export const ID_FIELDS = ['buildingId', 'wishId', 'teamId', 'membershipId', 'communityId', 'sponsorId', 'code'];

/** Every string leaf of `value`, as [path, value]. */
export function stringLeaves(value: unknown, path: string[] = []): Array<[string[], string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringLeaves(v, [...path, String(i)]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, [...path, k]));
  return [];
}

/** A deep copy of `value` with the leaf at `path` replaced. */
export function withLeaf<T>(value: T, path: string[], leaf: unknown): T {
  const copy = structuredClone(value) as Record<string, unknown>;
  let at: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[path[path.length - 1]] = leaf;
  return copy as T;
}
