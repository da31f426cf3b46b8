// 数据看板: the figures of each filing month in a range, for the street (admin, street dispatcher) or a
// dispatcher's communities. Each month's figures come from _lib/insight/figures.ts (snapshot or live),
// as the monthly report's do. Party members below their hours: this year, the settled months' minutes
// from their snapshots (_lib/insight/partyMinutes.ts), the rest live.
import { fail, ok, type Result } from '../../src/domain/errors';
import { businessYear } from '../../src/domain/bank/statement';
import { DURATION_DEFINITIONS, RATE_DEFINITIONS, SERVED_HOURS_DEFINITION, SERVICE_DEFINITIONS } from '../../src/domain/insight/definitions';
import { monthsBetween } from '../../src/domain/insight/figures';
import type { DashboardMonth } from '../../src/domain/insight/service';
import { INSIGHT_MAX_MONTHS, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { businessMonth } from '../../src/domain/time';
import { partyBranches } from '../_lib/collections/insight-service';
import { settingOf } from '../_lib/collections/settings';
import type { Deps } from '../_lib/context';
import { figuresOf, ownScope, readableScope, type Scope } from '../_lib/insight/figures';
import { minutesOfMonths } from '../_lib/insight/partyMinutes';
import type { HandlerContext } from '../_lib/router';

type Out = ActionOutput<'insight', 'dashboard'>;

export function dashboardHandlers(deps: Deps) {
  const { db, ref } = deps;

  async function party(scope: Scope, now: Date): Promise<Out['party']> {
    const year = businessYear(now);
    const [rules, minutes] = await Promise.all([settingOf(db, 'reviews'), minutesOfMonths(db, `${year}-01`, businessMonth(now), now)]);
    const { branches, partial } = await partyBranches(db, scope, minutes, rules.partyHours);
    return { year, requiredHours: rules.partyHours, branches, partial };
  }

  return {
    dashboard: async (input: ActionInput<'insight', 'dashboard'>, ctx: HandlerContext): Promise<Result<Out>> => {
      const now = new Date();
      const currentMonth = businessMonth(now);
      const months = monthsBetween(input.fromMonth, input.toMonth, INSIGHT_MAX_MONTHS + 1);
      if (!months || months.length > INSIGHT_MAX_MONTHS || input.toMonth > currentMonth)
        return fail('INSIGHT.BAD_RANGE', `months ${input.fromMonth}..${input.toMonth} (current ${currentMonth})`);
      const scope = await readableScope(deps, ctx, input.communityId);
      if (!scope) return fail('COMMUNITY.NOT_FOUND', 'no such community in scope');

      // One month after another: each is a few aggregate reads (or one snapshot read), never all at once.
      const figures: Out['months'] = [];
      for (const month of months) figures.push(await figuresOf(deps, month, scope, now));

      const used = (pick: (f: DashboardMonth) => Record<string, unknown>) => new Set(figures.flatMap((f) => Object.keys(pick(f))));
      const [communities, buildings, teams, partyFigures] = await Promise.all([
        ref.communities(),
        ref.buildings(),
        ref.teams(),
        party(scope, now),
      ]);
      const own = ownScope(ctx);
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
