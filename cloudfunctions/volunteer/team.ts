// Registration and teams: register as a volunteer, join a team (its leader approves), list members.
import { fail, ok, type Result } from '../../src/domain/errors';
import { PAGE_SIZE, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { application, decideMembership } from '../../src/domain/team/membership';
import { commitChange } from '../_lib/collections/changes';
import { activeMembership, addMembership, getMembership, membersOf, membershipsOf } from '../_lib/collections/memberships';
import { grantRole } from '../_lib/collections/users';
import { getVolunteer, importedByPhone, removeVolunteer, saveVolunteer, volunteersByIds } from '../_lib/collections/volunteers';
import { registered } from '../../src/domain/team/register';
import { heldLoad } from '../_lib/collections/wishes';
import { checkText } from '../_lib/content';
import type { Deps } from '../_lib/context';
import type { HandlerContext } from '../_lib/router';

type R<A extends 'register' | 'profile' | 'teams' | 'join' | 'members' | 'approve'> = Promise<Result<ActionOutput<'volunteer', A>>>;

export function teamHandlers({ cloud, db, ref }: Deps) {
  return {
    register: async (input: ActionInput<'volunteer', 'register'>, { openid }: HandlerContext): R<'register'> => {
      if (!(await ref.community(input.communityId)))
        return fail('INPUT.INVALID', 'unknown community', [{ path: 'communityId', message: '请选择所在社区' }]);
      const checked = await checkText(cloud, openid, input.name, 1);
      if (!checked.ok) return checked;
      const now = new Date();
      const form = {
        name: input.name,
        phone: input.phone,
        skills: input.skills,
        communityId: input.communityId,
        partyMember: input.partyMember,
      };
      // Imported from the street's sheet before: that record becomes this one (saved first, then removed,
      // so a retry after a failure in between links again and loses nothing).
      const imported = await importedByPhone(db, input.phone);
      await saveVolunteer(db, { ...registered(openid, form, imported), updatedAt: now });
      if (imported) await removeVolunteer(db, imported._id);
      // Roles are data: registering grants the volunteer role.
      await grantRole(db, openid, 'volunteer', now);
      return ok({ registered: true });
    },

    profile: async (_input: ActionInput<'volunteer', 'profile'>, { openid }: HandlerContext): R<'profile'> => {
      const [me, memberships, teams] = await Promise.all([
        getVolunteer(db, openid),
        membershipsOf(db, openid, ['pending', 'active']),
        ref.teams(),
      ]);
      const name = (id: string) => teams.find((t) => t._id === id)?.name ?? '';
      return ok({
        registered: !!me,
        ...(me ? { name: me.name } : {}),
        teams: memberships.map((m) => ({ teamId: m.teamId, name: name(m.teamId), role: m.role, status: m.status })),
      });
    },

    teams: async (input: ActionInput<'volunteer', 'teams'>, { openid }: HandlerContext): R<'teams'> => {
      const [teams, mine] = await Promise.all([ref.teams(), membershipsOf(db, openid, ['pending', 'active'])]);
      const sorted = [...teams].sort((a, b) => a.name.localeCompare(b.name, 'zh'));
      const slice = sorted.slice(input.page * PAGE_SIZE, (input.page + 1) * PAGE_SIZE);
      const statusOf = (teamId: string) => mine.find((m) => m.teamId === teamId)?.status ?? 'none';
      return ok({
        page: input.page,
        hasMore: sorted.length > (input.page + 1) * PAGE_SIZE,
        items: slice.map((t) => ({
          teamId: t._id,
          name: t.name,
          specialties: t.specialties,
          communities: t.communities,
          myStatus: statusOf(t._id),
        })),
      });
    },

    // The router lets only registered volunteers in (VOLUNTEER.NOT_REGISTERED otherwise).
    join: async (input: ActionInput<'volunteer', 'join'>, { openid }: HandlerContext): R<'join'> => {
      const team = await ref.team(input.teamId);
      if (!team) return fail('TEAM.NOT_FOUND', 'no such team');
      const m = application(team._id, openid, new Date());
      if (!(await addMembership(db, m))) return fail('TEAM.ALREADY_MEMBER', 'already applied or a member');
      return ok({ membershipId: m._id, status: 'pending' });
    },

    members: async (input: ActionInput<'volunteer', 'members'>, { openid }: HandlerContext): R<'members'> => {
      const mine = await activeMembership(db, input.teamId, openid);
      if (mine?.role !== 'leader') return fail('AUTH.FORBIDDEN', 'leaders only');
      const [list, load] = await Promise.all([membersOf(db, [input.teamId], ['pending', 'active']), heldLoad(db, input.teamId)]);
      const people = await volunteersByIds(
        db,
        list.map((m) => m.openid),
      );
      // The leader coordinates the team: names and phones of its own members, nothing more.
      return ok({
        members: list.map((m) => {
          const p = people.find((v) => v._id === m.openid);
          return {
            membershipId: m._id,
            name: p?.name ?? '未登记',
            phone: p?.phone ?? '',
            skills: p?.skills ?? [],
            role: m.role,
            status: m.status,
            load: load.get(m.openid) ?? 0,
          };
        }),
      });
    },

    approve: async (input: ActionInput<'volunteer', 'approve'>, { openid }: HandlerContext): R<'approve'> => {
      const target = await getMembership(db, input.membershipId);
      if (!target) return fail('TEAM.NOT_FOUND', 'no such application');
      const mine = await activeMembership(db, target.teamId, openid);
      const change = decideMembership('approve', target, { openid, leads: mine?.role === 'leader' }, new Date());
      // Approving an approved member again changes nothing.
      if (!change.ok)
        return target.status === 'active' && mine?.role === 'leader' ? ok({ membershipId: target._id, status: 'active' }) : change;
      if (await commitChange(db, 'memberships', target._id, change.data)) ref.forgetTeams();
      return ok({ membershipId: target._id, status: 'active' });
    },
  };
}
