// `dispatch.digest`: the weekly digest (周报). A dispatcher reads their communities' (the street's for a
// street dispatcher); a team leader one team they lead, with the orders escalated to it (`teamId`).
// Lists show a wish's kind, status and due time only; idle volunteers' names are masked.
import { fail, ok, type Result } from '../../src/domain/errors';
import { dispatcherCommunities } from '../../src/domain/org/grants';
import type { ActionInput, ActionOutput } from '../../src/domain/schemas';
import { digestList, digestPeriod, idleMembers } from '../../src/domain/wish/digest';
import { addDays } from '../../src/domain/time';
import { statusesIn } from '../../src/domain/wish/states';
import { maskName } from '../../src/domain/wish/view';
import { digestWishes, missedVisits, reopenedFrom, serversSince, type DigestScope } from '../_lib/collections/escalation';
import { membersOf, membershipsOf } from '../_lib/collections/memberships';
import { settingOf } from '../_lib/collections/settings';
import type { Deps } from '../_lib/context';
import { peopleNamer } from '../_lib/names';
import type { HandlerContext } from '../_lib/router';

type Output = ActionOutput<'dispatch', 'digest'>;

/** At most this many members are weighed for idleness, and this many services read; beyond: `partial`. */
const MAX_MEMBERS = 200;
const MAX_SERVICES = 500;
const NAMES_SHOWN = 20;

export function digestHandler(deps: Deps) {
  const { db, ref } = deps;
  return async (input: ActionInput<'dispatch', 'digest'>, ctx: HandlerContext): Promise<Result<Output>> => {
    const now = new Date();
    const [access, memberships] = await Promise.all([
      ctx.roles ? { roles: ctx.roles, grants: ctx.grants ?? [] } : deps.access(ctx.openid),
      membershipsOf(db, ctx.openid, ['active']),
    ]);
    const led = memberships.filter((m) => m.role === 'leader');
    const teams = await Promise.all(led.map(async (m) => ({ teamId: m.teamId, name: (await ref.team(m.teamId))?.name ?? '服务队' })));
    const communities = access.roles.includes('dispatcher') ? dispatcherCommunities(access.grants) : [];
    let scope: DigestScope;
    let label: string;
    const teamId = input.teamId ?? (communities === 'all' || communities.length > 0 ? undefined : teams[0]?.teamId);
    if (teamId) {
      const team = teams.find((t) => t.teamId === teamId);
      if (!team) return fail('AUTH.FORBIDDEN', 'not an active leader of this team');
      scope = { kind: 'team', teamId };
      label = team.name;
    } else if (communities === 'all' || communities.length > 0) {
      scope = { kind: 'centre', communities };
      label = communities === 'all' ? '全街道' : await communityNames(deps, communities);
    } else return fail('DIGEST.NOT_STAFF', 'neither a dispatcher nor an active team leader');

    const { idleDays } = await settingOf(db, 'escalation');
    const { from, to } = digestPeriod(now);
    const [overdue, reopened, unrated, visitsMissed, idle] = await Promise.all([
      digestWishes(db, scope, statusesIn('open'), now),
      scope.kind === 'team' ? reopenedFrom(db, scope.teamId) : digestWishes(db, scope, ['reopened']),
      digestWishes(db, scope, ['completed']),
      missedVisits(db, scope, from, to),
      idleOf(deps, scope, addDays(now, -idleDays)),
    ]);
    return ok({
      scope: { kind: scope.kind, label, ...(scope.kind === 'team' ? { teamId: scope.teamId } : {}) },
      teams,
      from: from.toISOString(),
      to: to.toISOString(),
      overdue: digestList(overdue),
      reopened: digestList(reopened),
      unrated: digestList(unrated),
      idle: { ...idle, days: idleDays },
      visitsMissed,
    });
  };
}

async function communityNames(deps: Deps, ids: readonly string[]): Promise<string> {
  const names = await Promise.all(ids.map(async (id) => (await deps.ref.community(id))?.name ?? '社区'));
  return names.join('、');
}

/** Active members of the scope's teams with no service since `since`: a count and masked names. */
async function idleOf(deps: Deps, scope: DigestScope, since: Date) {
  const teamIds =
    scope.kind === 'team'
      ? [scope.teamId]
      : (await deps.ref.teams())
          .filter((t) => scope.communities === 'all' || t.communities.some((c) => scope.communities.includes(c)))
          .map((t) => t._id);
  const all = teamIds.length ? [...new Set((await membersOf(deps.db, teamIds, ['active'])).map((m) => m.openid))] : [];
  const members = all.slice(0, MAX_MEMBERS);
  const served = await serversSince(deps.db, since, MAX_SERVICES);
  const idle = idleMembers(members, served.servers);
  const namer = await peopleNamer(deps, idle.slice(0, NAMES_SHOWN));
  return {
    count: idle.length,
    names: idle.slice(0, NAMES_SHOWN).map((id) => maskName(namer.name(id))),
    partial: served.partial || all.length > MAX_MEMBERS,
  };
}
