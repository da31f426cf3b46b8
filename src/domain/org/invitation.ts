// An invitation (邀请) grants one role in one scope to whoever opens it in WeChat and accepts it. The
// admin never types an OPENID. The secret token is in the link (and its QR code) only: the stored
// document's `_id` is the token's sha256, so reading the database does not let anyone accept.
// Lifecycle (one table, decided with "now" passed in):
//
//   open ──accept (invitee, before expiresAt)──▶ accepted
//   open ──revoke (admin, with a reason)───────▶ revoked
//   open, once now ≥ expiresAt                   reads as expired (nothing is written; accept refuses)
import { decide, type Change, type Situation, type Table } from '../lifecycle';
import { fail, ok, type Result } from '../errors';
import { fitsScope, type Grant, type Scope, type ScopedRole } from './grants';

export const INVITATION_STATUSES = ['open', 'accepted', 'revoked'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
/** What a person reads: a stored status, or `expired` for an open one past its time. */
export const INVITATION_VIEWS = ['open', 'accepted', 'revoked', 'expired'] as const;
export type InvitationView = (typeof INVITATION_VIEWS)[number];

export const DEFAULT_INVITE_DAYS = 7;
export const MAX_INVITE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface Invitation {
  /** sha256 (hex) of the secret token. */
  _id: string;
  role: ScopedRole;
  scope: Scope;
  /** The scope's name when it was made (金鼎社区), so the invite page needs no other read. */
  scopeName: string;
  /** Who invites, as the invitee reads it (e.g. 西马河街道 李主任). */
  from: string;
  /** Why (kept in the audit record). */
  note: string;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date;
  status: InvitationStatus;
  version: number;
  acceptedBy?: string;
  acceptedAt?: Date;
  revokedBy?: string;
  revokedAt?: Date;
  revokeReason?: string;
  history?: unknown[];
}

export interface InvitationDraft {
  role: ScopedRole;
  scope: Scope;
  scopeName: string;
  from: string;
  note: string;
  days?: number;
}

/** A new open invitation, or INPUT.INVALID when the role does not take that scope (ROLE_SCOPES). */
export function newInvitation(tokenHash: string, draft: InvitationDraft, createdBy: string, now: Date): Result<Invitation> {
  if (!fitsScope(draft.role, draft.scope))
    return fail('INPUT.INVALID', 'role does not take this scope', [{ path: 'scope', message: '这个角色不能授予这个范围' }]);
  const days = Math.min(MAX_INVITE_DAYS, Math.max(1, Math.round(draft.days ?? DEFAULT_INVITE_DAYS)));
  return ok({
    _id: tokenHash,
    role: draft.role,
    scope: { kind: draft.scope.kind, id: draft.scope.id },
    scopeName: draft.scopeName,
    from: draft.from,
    note: draft.note,
    createdBy,
    createdAt: now,
    expiresAt: new Date(now.getTime() + days * DAY_MS),
    status: 'open',
    version: 0,
  });
}

/** The status a person reads at `now`. */
export const viewOf = (inv: Pick<Invitation, 'status' | 'expiresAt'>, now: Date): InvitationView =>
  inv.status === 'open' && now.getTime() >= inv.expiresAt.getTime() ? 'expired' : inv.status;

export const grantOf = (inv: Pick<Invitation, 'role' | 'scope'>): Grant => ({ role: inv.role, scope: inv.scope });

export type InvitationAction = 'accept' | 'revoke';
export type InvitationRelation = 'invitee' | 'admin';
type S = Situation<Invitation, InvitationRelation, { note?: string }>;

const closed = (c: S) => (c.doc.status === 'accepted' ? 'INVITE.USED' : 'INVITE.REVOKED');

export const INVITATION_LIFECYCLE: Table<InvitationAction, InvitationStatus, InvitationRelation, S> = {
  // Anyone signed in who holds the token is the invitee; single use by compare-and-set on status.
  accept: {
    from: ['open'],
    to: ['accepted'],
    by: ['invitee'],
    wrongState: closed,
    guards: [{ code: 'INVITE.EXPIRED', message: 'invitation expired', refuses: (c) => c.now.getTime() >= c.doc.expiresAt.getTime() }],
    effects: (c) => ({ set: { acceptedBy: c.actor.openid, acceptedAt: c.now } }),
  },
  // Immediate: an open invitation revoked now cannot be accepted a moment later.
  revoke: {
    from: ['open'],
    to: ['revoked'],
    by: ['admin'],
    wrongState: closed,
    effects: (c) => ({ set: { revokedBy: c.actor.openid, revokedAt: c.now, revokeReason: c.params.note ?? '' } }),
  },
};

export type InvitationChange = Change<InvitationAction, InvitationStatus, InvitationRelation>;

export function decideInvitation(
  action: InvitationAction,
  inv: Invitation,
  actor: { openid: string; relation: InvitationRelation },
  now: Date,
  note?: string,
): Result<InvitationChange> {
  return decide(INVITATION_LIFECYCLE, action, inv, { openid: actor.openid, relations: [actor.relation] }, now, note ? { note } : {});
}

/** The mini-program page that accepts an invitation, and its path with the token. */
export const INVITE_PAGE = 'pages/invite/index';
export const invitePath = (token: string) => `${INVITE_PAGE}?t=${token}`;

/** A stored invitation as the SDK hands it over (dates may arrive as strings through some paths). */
export function asInvitation(raw: unknown): Invitation | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Invitation;
  const date = (d: unknown) => (d instanceof Date ? d : new Date(d as string));
  return {
    ...r,
    createdAt: date(r.createdAt),
    expiresAt: date(r.expiresAt),
    ...(r.acceptedAt ? { acceptedAt: date(r.acceptedAt) } : {}),
    ...(r.revokedAt ? { revokedAt: date(r.revokedAt) } : {}),
  };
}
