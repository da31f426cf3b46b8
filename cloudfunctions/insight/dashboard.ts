// 数据看板: the figures of each filing month in a range, for the street (admin, street dispatcher) or a
// dispatcher's communities. A settled month (SETTLE_DAYS after it ended) is read from its snapshot, made
// the first time it is asked for; later months are computed live from aggregate reads (one for the wishes,
// five for the volunteers, activities and visits). Party members below their hours: this year, live.
import { fail, ok, type Result } from '../../src/domain/errors';
import { businessYear, yearRange } from '../../src/domain/bank/statement';
import { DURATION_DEFINITIONS, RATE_DEFINITIONS, SERVED_HOURS_DEFINITION, SERVICE_DEFINITIONS } from '../../src/domain/insight/definitions';
import { isSettled, monthFigures, monthsBetween, type MonthFigures } from '../../src/domain/insight/figures';
import { lacksService, type DashboardMonth } from '../../src/domain/insight/service';
import { dispatcherCommunities } from '../../src/domain/org/grants';
import { INSIGHT_MAX_MONTHS, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { businessMonth, monthStart, nextMonth } from '../../src/domain/time';
import { addServiceFigures, keepSnapshot, snapshotId, snapshotOf, wishRows } from '../_lib/collections/insight';
import { partyBranches, serviceFigures } from '../_lib/collections/insight-service';
import { settingOf } from '../_lib/collections/settings';
import type { Deps } from '../_lib/context';
import type { DB } from 'wx-server-sdk';
import type { HandlerContext } from '../_lib/router';

type Out = ActionOutput<'insight', 'dashboard'>;
export type Scope = 'all' | string[];

/** An admin reads the street; a dispatcher their grants' communities; one community only when in that scope. */
const ownScope = (ctx: HandlerContext): Scope => (ctx.roles?.includes('admin') ? 'all' : dispatcherCommunities(ctx.grants ?? []));

function scopeOf(own: Scope, communityId: string | undefined, known: ReadonlySet<string>): Scope | undefined {
  if (communityId === undefined) return own;
  if (!known.has(communityId) || (own !== 'all' && !own.includes(communityId))) return undefined;
  return [communityId];
}

/**
 * One month's figures for a scope (`ids`: the scope's communities, every one for 'all'): from its snapshot
 * when settled (made the first time; one made before the figures beyond wishes gets them added once),
 * else live. Shared by the dashboard and the month's report.
 */
export async function figuresOfMonth(
  db: DB.Database,
  month: string,
  scope: Scope,
  ids: readonly string[],
  now: Date,
): Promise<DashboardMonth & { frozenAt?: string }> {
  const [from, to] = [monthStart(month), monthStart(nextMonth(month))];
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

export function dashboardHandlers(deps: Deps) {
  const { db, ref } = deps;

  async function party(scope: Scope, now: Date): Promise<Out['party']> {
    const year = businessYear(now);
    const { from, to } = yearRange(year);
    const rules = await settingOf(db, 'reviews');
    const { branches, partial } = await partyBranches(db, scope, from, to, rules.partyHours);
    return { year, requiredHours: rules.partyHours, branches, partial };
  }

  return {
    dashboard: async (input: ActionInput<'insight', 'dashboard'>, ctx: HandlerContext): Promise<Result<Out>> => {
      const now = new Date();
      const currentMonth = businessMonth(now);
      const months = monthsBetween(input.fromMonth, input.toMonth, INSIGHT_MAX_MONTHS + 1);
      if (!months || months.length > INSIGHT_MAX_MONTHS || input.toMonth > currentMonth)
        return fail('INSIGHT.BAD_RANGE', `months ${input.fromMonth}..${input.toMonth} (current ${currentMonth})`);
      const communities = await ref.communities();
      const own = ownScope(ctx);
      const scope = scopeOf(own, input.communityId, new Set(communities.map((c) => c._id)));
      if (!scope || (scope !== 'all' && scope.length === 0)) return fail('COMMUNITY.NOT_FOUND', 'no such community in scope');

      // One month after another: each is a few aggregate reads (or one snapshot read), never all at once.
      const ids = scope === 'all' ? communities.map((c) => c._id) : scope;
      const figures: Out['months'] = [];
      for (const month of months) figures.push(await figuresOfMonth(db, month, scope, ids, now));

      const used = (pick: (f: DashboardMonth) => Record<string, unknown>) => new Set(figures.flatMap((f) => Object.keys(pick(f))));
      const [buildings, teams, partyFigures] = await Promise.all([ref.buildings(), ref.teams(), party(scope, now)]);
      const stairwells = used((f) => f.byStairwell);
      const teamIds = used((f) => f.byTeam);
      const inScope = (id: string) => scope === 'all' || scope.includes(id);
      return ok({
        scope,
        currentMonth,
        months: figures,
        definitions: {
          ...RATE_DEFINITIONS,
          ...DURATION_DEFINITIONS,
          served: { label: '服务时长', definition: SERVED_HOURS_DEFINITION },
          ...SERVICE_DEFINITIONS,
        },
        party: partyFigures,
        communities: communities.filter((c) => own === 'all' || own.includes(c._id)).map((c) => ({ id: c._id, name: c.name })),
        names: {
          communities: Object.fromEntries(communities.filter((c) => inScope(c._id)).map((c) => [c._id, c.name])),
          teams: Object.fromEntries(teams.filter((t) => teamIds.has(t._id)).map((t) => [t._id, t.name])),
          stairwells: Object.fromEntries(buildings.filter((b) => stairwells.has(b._id)).map((b) => [b._id, `${b.estateName}${b.name}`])),
        },
      });
    },
  };
}
