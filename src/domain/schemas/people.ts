// `people` function: invitations (邀请), grants of roles with a scope (授权, 范围), the audit record.
import * as z from 'zod';
import { AUDIT_ACTIONS } from '../org/audit';
import { SCOPE_KINDS, SCOPED_ROLES } from '../org/grants';
import { INVITATION_VIEWS, MAX_INVITE_DAYS } from '../org/invitation';
import { ROLES } from '../roles';
import { Id, IsoDate, Page, pageOf, PersonName, text } from './common';

/** The secret of an invitation link (base64url, 22 characters when made here). */
export const InviteToken = z.string().regex(/^[0-9A-Za-z_-]{16,32}$/, '邀请链接不完整，请重新打开');
/** An invitation's id: the sha256 of its token, in hex. */
export const InvitationId = z.string().regex(/^[0-9a-f]{64}$/, '邀请编号格式不正确');
export const ScopeSchema = z.strictObject({ kind: z.enum(SCOPE_KINDS, { error: '请选择范围' }), id: Id });
const ScopedRole = z.enum(SCOPED_ROLES, { error: '请选择角色' });
const Reason = text(2, 100);
const ScopeView = z.strictObject({ kind: z.enum(SCOPE_KINDS), id: z.string(), name: z.string() });

export const InviteInput = z.strictObject({
  action: z.literal('invite'),
  role: ScopedRole,
  scope: ScopeSchema,
  /** A new shop (爱心商户) made with the invitation, when scope.kind is shop and the shop is new. */
  shopName: text(2, 40).optional(),
  /** Who invites, as the invitee reads it; default 街道管理员. */
  from: text(0, 20).optional(),
  note: text(0, 100),
  days: z.number().int().min(1).max(MAX_INVITE_DAYS).optional(),
});
export const InviteOutput = z.strictObject({
  invitationId: z.string(),
  /** Shown once: only its hash is stored. */
  token: z.string(),
  /** The mini-program page that accepts it. */
  path: z.string(),
  expiresAt: IsoDate,
});

export const InviteCodeInput = z.strictObject({ action: z.literal('invite_code'), token: InviteToken });
/** The invitation's mini-program code (wxacode), a PNG in base64. */
export const InviteCodeOutput = z.strictObject({ png: z.string() });

const InvitationItem = z.strictObject({
  invitationId: z.string(),
  role: z.enum(SCOPED_ROLES),
  scope: ScopeView,
  from: z.string(),
  note: z.string(),
  status: z.enum(INVITATION_VIEWS),
  createdAt: IsoDate,
  expiresAt: IsoDate,
  acceptedBy: z.string().optional(),
  acceptedAt: IsoDate.optional(),
  revokedAt: IsoDate.optional(),
  revokeReason: z.string().optional(),
});
export const InvitationsInput = z.strictObject({ action: z.literal('invitations'), page: Page });
export const InvitationsOutput = pageOf(InvitationItem);

export const RevokeInvitationInput = z.strictObject({ action: z.literal('revoke_invitation'), invitationId: InvitationId, reason: Reason });
export const RevokeInvitationOutput = z.strictObject({ invitationId: z.string(), status: z.literal('revoked') });

/** What the invitee reads before accepting (anyone holding the link). */
export const PreviewInput = z.strictObject({ action: z.literal('preview'), token: InviteToken });
export const PreviewOutput = z.strictObject({
  role: z.enum(SCOPED_ROLES),
  scope: ScopeView,
  from: z.string(),
  status: z.enum(INVITATION_VIEWS),
  expiresAt: IsoDate,
});
export const AcceptInput = z.strictObject({
  action: z.literal('accept'),
  token: InviteToken,
  /** How the admins will know the person (人员与权限, 授权记录); a registered volunteer's name is used otherwise. */
  name: PersonName.optional(),
});
export const AcceptOutput = z.strictObject({ role: z.enum(SCOPED_ROLES), scope: ScopeView, roles: z.array(z.enum(ROLES)) });

const GrantView = z.strictObject({ role: z.enum(SCOPED_ROLES), scope: ScopeView });
export const PeopleInput = z.strictObject({ action: z.literal('people'), page: Page });
export const PeopleOutput = pageOf(
  z.strictObject({
    personId: z.string(),
    /** From the volunteer registration, else 未登记. */
    name: z.string(),
    /** Masked (139****5678), or empty. */
    phone: z.string(),
    roles: z.array(z.enum(ROLES)),
    grants: z.array(GrantView),
  }),
);

export const RevokeGrantInput = z.strictObject({
  action: z.literal('revoke_grant'),
  personId: Id,
  role: ScopedRole,
  /** Absent: a role held by name alone (from before roles had scopes). */
  scope: ScopeSchema.optional(),
  reason: Reason,
});
export const RevokeGrantOutput = z.strictObject({ personId: z.string(), roles: z.array(z.enum(ROLES)), grants: z.array(GrantView) });

export const AuditInput = z.strictObject({ action: z.literal('audit'), page: Page });
export const AuditOutput = pageOf(
  z.strictObject({
    at: IsoDate,
    what: z.enum(AUDIT_ACTIONS),
    by: z.string(),
    whom: z.string(),
    role: z.enum(SCOPED_ROLES),
    scope: ScopeView,
    why: z.string(),
  }),
);

/** The scopes an admin may pick from: the street, its communities, the active teams, the shops. */
export const ScopesInput = z.strictObject({ action: z.literal('scopes') });
const Named = z.array(z.strictObject({ id: z.string(), name: z.string() }));
export const ScopesOutput = z.strictObject({ street: Named, community: Named, team: Named, shop: Named });

export const peopleActions = {
  invite: { input: InviteInput, output: InviteOutput },
  invite_code: { input: InviteCodeInput, output: InviteCodeOutput },
  invitations: { input: InvitationsInput, output: InvitationsOutput },
  revoke_invitation: { input: RevokeInvitationInput, output: RevokeInvitationOutput },
  preview: { input: PreviewInput, output: PreviewOutput },
  accept: { input: AcceptInput, output: AcceptOutput },
  people: { input: PeopleInput, output: PeopleOutput },
  revoke_grant: { input: RevokeGrantInput, output: RevokeGrantOutput },
  audit: { input: AuditInput, output: AuditOutput },
  scopes: { input: ScopesInput, output: ScopesOutput },
} as const;

export type InviteInput = z.infer<typeof InviteInput>;
export type PreviewOutput = z.infer<typeof PreviewOutput>;
export type InvitationItem = z.infer<typeof InvitationItem>;
export type ScopesOutput = z.infer<typeof ScopesOutput>;
