// The admin's invitations: create (the token is shown once; only its hash is stored), the code to scan,
// the list with each one's status, revoke with a reason. Each change writes its audit record in the
// same transaction.
import { fail, ok, type Failure, type Result } from '../../src/domain/errors';
import { auditRecord } from '../../src/domain/org/audit';
import { fitsScope } from '../../src/domain/org/grants';
import { asInvitation, decideInvitation, INVITE_PAGE, invitePath, newInvitation, viewOf } from '../../src/domain/org/invitation';
import { PAGE_SIZE, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { updateOf } from '../_lib/collections/changes';
import { addInvitationIn, getInvitation, invitationIn, invitationsPage, newToken, tokenHash } from '../_lib/collections/invitations';
import { addShopIn } from '../_lib/collections/shops';
import { addAuditIn } from '../_lib/collections/audit';
import { checkText } from '../_lib/content';
import type { Deps } from '../_lib/context';
import type { HandlerContext } from '../_lib/router';
import { inTransaction, one } from '../_lib/transaction';
import { peopleNamer } from '../_lib/names';
import { scopeName, scopeNamer } from './names';

type R<A extends 'invite' | 'invite_code' | 'invitations' | 'revoke_invitation' | 'scopes'> = Promise<Result<ActionOutput<'people', A>>>;
const iso = (d: Date) => d.toISOString();

export function invitationHandlers(deps: Deps) {
  const { cloud, db } = deps;
  return {
    invite: async (input: ActionInput<'people', 'invite'>, { openid }: HandlerContext): R<'invite'> => {
      const now = new Date();
      if (!fitsScope(input.role, input.scope))
        return fail('INPUT.INVALID', 'role does not take this scope', [{ path: 'scope', message: '这个角色不能授予这个范围' }]);
      const from = input.from || '街道管理员';
      const checked = await checkText(cloud, openid, [from, input.note, input.shopName ?? ''].join(' '), 1);
      if (!checked.ok) return checked;
      const known = await scopeName(deps, input.scope);
      // A new 爱心商户: the shop record is made with its first invitation (same transaction).
      const newShop = known === undefined && input.scope.kind === 'shop' && input.shopName ? input.shopName : undefined;
      const name = known ?? newShop;
      if (name === undefined) return fail('SCOPE.NOT_FOUND', `no ${input.scope.kind} with this id`);
      const token = newToken();
      const inv = newInvitation(
        tokenHash(token),
        { role: input.role, scope: input.scope, scopeName: name, from, note: input.note, days: input.days },
        openid,
        now,
      );
      if (!inv.ok) return inv;
      const record = auditRecord('invite', {
        at: now,
        by: openid,
        role: input.role,
        scope: input.scope,
        why: input.note,
        invitationId: inv.data._id,
      });
      await inTransaction(db, async (t) => {
        if (newShop) await addShopIn(t, input.scope.id, newShop, now);
        await addInvitationIn(t, inv.data);
        await addAuditIn(t, record);
      });
      return ok({ invitationId: inv.data._id, token, path: invitePath(token), expiresAt: iso(inv.data.expiresAt) });
    },

    invite_code: async (input: ActionInput<'people', 'invite_code'>): R<'invite_code'> => {
      const inv = asInvitation(await getInvitation(db, tokenHash(input.token)));
      if (!inv) return fail('INVITE.NOT_FOUND', 'no such invitation');
      const res = (await cloud.openapi.wxacode.getUnlimited({ scene: input.token, page: INVITE_PAGE, checkPath: false, width: 430 })) as {
        buffer: Buffer | Uint8Array;
      };
      return ok({ png: Buffer.from(res.buffer).toString('base64') });
    },

    invitations: async (input: ActionInput<'people', 'invitations'>): R<'invitations'> => {
      const now = new Date();
      const page = await invitationsPage(db, input.page, PAGE_SIZE);
      const list = page.items.map((raw) => asInvitation(raw)!);
      const [people, scopeOf] = await Promise.all([
        peopleNamer(
          deps,
          list.map((i) => i.acceptedBy ?? ''),
        ),
        scopeNamer(deps),
      ]);
      return ok({
        page: page.page,
        hasMore: page.hasMore,
        items: list.map((i) => ({
          invitationId: i._id,
          role: i.role,
          scope: { ...scopeOf(i.scope), name: i.scopeName },
          from: i.from,
          note: i.note,
          status: viewOf(i, now),
          createdAt: iso(i.createdAt),
          expiresAt: iso(i.expiresAt),
          ...(i.acceptedBy ? { acceptedBy: people.name(i.acceptedBy) } : {}),
          ...(i.acceptedAt ? { acceptedAt: iso(i.acceptedAt) } : {}),
          ...(i.revokedAt ? { revokedAt: iso(i.revokedAt) } : {}),
          ...(i.revokeReason ? { revokeReason: i.revokeReason } : {}),
        })),
      });
    },

    revoke_invitation: async (input: ActionInput<'people', 'revoke_invitation'>, { openid }: HandlerContext): R<'revoke_invitation'> => {
      const now = new Date();
      const out = await inTransaction<true, Failure>(db, async (t) => {
        const ref = invitationIn(t, input.invitationId);
        const inv = asInvitation((await ref.get()).data);
        if (!inv) return t.rollback(fail('INVITE.NOT_FOUND', 'no such invitation').error) as never;
        const change = decideInvitation('revoke', inv, { openid, relation: 'admin' }, now, input.reason);
        if (!change.ok) return t.rollback(change.error) as never;
        one(await ref.update({ data: updateOf(db.command, change.data) }));
        const record = auditRecord('revoke_invitation', {
          at: now,
          by: openid,
          role: inv.role,
          scope: inv.scope,
          why: input.reason,
          invitationId: inv._id,
        });
        await addAuditIn(t, record);
        return true as const;
      });
      if ('rolledBack' in out) return { ok: false, error: out.rolledBack };
      return ok({ invitationId: input.invitationId, status: 'revoked' });
    },
  };
}
