// `admin`: the admin area (管理后台) — places, teams, sponsors and budgets — and the merchant's shop.
// The router's gates let in admins (and dispatchers for reading places and teams) and merchants (shop).
import { fail, ok, type Result } from '../../src/domain/errors';
import { merchantShop } from '../../src/domain/org/shop';
import type { ActionInput, ActionOutput } from '../../src/domain/schemas';
import { getShop } from '../_lib/collections/shops';
import { setup } from '../_lib/context';
import { respond } from '../_lib/respond';
import { route, type HandlerContext } from '../_lib/router';
import { placeHandlers } from './places';
import { sponsorHandlers } from './sponsors';
import { teamHandlers } from './teams';

const deps = setup();
const { db, ref } = deps;

async function shop(_input: ActionInput<'admin', 'shop'>, ctx: HandlerContext): Promise<Result<ActionOutput<'admin', 'shop'>>> {
  const id = merchantShop(ctx.grants ?? []);
  const found = id ? await getShop(db, id) : null;
  if (!found) return fail('SHOP.NOT_FOUND', 'no shop for this merchant');
  const community = found.communityId ? await ref.community(found.communityId) : undefined;
  return ok({
    shopId: found._id,
    name: found.name,
    communityName: community?.name ?? '',
    ...(found.address ? { address: found.address } : {}),
    ...(found.hours ? { hours: found.hours } : {}),
  });
}

export const main = respond(
  'admin',
  route('admin', { ...placeHandlers(deps), ...teamHandlers(deps), ...sponsorHandlers(deps), shop }, deps),
);
