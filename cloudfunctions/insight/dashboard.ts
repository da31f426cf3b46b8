// 数据看板: the figures of each filing month in a range, for the street (admin, street dispatcher) or a
// dispatcher's communities. A settled month (SETTLE_DAYS after it ended) is read from its snapshot, made
// the first time it is asked for; later months are computed live from one aggregate read per month.
import { fail, ok, type Result } from '../../src/domain/errors';
import { DURATION_DEFINITIONS, RATE_DEFINITIONS, SERVED_HOURS_DEFINITION } from '../../src/domain/insight/definitions';
import { isSettled, monthFigures, monthsBetween, type MonthFigures } from '../../src/domain/insight/figures';
import { dispatcherCommunities } from '../../src/domain/org/grants';
import { INSIGHT_MAX_MONTHS, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { businessMonth, monthStart, nextMonth } from '../../src/domain/time';
import { keepSnapshot, snapshotId, snapshotOf, wishRows } from '../_lib/collections/insight';
import type { Deps } from '../_lib/context';
import type { HandlerContext } from '../_lib/router';

type Out = ActionOutput<'insight', 'dashboard'>;
type Scope = 'all' | string[];

/** An admin reads the street; a dispatcher their grants' communities; one community only when in that scope. */
function scopeOf(ctx: HandlerContext, communityId: string | undefined, known: ReadonlySet<string>): Scope | undefined {
  const own = ctx.roles?.includes('admin') ? 'all' : dispatcherCommunities(ctx.grants ?? []);
  if (communityId === undefined) return own;
  if (!known.has(communityId) || (own !== 'all' && !own.includes(communityId))) return undefined;
  return [communityId];
}

export function dashboardHandlers(deps: Deps) {
  const { db, ref } = deps;

  async function figuresOf(month: string, scope: Scope, now: Date): Promise<Out['months'][number]> {
    const live = async () => monthFigures(month, await wishRows(db, scope, monthStart(month), monthStart(nextMonth(month))));
    if (!isSettled(month, now)) return live();
    const id = snapshotId(month, scope);
    const kept = await snapshotOf(db, id);
    if (kept) return { ...kept.figures, frozenAt: new Date(kept.madeAt).toISOString() };
    const figures: MonthFigures = await live();
    await keepSnapshot(db, { _id: id, month, scope: id.slice(month.length + 1), figures, madeAt: now });
    return { ...figures, frozenAt: now.toISOString() };
  }

  return {
    dashboard: async (input: ActionInput<'insight', 'dashboard'>, ctx: HandlerContext): Promise<Result<Out>> => {
      const now = new Date();
      const currentMonth = businessMonth(now);
      const months = monthsBetween(input.fromMonth, input.toMonth, INSIGHT_MAX_MONTHS + 1);
      if (!months || months.length > INSIGHT_MAX_MONTHS || input.toMonth > currentMonth)
        return fail('INSIGHT.BAD_RANGE', `months ${input.fromMonth}..${input.toMonth} (current ${currentMonth})`);
      const communities = await ref.communities();
      const scope = scopeOf(ctx, input.communityId, new Set(communities.map((c) => c._id)));
      if (!scope || (scope !== 'all' && scope.length === 0)) return fail('COMMUNITY.NOT_FOUND', 'no such community in scope');

      // One month after another: each is one aggregate read (or one snapshot read), never all at once.
      const figures: Out['months'] = [];
      for (const month of months) figures.push(await figuresOf(month, scope, now));

      const used = (pick: (f: MonthFigures) => Record<string, unknown>) => new Set(figures.flatMap((f) => Object.keys(pick(f))));
      const [buildings, teams] = await Promise.all([ref.buildings(), ref.teams()]);
      const stairwells = used((f) => f.byStairwell);
      const teamIds = used((f) => f.byTeam);
      const inScope = (id: string) => scope === 'all' || scope.includes(id);
      return ok({
        scope,
        currentMonth,
        months: figures,
        definitions: { ...RATE_DEFINITIONS, ...DURATION_DEFINITIONS, served: { label: '服务时长', definition: SERVED_HOURS_DEFINITION } },
        names: {
          communities: Object.fromEntries(communities.filter((c) => inScope(c._id)).map((c) => [c._id, c.name])),
          teams: Object.fromEntries(teams.filter((t) => teamIds.has(t._id)).map((t) => [t._id, t.name])),
          stairwells: Object.fromEntries(buildings.filter((b) => stairwells.has(b._id)).map((b) => [b._id, `${b.estateName}${b.name}`])),
        },
      });
    },
  };
}
