// The figures of one filing month for one scope, shared by the dashboard and the monthly report (so a
// month is computed in one place). A settled month (SETTLE_DAYS after it ended) is read from its snapshot,
// made the first time it is asked for; a later month is computed live from aggregate reads (one for the
// wishes, five for the volunteers, activities and visits).
import { isSettled, monthFigures, type MonthFigures } from '../../../src/domain/insight/figures';
import { lacksService, type DashboardMonth } from '../../../src/domain/insight/service';
import { dispatcherCommunities } from '../../../src/domain/org/grants';
import { monthStart, nextMonth } from '../../../src/domain/time';
import { addServiceFigures, keepSnapshot, snapshotId, snapshotOf, wishRows } from '../collections/insight';
import { serviceFigures } from '../collections/insight-service';
import type { Deps } from '../context';
import type { HandlerContext } from '../router';

export type Scope = 'all' | string[];

/** A month's figures; `frozenAt` when they come from (or just made) the month's snapshot. */
export type ScopedFigures = DashboardMonth & { frozenAt?: string };

/** An admin reads the street; a dispatcher their grants' communities. */
export const ownScope = (ctx: HandlerContext): Scope => (ctx.roles?.includes('admin') ? 'all' : dispatcherCommunities(ctx.grants ?? []));

/** The caller's own scope, or one community only when in that scope. */
export function scopeOf(ctx: HandlerContext, communityId: string | undefined, known: ReadonlySet<string>): Scope | undefined {
  const own = ownScope(ctx);
  if (communityId === undefined) return own;
  if (!known.has(communityId) || (own !== 'all' && !own.includes(communityId))) return undefined;
  return [communityId];
}

/** The scope the caller may read, or undefined (unknown community, out of scope, or no community at all). */
export async function readableScope(deps: Deps, ctx: HandlerContext, communityId: string | undefined): Promise<Scope | undefined> {
  const communities = await deps.ref.communities();
  const scope = scopeOf(ctx, communityId, new Set(communities.map((c) => c._id)));
  return !scope || (scope !== 'all' && scope.length === 0) ? undefined : scope;
}

/**
 * One month's figures for a scope: from its snapshot when settled (made the first time; one made before
 * the figures beyond wishes gets them added once), else live.
 */
export async function figuresOf({ db, ref }: Deps, month: string, scope: Scope, now: Date): Promise<ScopedFigures> {
  const [from, to] = [monthStart(month), monthStart(nextMonth(month))];
  const ids = scope === 'all' ? (await ref.communities()).map((c) => c._id) : scope;
  const live = async (): Promise<DashboardMonth> => {
    const [wishes, service] = await Promise.all([wishRows(db, scope, from, to), serviceFigures(db, ids, from, to)]);
    return { ...monthFigures(month, wishes), ...service };
  };
  if (!isSettled(month, now)) return live();
  const id = snapshotId(month, scope);
  const kept = await snapshotOf(db, id);
  if (kept) {
    const frozenAt = new Date(kept.madeAt).toISOString();
    if (!lacksService(kept.figures)) return { ...(kept.figures as DashboardMonth), frozenAt };
    const service = await serviceFigures(db, ids, from, to);
    await addServiceFigures(db, id, service);
    return { ...(kept.figures as MonthFigures), ...service, frozenAt };
  }
  const figures = await live();
  await keepSnapshot(db, { _id: id, month, scope: id.slice(month.length + 1), figures, madeAt: now });
  return { ...figures, frozenAt: now.toISOString() };
}
