// `dispatch`: the centre's queue and decisions (中心派单). Every action needs the dispatcher role.
import { fail, ok, type Result } from '../../src/domain/errors';
import { suggestTeams } from '../../src/domain/dispatch';
import { noticeData } from '../../src/domain/notify';
import { PAGE_SIZE, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { AT_CENTRE } from '../../src/domain/wish/states';
import { viewOf } from '../../src/domain/wish/view';
import type { Wish } from '../../src/domain/wish/wish';
import { setup } from '../_lib/context';
import { getPage } from '../_lib/db';
import { gate } from '../_lib/gate';
import { notify } from '../_lib/notify';
import { respond } from '../_lib/respond';
import { route } from '../_lib/router';
import { loadWish, transition } from '../_lib/wishes';

const deps = setup();
const { cloud, db, ref } = deps;
const _ = db.command;
type Ctx = { openid: string };
const OPEN_WITH_TEAM = ['dispatched', 'claimed', 'in_service'];

async function queue(input: ActionInput<'dispatch', 'queue'>, { openid }: Ctx): Promise<Result<ActionOutput<'dispatch', 'queue'>>> {
  const allowed = await gate(db, 'dispatch.queue', openid);
  if (!allowed.ok) return allowed;
  // Due first: an urgent wish has half the SLA, so "most urgent, then oldest" is one order.
  const page = await getPage<Wish>(db.collection('wishes').where({ status: _.in(AT_CENTRE) }).orderBy('dueAt', 'asc'), input.page, PAGE_SIZE);
  return ok({ ...page, items: page.items.map((w) => viewOf(w, openid, ['dispatcher'])) });
}

async function suggest(input: ActionInput<'dispatch', 'suggest'>, { openid }: Ctx): Promise<Result<ActionOutput<'dispatch', 'suggest'>>> {
  const [allowed, loaded, teams] = await Promise.all([gate(db, 'dispatch.suggest', openid), loadWish(db, input.wishId), ref.teams()]);
  if (!allowed.ok) return allowed;
  if (!loaded.ok) return loaded;
  const { list } = (await db
    .collection('wishes')
    .aggregate()
    .match({ teamId: _.in(teams.map((t) => t._id)), status: _.in(OPEN_WITH_TEAM) })
    .group({ _id: '$teamId', n: db.command.aggregate.sum(1) })
    .limit(1000)
    .end()) as { list: Array<{ _id: string; n: number }> };
  const load = new Map(list.map((x) => [x._id, x.n]));
  const suggestions = suggestTeams(loaded.data, teams.map((t) => ({ ...t, openLoad: load.get(t._id) ?? 0 })));
  return ok({ suggestions });
}

async function dispatch(input: ActionInput<'dispatch', 'dispatch'>, { openid }: Ctx): Promise<Result<ActionOutput<'dispatch', 'dispatch'>>> {
  const [allowed, loaded, team] = await Promise.all([gate(db, 'dispatch.dispatch', openid), loadWish(db, input.wishId), ref.team(input.teamId)]);
  if (!allowed.ok) return allowed;
  if (!loaded.ok) return loaded;
  if (!team) return fail('DISPATCH.TEAM_NOT_FOUND', 'no such active team');
  const wish = loaded.data;
  if (wish.excludedTeamIds.includes(team._id)) return fail('DISPATCH.SAME_TEAM', 'this team already had it');
  const done = await transition(db, wish, 'dispatch', { openid, relations: ['dispatcher'] }, new Date(), {
    note: input.note,
    patch: () => ({ teamId: team._id, ...(wish.claimant ? { claimant: _.remove(), claimedAt: _.remove() } : {}) }),
  });
  if (!done.ok) return done;
  await Promise.all([
    notify(cloud, 'dispatch', wish.filedBy, 'wish_dispatched', noticeData('wish_dispatched', wish, { team: team.name }), `pages/wish/detail/index?id=${wish._id}`),
    ...team.members.map((m) => notify(cloud, 'dispatch', m, 'order_new', noticeData('order_new', wish), 'volunteer/pages/hall/index')),
  ]);
  return done;
}

async function reject(input: ActionInput<'dispatch', 'reject'>, { openid }: Ctx): Promise<Result<ActionOutput<'dispatch', 'reject'>>> {
  const [allowed, loaded] = await Promise.all([gate(db, 'dispatch.reject', openid), loadWish(db, input.wishId)]);
  if (!allowed.ok) return allowed;
  if (!loaded.ok) return loaded;
  return transition(db, loaded.data, 'reject', { openid, relations: ['dispatcher'] }, new Date(), { note: input.reason, patch: () => ({ rejectReason: input.reason }) });
}

const routed = route('dispatch', { queue, suggest, dispatch, reject }, { identity: deps.identity });
export const main = respond('dispatch', routed);
