// The record of every grant, acceptance and revocation (审计记录): who, whom, what, when, why. Written
// in the same transaction as the change it records; append-only; listed newest first.
import type { Scope, ScopedRole } from './grants';

export const AUDIT_ACTIONS = ['invite', 'accept', 'revoke_invitation', 'revoke_grant', 'bootstrap'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_LABELS: Readonly<Record<AuditAction, string>> = {
  invite: '发出邀请',
  accept: '接受邀请',
  revoke_invitation: '撤回邀请',
  revoke_grant: '撤销权限',
  bootstrap: '初始管理员邀请',
};

export interface AuditRecord {
  /** Idempotency key: `<what>:<invitation id>`, or `revoke_grant:<openid>:<role>:<scope>:<ms>`. */
  _id: string;
  at: Date;
  /** OPENID of who acted ('bootstrap' for the command line). */
  by: string;
  /** OPENID of whom it concerns, when known (not yet for an invitation nobody accepted). */
  whom?: string;
  what: AuditAction;
  role: ScopedRole;
  scope: Scope;
  /** The reason or note given. */
  why: string;
  invitationId?: string;
}

export function auditRecord(what: AuditAction, r: Omit<AuditRecord, '_id' | 'what'>): AuditRecord {
  const key =
    what === 'revoke_grant'
      ? `revoke_grant:${r.whom}:${r.role}:${r.scope.kind}:${r.scope.id}:${r.at.getTime()}`
      : `${what}:${r.invitationId ?? ''}`;
  return { _id: key, what, ...r };
}
