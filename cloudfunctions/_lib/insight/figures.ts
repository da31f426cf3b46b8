// The figures of one filing month for one scope, shared by the dashboard and the monthly report (so a
// month is computed in one place). A settled month (SETTLE_DAYS after it ended) is read from its snapshot,
// made the first time it is asked for; a later month is computed live from one aggregate read.
import { isSettled, monthFigures, type MonthFigures } from '../../../src/domain/insight/figures';
import { dispatcherCommunities } from '../../../src/domain/org/grants';
import { monthStart, nextMonth } from '../../../src/domain/time';
import { keepSnapshot, snapshotId, snapshotOf, wishRows } from '../collections/insight';
import type { Deps } from '../context';
import type { HandlerContext } from '../router';

export type Scope = 'all' | string[];

/** A month's figures; `frozenAt` when they come from (or just made) the month's snapshot. */
export type ScopedFigures = MonthFigures & { frozenAt?: string };

/** An admin reads the street; a dispatcher their grants' communities; one community only when in that scope. */
export function scopeOf(ctx: HandlerContext, communityId: string | undefined, known: ReadonlySet<string>): Scope | undefined {
  const own = ctx.roles?.includes('admin') ? 'all' : dispatcherCommunities(ctx.grants ?? []);
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

export async function figuresOf({ db }: Deps, month: string, scope: Scope, now: Date): Promise<ScopedFigures> {
  const live = async () => monthFigures(month, await wishRows(db, scope, monthStart(month), monthStart(nextMonth(month))));
  if (!isSettled(month, now)) return live();
  const id = snapshotId(month, scope);
  const kept = await snapshotOf(db, id);
  if (kept) return { ...kept.figures, frozenAt: new Date(kept.madeAt).toISOString() };
  const figures: MonthFigures = await live();
  await keepSnapshot(db, { _id: id, month, scope: id.slice(month.length + 1), figures, madeAt: now });
  return { ...figures, frozenAt: now.toISOString() };
}
