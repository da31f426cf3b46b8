// Who holds which scoped role, revoking a grant (with a reason), and the audit record list.
import { fail, ok, type Failure, type Result } from '../../src/domain/errors';
import { auditRecord } from '../../src/domain/org/audit';
import type { Grant } from '../../src/domain/org/grants';
import { isLastAdmin, withoutGrant, type Holdings } from '../../src/domain/org/holdings';
import { PAGE_SIZE, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { addAuditIn, auditPage } from '../_lib/collections/audit';
import { unleadIn } from '../_lib/collections/memberships';
import { holdersOf, holdingsIn, scopedHolders, writeHoldings } from '../_lib/collections/users';
import type { Deps } from '../_lib/context';
import type { HandlerContext } from '../_lib/router';
import { inTransaction } from '../_lib/transaction';
import { peopleNamer } from '../_lib/names';
import { scopeNamer } from './names';

type R<A extends 'people' | 'revoke_grant' | 'audit'> = Promise<Result<ActionOutput<'people', A>>>;

export function grantHandlers(deps: Deps) {
  const { db } = deps;
  return {
    people: async (input: ActionInput<'people', 'people'>): R<'people'> => {
      const all = await scopedHolders(db);
      const slice = all.slice(input.page * PAGE_SIZE, (input.page + 1) * PAGE_SIZE);
      const [names, scopeOf] = await Promise.all([
        peopleNamer(
          deps,
          slice.map((u) => u._id),
        ),
        scopeNamer(deps),
      ]);
      return ok({
        page: input.page,
        hasMore: all.length > (input.page + 1) * PAGE_SIZE,
        items: slice.map((u) => ({
          personId: u._id,
          name: names.name(u._id),
          phone: names.phone(u._id),
          roles: u.roles,
          grants: u.grants.map((g) => ({ role: g.role, scope: scopeOf(g.scope) })),
        })),
      });
    },

    revoke_grant: async (input: ActionInput<'people', 'revoke_grant'>, { openid }: HandlerContext): R<'revoke_grant'> => {
      const now = new Date();
      const admins = input.role === 'admin' ? (await holdersOf(db, 'admin')).map((h) => h.openid) : [];
      const out = await inTransaction<Holdings, Failure>(db, async (t) => {
        const { doc, holdings } = await holdingsIn(t, input.personId);
        if (!holdings) return t.rollback(fail('GRANT.NOT_FOUND', 'no such person').error) as never;
        const next = withoutGrant(holdings, input.role, input.scope);
        if (!next.ok) return t.rollback(next.error) as never;
        if (input.role === 'admin' && !next.data.roles.includes('admin') && isLastAdmin(admins, input.personId))
          return t.rollback(fail('GRANT.LAST_ADMIN', 'the last admin stays').error) as never;
        await writeHoldings(t, input.personId, doc, next.data, now);
        if (input.role === 'leader' && input.scope) await unleadIn(t, input.scope.id, input.personId);
        // A role held by name alone (no scope) is recorded against the street-wide scope it acted in.
        const scope: Grant['scope'] = input.scope ?? { kind: 'street', id: '*' };
        const record = auditRecord('revoke_grant', {
          at: now,
          by: openid,
          whom: input.personId,
          role: input.role,
          scope,
          why: input.reason,
        });
        await addAuditIn(t, record);
        return next.data;
      });
      if ('rolledBack' in out) return { ok: false, error: out.rolledBack };
      if (input.role === 'leader') deps.ref.forgetTeams();
      const scopeOf = await scopeNamer(deps);
      return ok({
        personId: input.personId,
        roles: out.done.roles,
        grants: out.done.grants.map((g) => ({ role: g.role, scope: scopeOf(g.scope) })),
      });
    },

    audit: async (input: ActionInput<'people', 'audit'>): R<'audit'> => {
      const page = await auditPage(db, input.page, PAGE_SIZE);
      const [names, scopeOf] = await Promise.all([
        peopleNamer(
          deps,
          page.items.flatMap((r) => [r.by, r.whom ?? '']),
        ),
        scopeNamer(deps),
      ]);
      return ok({
        page: page.page,
        hasMore: page.hasMore,
        items: page.items.map((r) => ({
          at: new Date(r.at).toISOString(),
          what: r.what,
          by: names.name(r.by),
          whom: r.whom ? names.name(r.whom) : '',
          role: r.role,
          scope: r.scope.id === '*' ? { ...r.scope, name: '全部' } : scopeOf(r.scope),
          why: r.why,
        })),
      });
    },
  };
}
