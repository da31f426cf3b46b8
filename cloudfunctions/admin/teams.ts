// 队伍: the teams tree (all teams, active or not, with masked leader names and member counts) and
// switching a team on or off.
import { fail, ok, type Result } from '../../src/domain/errors';
import { decideTeamActive, teamTree, type TeamFacts } from '../../src/domain/org/teamTree';
import type { ActionInput, ActionOutput } from '../../src/domain/schemas';
import type { Team } from '../../src/domain/team/team';
import { membersOf } from '../_lib/collections/memberships';
import { allTeams, setTeamActive } from '../_lib/collections/places';
import { volunteersByIds } from '../_lib/collections/volunteers';
import type { Deps } from '../_lib/context';
import { getDoc } from '../_lib/db';
import type { HandlerContext } from '../_lib/router';
import { scopeOf } from './scope';

type R<A extends 'teams' | 'team_active'> = Promise<Result<ActionOutput<'admin', A>>>;

export function teamHandlers({ db, ref }: Deps) {
  return {
    teams: async (_input: ActionInput<'admin', 'teams'>, ctx: HandlerContext): R<'teams'> => {
      const [teams, communities] = await Promise.all([allTeams(db), ref.communities()]);
      const scope = scopeOf(ctx);
      const members = teams.length
        ? await membersOf(
            db,
            teams.map((t) => t._id),
            ['active'],
          )
        : [];
      const leaderIds = [...new Set(members.filter((m) => m.role === 'leader').map((m) => m.openid))];
      const names = new Map((leaderIds.length ? await volunteersByIds(db, leaderIds) : []).map((v) => [v._id, v.name]));
      const facts = new Map<string, TeamFacts>();
      for (const t of teams) {
        const own = members.filter((m) => m.teamId === t._id);
        const leaders = own.filter((m) => m.role === 'leader').map((m) => names.get(m.openid) ?? '队长');
        facts.set(t._id, { members: own.length, leaders });
      }
      const shown = scope === 'all' ? communities : communities.filter((c) => scope.includes(c._id));
      return ok({ teams: teamTree(teams, facts, scope), communities: shown.map((c) => ({ communityId: c._id, name: c.name })) });
    },

    // Admins only (the router).
    team_active: async (input: ActionInput<'admin', 'team_active'>): R<'team_active'> => {
      const team = await getDoc<Team>(db, 'teams', input.teamId);
      if (!team) return fail('TEAM.NOT_FOUND', 'no such team');
      if (decideTeamActive(team, input.active) === 'unchanged') return ok({ teamId: team._id, active: team.active, changed: false });
      if (!(await setTeamActive(db, team._id, team.active, new Date()))) return fail('ADMIN.CHANGED', 'the team changed meanwhile');
      ref.forgetTeams();
      return ok({ teamId: team._id, active: input.active, changed: true });
    },
  };
}
