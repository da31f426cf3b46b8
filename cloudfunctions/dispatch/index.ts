// `dispatch`: the centre's queue and decisions (中心派单), the weekly digest (周报), and the timer that
// reminds, escalates and releases (sweep.ts). The router lets only dispatchers into the centre's actions,
// but for schedule_service_day, which the leader of the team holding the wish may also do (its lifecycle row decides).
import { ok, type Result } from '../../src/domain/errors';
import { suggestTeams } from '../../src/domain/dispatch';
import { noticeData } from '../../src/domain/notify';
import { PAGE_SIZE, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { dispatcherCommunities } from '../../src/domain/org/grants';
import { COUNTED_TABS, queueFilter } from '../../src/domain/wish/queue';
import { viewOf } from '../../src/domain/wish/view';
import { countTab, openLoad, workbench } from '../_lib/collections/wishes';
import { setup } from '../_lib/context';
import { notify } from '../_lib/notify';
import { respond } from '../_lib/respond';
import { route, type HandlerContext } from '../_lib/router';
import { actOnWish, loadCentreWish as loadFor } from '../_lib/wishes';
import { isTimerInvocation, timerNow } from '../_lib/timer';
import { awardHandler } from './award';
import { scheduleServiceDayHandler } from './serviceDay';
import { digestHandler } from './digest';
import { runSweep } from './sweep';
import { wallHandlers } from './wall';

const deps = setup();
const { cloud, db, ref } = deps;
const loadCentreWish = (ctx: HandlerContext, id: string) => loadFor(db, ctx, id);

type Counts = NonNullable<ActionOutput<'dispatch', 'queue'>['counts']>;

async function queue(
  input: ActionInput<'dispatch', 'queue'>,
  { openid, grants }: HandlerContext,
): Promise<Result<ActionOutput<'dispatch', 'queue'>>> {
  // Due first: an urgent wish has half the SLA, so "most urgent, then oldest" is one order.
  const now = new Date();
  // A community dispatcher's queue holds their communities' wishes only; no dispatcher grant, nothing.
  const scope = dispatcherCommunities(grants ?? []);
  if (scope !== 'all' && scope.length === 0) {
    const none = Object.fromEntries(COUNTED_TABS.map((t) => [t, 0])) as Counts;
    return ok({ items: [], page: input.page, hasMore: false, ...(input.page === 0 ? { counts: none } : {}) });
  }
  const filter = queueFilter(input.tab ?? 'waiting', input.search, now, scope);
  // Page 0 also counts the open tabs (one indexed count each, in parallel with the page).
  const [page, counts] = await Promise.all([
    workbench(db, filter, input.page, PAGE_SIZE),
    input.page === 0 ? Promise.all(COUNTED_TABS.map((t) => countTab(db, queueFilter(t, undefined, now, scope)))) : undefined,
  ]);
  const items = await Promise.all(page.items.map(async (w) => viewOf(w, openid, ['dispatcher'], { place: await ref.place(w.buildingId) })));
  return ok({ ...page, items, ...(counts ? { counts: Object.fromEntries(COUNTED_TABS.map((t, i) => [t, counts[i]])) as Counts } : {}) });
}

async function suggest(
  input: ActionInput<'dispatch', 'suggest'>,
  ctx: HandlerContext,
): Promise<Result<ActionOutput<'dispatch', 'suggest'>>> {
  const [loaded, teams] = await Promise.all([loadCentreWish(ctx, input.wishId), ref.teams()]);
  if (!loaded.ok) return loaded;
  const load = await openLoad(
    db,
    teams.map((t) => t._id),
  );
  return ok({
    suggestions: suggestTeams(
      loaded.data,
      teams.map((t) => ({ ...t, openLoad: load.get(t._id) ?? 0 })),
    ),
  });
}

async function dispatch(
  input: ActionInput<'dispatch', 'dispatch'>,
  ctx: HandlerContext,
): Promise<Result<ActionOutput<'dispatch', 'dispatch'>>> {
  const [loaded, team] = await Promise.all([loadCentreWish(ctx, input.wishId), ref.team(input.teamId)]);
  if (!loaded.ok) return loaded;
  const wish = loaded.data;
  const done = await actOnWish(deps, ctx, wish, 'dispatch', { team, note: input.note });
  if (done.ok && team) {
    await Promise.all([
      notify(
        cloud,
        'dispatch',
        wish.filedBy,
        'wish_dispatched',
        noticeData('wish_dispatched', wish, { team: team.name }),
        `pages/wish/detail/index?id=${wish._id}`,
      ),
      ...team.members.map((m) => notify(cloud, 'dispatch', m, 'order_new', noticeData('order_new', wish), 'volunteer/pages/hall/index')),
    ]);
  }
  return done;
}

async function reject(input: ActionInput<'dispatch', 'reject'>, ctx: HandlerContext): Promise<Result<ActionOutput<'dispatch', 'reject'>>> {
  const loaded = await loadCentreWish(ctx, input.wishId);
  return loaded.ok ? actOnWish(deps, ctx, loaded.data, 'reject', { note: input.reason }) : loaded;
}

const routed = route(
  'dispatch',
  {
    queue,
    suggest,
    dispatch,
    reject,
    award: awardHandler(deps),
    schedule_service_day: scheduleServiceDayHandler(deps),
    digest: digestHandler(deps),
    ...wallHandlers(deps),
  },
  deps,
);

// The timer (every 15 minutes): 催办, 升级, 自动释放 and the weekly digest's notice (sweep.ts).
export const main = respond('dispatch', async (event, context) =>
  isTimerInvocation(event, deps.cloud.getWXContext()) ? runSweep(deps, timerNow(event)) : routed(event, context),
);
