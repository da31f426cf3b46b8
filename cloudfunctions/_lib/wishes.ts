// Loading a wish and changing its status: every change is a compare-and-set on (status, version),
// checked on `stats.updated`, so two people acting at once cannot both win.
import type { DB } from 'wx-server-sdk';
import { fail, ok, type Result } from '../../src/domain/errors';
import { TRANSITIONS, decide, type Relation, type WishAction } from '../../src/domain/wish/machine';
import type { Wish } from '../../src/domain/wish/wish';
import type { Actor } from '../../src/domain/policy';
import { mayView, relationsOf } from '../../src/domain/policy';
import { actorForWish } from './actor';
import { getDoc } from './db';

export async function loadWish(db: DB.Database, id: string): Promise<Result<Wish>> {
  const wish = await getDoc<Wish>(db, 'wishes', id);
  return wish ? ok(wish) : fail('WISH.NOT_FOUND', 'no such wish');
}

/** Which relation sources an action needs: roles for the dispatcher, memberships for the team. */
export function needsFor(action: WishAction): { roles: boolean; team: boolean } {
  const by: readonly Relation[] = TRANSITIONS[action].by;
  return { roles: by.includes('dispatcher'), team: by.includes('team_member') || by.includes('team_leader') };
}

export async function relationsFor(db: DB.Database, openid: string, wish: Wish, action: WishAction): Promise<{ actor: Actor; relations: Relation[] }> {
  const actor = await actorForWish(db, openid, wish, needsFor(action));
  return { actor, relations: relationsOf(wish, actor) };
}

/**
 * Apply `action` to a loaded wish: the domain decides, then one conditional update writes the new
 * status, version, history entry and `patch`. ORDER.CHANGED when someone else changed it first.
 */
export async function transition(
  db: DB.Database,
  wish: Wish,
  action: WishAction,
  who: { openid: string; relations: readonly Relation[] },
  now: Date,
  opts: { note?: string; stars?: number; patch?: (to: Wish['status']) => Record<string, unknown> } = {},
): Promise<Result<{ wishId: string; status: Wish['status']; version: number }>> {
  const decision = decide(action, wish.status, who, now, opts);
  if (!decision.ok) return decision.error.code === 'AUTH.FORBIDDEN' ? hideFromStrangers(db, who.openid, wish, decision) : decision;
  const _ = db.command;
  const res = (await db
    .collection('wishes')
    .where({ _id: wish._id, status: wish.status, version: wish.version })
    .update({
      data: { ...(opts.patch?.(decision.data.to) ?? {}), status: decision.data.to, version: wish.version + 1, history: _.push([decision.data.entry]) },
    })) as { stats: { updated: number } };
  if (res.stats.updated !== 1) {
    return fail(action === 'claim' || action === 'assign' ? 'ORDER.ALREADY_CLAIMED' : 'ORDER.CHANGED', 'the wish changed meanwhile');
  }
  return ok({ wishId: wish._id, status: decision.data.to, version: wish.version + 1 });
}

/**
 * A refusal for someone with no relation at all to the wish reads like a missing wish, so ids reveal
 * nothing (the extra reads happen only on this refusal path).
 */
export async function hideFromStrangers<T>(db: DB.Database, openid: string, wish: Wish, refusal: Result<T>): Promise<Result<T>> {
  const actor = await actorForWish(db, openid, wish, { roles: true, team: true });
  return mayView(relationsOf(wish, actor)) ? refusal : fail('WISH.NOT_FOUND', 'no such wish');
}
