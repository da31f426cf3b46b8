// Where the caller's admin-area reading holds: an admin sees the whole deployment (one street office);
// a dispatcher the communities of their grants ('all' for a street dispatcher; none without a grant).
import { dispatcherCommunities } from '../../src/domain/org/grants';
import type { PlaceScope } from '../../src/domain/org/placeTree';
import type { HandlerContext } from '../_lib/router';

export function scopeOf(ctx: HandlerContext): PlaceScope {
  if (ctx.roles?.includes('admin')) return 'all';
  return dispatcherCommunities(ctx.grants ?? []);
}
