// Registration and teams: register as a volunteer, join a team (its leader approves), list members.
import { fail, ok, type Result } from '../../src/domain/errors';
import { PAGE_SIZE, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { activeMembership, membershipId, type Membership } from '../_lib/actor';
import { checkText } from '../_lib/content';
import type { Deps } from '../_lib/context';
import { getAll, getDoc } from '../_lib/db';
import { gate } from '../_lib/gate';

type Ctx = { openid: string };

interface Volunteer {
  _id: string;
  name: string;
  phone: string;
  skills: ActionInput<'volunteer', 'register'>['skills'];
}

export function teamHandlers({ cloud, db, ref }: Deps) {
  const _ = db.command;
  return {
    register: async (input: ActionInput<'volunteer', 'register'>, { openid }: Ctx): Promise<Result<ActionOutput<'volunteer', 'register'>>> => {
      if (!(await ref.community(input.communityId))) return fail('INPUT.INVALID', 'unknown community', [{ path: 'communityId', message: '请选择所在社区' }]);
      const checked = await checkText(cloud, openid, input.name, 1);
      if (!checked.ok) return checked;
      const now = new Date();
      await db.collection('volunteers').doc(openid).set({ data: { name: input.name, phone: input.phone, skills: input.skills, communityId: input.communityId, partyMember: input.partyMember, updatedAt: now } });
      // Roles are data: registering grants the volunteer role (a missing users doc is created).
      const res = (await db.collection('users').doc(openid).update({ data: { roles: _.addToSet('volunteer') } })) as { stats: { updated: number } };
      if (res.stats.updated === 0 && !(await getDoc(db, 'users', openid))) {
        await db.collection('users').doc(openid).set({ data: { roles: ['resident', 'volunteer'], createdAt: now } });
      }
      return ok({ registered: true });
    },

    profile: async (_input: ActionInput<'volunteer', 'profile'>, { openid }: Ctx): Promise<Result<ActionOutput<'volunteer', 'profile'>>> => {
      const [me, memberships, teams] = await Promise.all([
        getDoc<Volunteer>(db, 'volunteers', openid),
        getAll<Membership>(db.collection('memberships').where({ openid, status: _.in(['pending', 'active']) })),
        ref.teams(),
      ]);
      const name = (id: string) => teams.find((t) => t._id === id)?.name ?? '';
      return ok({
        registered: !!me,
        ...(me ? { name: me.name } : {}),
        teams: memberships.map((m) => ({ teamId: m.teamId, name: name(m.teamId), role: m.role, status: m.status })),
      });
    },

    teams: async (input: ActionInput<'volunteer', 'teams'>, { openid }: Ctx): Promise<Result<ActionOutput<'volunteer', 'teams'>>> => {
      const [teams, mine] = await Promise.all([ref.teams(), getAll<Membership>(db.collection('memberships').where({ openid, status: _.in(['pending', 'active']) }))]);
      const sorted = [...teams].sort((a, b) => a.name.localeCompare(b.name, 'zh'));
      const slice = sorted.slice(input.page * PAGE_SIZE, (input.page + 1) * PAGE_SIZE);
      const statusOf = (teamId: string) => mine.find((m) => m.teamId === teamId)?.status ?? 'none';
      return ok({
        page: input.page,
        hasMore: sorted.length > (input.page + 1) * PAGE_SIZE,
        items: slice.map((t) => ({ teamId: t._id, name: t.name, specialties: t.specialties, communities: t.communities, myStatus: statusOf(t._id) })),
      });
    },

    join: async (input: ActionInput<'volunteer', 'join'>, { openid }: Ctx): Promise<Result<ActionOutput<'volunteer', 'join'>>> => {
      const [allowed, team] = await Promise.all([gate(db, 'volunteer.join', openid), ref.team(input.teamId)]);
      if (!allowed.ok) return fail('VOLUNTEER.NOT_REGISTERED', 'register first');
      if (!team) return fail('TEAM.NOT_FOUND', 'no such team');
      const id = membershipId(team._id, openid);
      try {
        await db.collection('memberships').add({ data: { _id: id, teamId: team._id, openid, role: 'member', status: 'pending', createdAt: new Date() } });
      } catch {
        return fail('TEAM.ALREADY_MEMBER', 'already applied or a member');
      }
      return ok({ membershipId: id, status: 'pending' });
    },

    members: async (input: ActionInput<'volunteer', 'members'>, { openid }: Ctx): Promise<Result<ActionOutput<'volunteer', 'members'>>> => {
      const mine = await activeMembership(db, input.teamId, openid);
      if (mine?.role !== 'leader') return fail('AUTH.FORBIDDEN', 'leaders only');
      const list = await getAll<Membership>(db.collection('memberships').where({ teamId: input.teamId, status: _.in(['pending', 'active']) }));
      const people = await getAll<Volunteer>(db.collection('volunteers').where({ _id: _.in(list.map((m) => m.openid)) }));
      // The leader coordinates the team: names and phones of its own members, nothing more.
      return ok({
        members: list.map((m) => {
          const p = people.find((v) => v._id === m.openid);
          return { membershipId: m._id, name: p?.name ?? '未登记', phone: p?.phone ?? '', skills: p?.skills ?? [], role: m.role, status: m.status };
        }),
      });
    },

    approve: async (input: ActionInput<'volunteer', 'approve'>, { openid }: Ctx): Promise<Result<ActionOutput<'volunteer', 'approve'>>> => {
      const target = await getDoc<Membership>(db, 'memberships', input.membershipId);
      const mine = target && (await activeMembership(db, target.teamId, openid));
      // Memberships are named <teamId>_<openid>: only the team's leader learns that one exists.
      if (!target || mine?.role !== 'leader') return fail('TEAM.NOT_FOUND', 'no such application');
      const res = (await db.collection('memberships').where({ _id: target._id, status: 'pending' }).update({ data: { status: 'active', approvedAt: new Date(), approvedBy: openid } })) as { stats: { updated: number } };
      if (res.stats.updated === 1) ref.forgetTeams();
      return ok({ membershipId: target._id, status: 'active' });
    },
  };
}
