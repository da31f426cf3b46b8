// The invitee's side: read an invitation by its token, and accept it once. One transaction reads the
// invitation and the person's user document, marks the invitation accepted (two accepts at once
// conflict: one commits, the other retries and reads it accepted), adds the grant and the role name,
// makes a team leader the team's active leader, and writes the audit record.
import { fail, ok, type Failure, type Result } from '../../src/domain/errors';
import { auditRecord } from '../../src/domain/org/audit';
import { asInvitation, decideInvitation, grantOf, viewOf, type Invitation } from '../../src/domain/org/invitation';
import { withGrant } from '../../src/domain/org/holdings';
import type { Role } from '../../src/domain/roles';
import type { ActionInput, ActionOutput } from '../../src/domain/schemas';
import { updateOf } from '../_lib/collections/changes';
import { addAuditIn } from '../_lib/collections/audit';
import { getInvitation, invitationIn, tokenHash } from '../_lib/collections/invitations';
import { leadIn } from '../_lib/collections/memberships';
import { holdingsIn, writeHoldings } from '../_lib/collections/users';
import { checkText } from '../_lib/content';
import type { Deps } from '../_lib/context';
import type { HandlerContext } from '../_lib/router';
import { inTransaction, one } from '../_lib/transaction';

type R<A extends 'preview' | 'accept'> = Promise<Result<ActionOutput<'people', A>>>;
const scopeView = (inv: Invitation) => ({ ...inv.scope, name: inv.scopeName });

export function acceptHandlers(deps: Deps) {
  const { db } = deps;
  return {
    preview: async (input: ActionInput<'people', 'preview'>): R<'preview'> => {
      const inv = asInvitation(await getInvitation(db, tokenHash(input.token)));
      if (!inv) return fail('INVITE.NOT_FOUND', 'no such invitation');
      return ok({
        role: inv.role,
        scope: scopeView(inv),
        from: inv.from,
        status: viewOf(inv, new Date()),
        expiresAt: inv.expiresAt.toISOString(),
      });
    },

    accept: async (input: ActionInput<'people', 'accept'>, { openid }: HandlerContext): R<'accept'> => {
      const now = new Date();
      if (input.name) {
        const checked = await checkText(deps.cloud, openid, input.name, 1);
        if (!checked.ok) return checked;
      }
      const id = tokenHash(input.token);
      const out = await inTransaction<{ inv: Invitation; roles: Role[] }, Failure>(db, async (t) => {
        const ref = invitationIn(t, id);
        const inv = asInvitation((await ref.get()).data);
        if (!inv) return t.rollback(fail('INVITE.NOT_FOUND', 'no such invitation').error) as never;
        const change = decideInvitation('accept', inv, { openid, relation: 'invitee' }, now);
        if (!change.ok) return t.rollback(change.error) as never;
        one(await ref.update({ data: updateOf(db.command, change.data) }));
        const { doc, holdings } = await holdingsIn(t, openid);
        const next = withGrant(holdings, grantOf(inv));
        await writeHoldings(t, openid, doc, next, now, input.name);
        if (inv.role === 'leader') await leadIn(t, inv.scope.id, openid, now);
        const record = auditRecord('accept', {
          at: now,
          by: openid,
          whom: openid,
          role: inv.role,
          scope: inv.scope,
          why: inv.note,
          invitationId: id,
        });
        await addAuditIn(t, record);
        return { inv, roles: next.roles };
      });
      if ('rolledBack' in out) return { ok: false, error: out.rolledBack };
      const { inv, roles } = out.done;
      if (inv.role === 'leader') deps.ref.forgetTeams();
      return ok({ role: inv.role, scope: scopeView(inv), roles });
    },
  };
}
