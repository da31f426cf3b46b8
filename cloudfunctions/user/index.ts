// The `user` function: who the caller is, what they may do and where (scopes named for the page).
import { ok } from '../../src/domain/errors';
import type { Grant } from '../../src/domain/org/grants';
import { accessOf } from '../_lib/collections/users';
import { setup } from '../_lib/context';
import { respond } from '../_lib/respond';
import { route } from '../_lib/router';

const deps = setup();
const { db, ref } = deps;

/** The scope's name from the cached reference data (no request when warm); none for a shop yet. */
async function scopeName({ scope }: Grant): Promise<string | undefined> {
  if (scope.kind === 'street') return (await ref.streets()).find((s) => s._id === scope.id)?.name;
  if (scope.kind === 'community') return (await ref.community(scope.id))?.name;
  if (scope.kind === 'team') return (await ref.team(scope.id))?.name;
  return undefined;
}

export const main = respond(
  'user',
  route(
    'user',
    {
      whoami: async (_input, { openid }) => {
        const { roles, grants } = await accessOf(db, openid);
        const scopes = await Promise.all(
          grants.map(async (g) => {
            const name = await scopeName(g);
            return { role: g.role, kind: g.scope.kind, id: g.scope.id, ...(name ? { name } : {}) };
          }),
        );
        return ok({ openid, roles, scopes });
      },
    },
    deps,
  ),
);
