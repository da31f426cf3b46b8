// What the invitation and people pages say about roles with a scope: the invitation's title, what a
// role lets its holder do, and the page to go to once it is accepted.
import { SCOPE_LABELS, type Scope, type ScopedRole } from '../domain/org/grants';
import type { InvitationView } from '../domain/org/invitation';
import { ROLE_LABELS } from '../domain/roles';

/** 邀请您成为 金鼎社区 的 派单员 */
export const inviteTitle = (role: ScopedRole, scopeName: string): string => `邀请您成为 ${scopeName} 的 ${ROLE_LABELS[role]}`;

/** The share card's title: 邀请您成为金鼎社区派单员 */
export const shareTitle = (role: ScopedRole, scopeName: string): string => `邀请您成为${scopeName}${ROLE_LABELS[role]}`;

/** 金鼎社区（社区） */
export const scopeText = (scope: Scope & { name: string }): string => `${scope.name}（${SCOPE_LABELS[scope.kind]}）`;

/** What each role lets its holder do, and where to start. */
export const ROLE_POWERS: Readonly<Record<ScopedRole, { can: string; url: string; go: string }>> = {
  admin: { can: '邀请工作人员、撤销权限、查看授权记录', url: '/admin/pages/people/index', go: '去人员与权限' },
  dispatcher: { can: '在派单台查看居民的心愿，派给志愿服务队', url: '/dispatcher/pages/queue/index', go: '去派单台' },
  leader: { can: '批准队员加入、给队员派单、确认服务时长', url: '/volunteer/pages/teams/index', go: '去我的服务队' },
  merchant: { can: '在爱心商户页为居民兑换公益积分', url: '/merchant/pages/shop/index', go: '去商户页' },
  helper: { can: '替不方便的老人提交心愿（帮办）并代为评价', url: '/pages/index/index', go: '回首页' },
};

export const INVITATION_STATUS_LABELS: Readonly<Record<InvitationView, string>> = {
  open: '待接受',
  accepted: '已接受',
  revoked: '已撤回',
  expired: '已过期',
};

/** The refusal an invitation in this status meets on 接受邀请 (undefined: open, it can be accepted). */
export const INVITATION_REFUSAL: Readonly<Record<InvitationView, 'INVITE.USED' | 'INVITE.REVOKED' | 'INVITE.EXPIRED' | undefined>> = {
  open: undefined,
  accepted: 'INVITE.USED',
  revoked: 'INVITE.REVOKED',
  expired: 'INVITE.EXPIRED',
};

/** The token in the page's query: `t` from a link, or `scene` from a mini-program code (URL-encoded by WeChat). */
export function tokenFromQuery(params: Readonly<Record<string, string | undefined>>): string | undefined {
  const raw = params.t ?? (params.scene ? decodeURIComponent(params.scene) : undefined);
  return raw && /^[0-9A-Za-z_-]{16,32}$/.test(raw) ? raw : undefined;
}
