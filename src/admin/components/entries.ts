// The admin home's entries (管理后台) and who sees each: a dispatcher the desk's entries (places, teams,
// posters, figures, exports, reviews, elders); an admin all of them. The pages of other areas (people, invitations, import, posters) are
// built alongside; the links are the shared paths.
import type { Role } from '@/domain/roles';

export interface AdminEntry {
  key: string;
  label: string;
  hint: string;
  url: string;
  roles: readonly Role[];
}

const DESK: readonly Role[] = ['admin', 'dispatcher'];
const ADMIN: readonly Role[] = ['admin'];

export const ADMIN_ENTRIES: readonly AdminEntry[] = [
  { key: 'places', label: '场所', hint: '街道、社区、小区和楼栋码', url: '/admin/pages/places/index', roles: DESK },
  { key: 'teams', label: '队伍', hint: '总队、支队、专业队伍、社区队伍和社团', url: '/admin/pages/teams/index', roles: DESK },
  { key: 'people', label: '人员与角色', hint: '谁能做什么，在哪个范围', url: '/admin/pages/people/index', roles: ADMIN },
  { key: 'invitations', label: '邀请', hint: '邀请派单员、队长、帮办员、商户', url: '/admin/pages/invitations/index', roles: ADMIN },
  { key: 'import', label: '导入导出', hint: '用表格批量导入或导出', url: '/admin/pages/import/index', roles: ADMIN },
  { key: 'posters', label: '二维码海报', hint: '打印楼道张贴的二维码', url: '/admin/pages/posters/index', roles: DESK },
  { key: 'sponsors', label: '赞助方与预算', hint: '各赞助方的积分余额，拨付预算', url: '/admin/pages/sponsors/index', roles: ADMIN },
  { key: 'bank', label: '公益银行', hint: '积分规则、等待预算、账户更正与核对', url: '/admin/pages/bank/index', roles: ADMIN },
  {
    key: 'dashboard',
    label: '数据看板',
    hint: '三率、用时、服务时长，按月、社区、服务队、楼栋统计',
    url: '/admin/pages/dashboard/index',
    roles: DESK,
  },
  {
    key: 'exports',
    label: '数据导出',
    hint: '微心愿、服务时长、活动、巡访、积分流水，导出为表格',
    url: '/admin/pages/exports/index',
    roles: DESK,
  },
  { key: 'reviews', label: '评比', hint: '月兑换、季小评、年总评、储蓄所星级、党员时长', url: '/admin/pages/reviews/index', roles: DESK },
  // Repairs at cost: households' tiers (helpers reach it from the home page's entries).
  { key: 'households', label: '困难户登记', hint: '低保户、特困户，维修低偿收费', url: '/dispatcher/pages/households/index', roles: DESK },
  { key: 'prices', label: '收费标准与公益基金', hint: '低偿服务的价格，社区公益基金', url: '/admin/pages/prices/index', roles: ADMIN },
  // The elders' registry and its board (helpers reach it from the home page's entries).
  {
    key: 'elders',
    label: '巡访看板',
    hint: '60岁以上老人登记、导入，逾期未访排在最前',
    url: '/dispatcher/pages/elders/index',
    roles: DESK,
  },
];

/** The entries these roles open, in menu order. */
export const entriesFor = (roles: readonly string[]): AdminEntry[] => ADMIN_ENTRIES.filter((e) => e.roles.some((r) => roles.includes(r)));
