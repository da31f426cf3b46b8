// Acting on a wish: load it, compute the caller's relations (reading memberships and roles only when
// the action's row needs them), let the domain decide the whole change, run the content check on the
// decided change only, then persist it with one compare-and-set.
import type { DB } from 'wx-server-sdk';
import { fail, ok, type Result } from '../../src/domain/errors';
import { mayView, relationsOf } from '../../src/domain/policy';
import { decideWish, relationsNeeded, type Relation, type WishAction, type WishParams } from '../../src/domain/wish/machine';
import { ATTENDING } from '../../src/domain/wish/wall';
import { signUpIdOf } from '../../src/domain/activity/activity';
import type { Wish } from '../../src/domain/wish/wish';
import { commitChange } from './collections/changes';
import { activeMembership } from './collections/memberships';
import { getSignUp } from './collections/activities';
import { accessOf } from './collections/users';
import { getVolunteer } from './collections/volunteers';
import { getWish } from './collections/wishes';
import { checkText } from './content';
import type { Deps } from './context';
import type { HandlerContext } from './router';

export async function loadWish(db: DB.Database, id: string): Promise<Result<Wish>> {
  const wish = await getWish(db, id);
  return wish ? ok(wish) : fail('WISH.NOT_FOUND', 'no such wish');
}

/**
 * A wish the caller acts on as its centre (the router read the dispatcher's roles and grants): one
 * of another community reads like a missing wish to a community dispatcher.
 */
export async function loadCentreWish(db: DB.Database, ctx: HandlerContext, id: string): Promise<Result<Wish>> {
  const loaded = await loadWish(db, id);
  if (!loaded.ok || freeRelations(ctx, loaded.data).includes('dispatcher')) return loaded;
  return fail('WISH.NOT_FOUND', 'no such wish');
}

/** Relations that cost no read: what the wish says (owner, claimant) and roles the router read. */
export const freeRelations = (ctx: HandlerContext, wish: Wish): Relation[] =>
  relationsOf(wish, { openid: ctx.openid, roles: ctx.roles ?? [], grants: ctx.grants ?? [], teams: {} });

/**
 * The caller's relations to a wish. What the wish itself says (owner, claimant) and roles the router
 * already read cost nothing; memberships and roles are read only when `need` asks for relations that
 * the free ones do not already satisfy (`need` undefined: everything, as for reading a wish). The
 * volunteer registration is read only for a wish on the wall, the sign-up only for one in an activity.
 */
export async function relationsFor(db: DB.Database, ctx: HandlerContext, wish: Wish, need?: readonly Relation[]): Promise<Relation[]> {
  const free = freeRelations(ctx, wish);
  if (need?.some((r) => free.includes(r))) return free;
  const wants = (r: Relation) => need === undefined || need.includes(r);
  const [access, membership, volunteer, signUp] = await Promise.all([
    ctx.roles === undefined && wants('dispatcher')
      ? accessOf(db, ctx.openid)
      : Promise.resolve({ roles: ctx.roles ?? [], grants: ctx.grants ?? [] }),
    wants('member') || wants('leader') ? activeMembership(db, wish.teamId, ctx.openid) : Promise.resolve(null),
    wish.wall && wants('wall') ? getVolunteer(db, ctx.openid) : Promise.resolve(null),
    wish.activityId && wants('attendee') ? getSignUp(db, signUpIdOf(wish.activityId, ctx.openid)) : Promise.resolve(null),
  ]);
  const teams = membership ? { [membership.teamId]: membership.role } : {};
  return relationsOf(wish, {
    openid: ctx.openid,
    roles: access.roles,
    grants: access.grants,
    teams,
    ...(volunteer ? { volunteerCommunityId: volunteer.communityId } : {}),
    ...(signUp && ATTENDING.includes(signUp.status) ? { attending: true } : {}),
  });
}

/**
 * A refusal for someone with no relation at all to the wish reads like a missing wish, so ids reveal
 * nothing (the extra reads happen only on this refusal path).
 */
export async function hideFromStrangers<T>(
  db: DB.Database,
  ctx: HandlerContext,
  wish: Wish,
  known: readonly Relation[],
  refusal: Result<T>,
): Promise<Result<T>> {
  const relations = known.length > 0 ? known : await relationsFor(db, ctx, wish);
  return mayView(relations) ? refusal : fail('WISH.NOT_FOUND', 'no such wish');
}

export interface Acted {
  wishId: string;
  status: Wish['status'];
  version: number;
}

/**
 * Decide `action` on a loaded wish and persist it. `text` is user text to content-check once the
 * change is decided (shown to others: reasons, summaries, comments). ORDER.CHANGED (ORDER.ALREADY_CLAIMED
 * for a claim) when someone else changed the wish first.
 */
export async function actOnWish(
  { cloud, db }: Pick<Deps, 'cloud' | 'db'>,
  ctx: HandlerContext,
  wish: Wish,
  action: WishAction,
  params: WishParams = {},
  text?: string,
): Promise<Result<Acted>> {
  const relations = await relationsFor(db, ctx, wish, relationsNeeded(action, wish));
  const change = decideWish(action, wish, { openid: ctx.openid, relations }, new Date(), params);
  if (!change.ok)
    return change.error.code === 'AUTH.FORBIDDEN' || change.error.code === 'ORDER.NOT_CLAIMANT'
      ? hideFromStrangers(db, ctx, wish, relations, change)
      : change;
  if (text) {
    const checked = await checkText(cloud, ctx.openid, text, action === 'rate' ? 2 : 1);
    if (!checked.ok) return checked;
  }
  if (!(await commitChange(db, 'wishes', wish._id, change.data))) {
    return fail(action === 'claim' || action === 'assign' ? 'ORDER.ALREADY_CLAIMED' : 'ORDER.CHANGED', 'the wish changed meanwhile');
  }
  return ok({ wishId: wish._id, status: change.data.to, version: wish.version + 1 });
}
