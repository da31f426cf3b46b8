// Names for what the admin reads: scopes (金鼎社区, 乐修匠服务队) and people (from their volunteer
// registration; a person who never registered shows as 用户 and the last 4 characters of their id).
import type { Scope } from '../../src/domain/org/grants';
import { allShops } from '../_lib/collections/shops';
import { getShop } from '../_lib/collections/shops';
import type { Deps } from '../_lib/context';

/** Every scope an admin may pick, by kind: ids and names. */
export async function scopeLists(deps: Deps) {
  const [streets, communities, teams, shops] = await Promise.all([
    deps.ref.streets(),
    deps.ref.communities(),
    deps.ref.teams(),
    allShops(deps.db),
  ]);
  const named = (list: ReadonlyArray<{ _id: string; name: string }>) =>
    [...list].sort((a, b) => a.name.localeCompare(b.name, 'zh')).map((d) => ({ id: d._id, name: d.name }));
  return { street: named(streets), community: named(communities), team: named(teams), shop: named(shops) };
}

/** The name of one scope, or undefined when it does not exist. */
export async function scopeName(deps: Deps, scope: Scope): Promise<string | undefined> {
  switch (scope.kind) {
    case 'street':
      return (await deps.ref.streets()).find((s) => s._id === scope.id)?.name;
    case 'community':
      return (await deps.ref.community(scope.id))?.name;
    case 'team':
      return (await deps.ref.team(scope.id))?.name;
    case 'shop':
      return (await getShop(deps.db, scope.id))?.name;
  }
}

/** Names every scope of a list at once (one set of reads), for lists of grants and records. */
export async function scopeNamer(deps: Deps): Promise<(scope: Scope) => { kind: Scope['kind']; id: string; name: string }> {
  const lists = await scopeLists(deps);
  return (scope) => ({ ...scope, name: lists[scope.kind].find((s) => s.id === scope.id)?.name ?? scope.id });
}
