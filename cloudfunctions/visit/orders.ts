// Visit orders (巡访单): the volunteer's list, recording an outcome, turning a need into a wish (and
// the elder's price for it first, when the category carries one).
// Who: the order's named volunteer, or an active member of its team (anyone else: VISIT.NOT_FOUND).
import { fail, ok, type Result } from '../../src/domain/errors';
import { PAGE_SIZE, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { addDays } from '../../src/domain/time';
import { mergePage, visitViewOf } from '../../src/domain/visit/view';
import { decideVisit } from '../../src/domain/visit/lifecycle';
import type { VisitStatus } from '../../src/domain/visit/order';
import { commitChange } from '../_lib/collections/changes';
import { membershipsOf } from '../_lib/collections/memberships';
import { eldersByIds, getVisit, namedVisits, poolVisits } from '../_lib/collections/visits';
import { checkText } from '../_lib/content';
import type { Deps } from '../_lib/context';
import type { HandlerContext } from '../_lib/router';
import { recordOutcome } from './record';
import { relationsTo } from './relations';
import { toWish, visitQuote } from './toWish';

type A = 'my_visits' | 'record' | 'to_wish' | 'quote';
type R<K extends A> = Promise<Result<ActionOutput<'visit', K>>>;
type In<K extends A> = ActionInput<'visit', K>;

/** Orders still to make: planned, and missed ones (a late call may still be recorded)… */
const OPEN: readonly VisitStatus[] = ['planned', 'missed'];
/** …due within the last 30 days (the longest grace): older missed ones stay with the community's alert. */
const LATE_DAYS = 30;

export function orderHandlers(deps: Deps) {
  const { db, ref } = deps;
  return {
    my_visits: async (input: In<'my_visits'>, { openid }: HandlerContext): R<'my_visits'> => {
      const now = new Date();
      const teamIds = (await membershipsOf(db, openid, ['active'])).map((m) => m.teamId);
      const limit = (input.page + 1) * PAGE_SIZE + 1;
      const since = addDays(now, -LATE_DAYS);
      const lists = await Promise.all([
        namedVisits(db, openid, OPEN, since, limit),
        teamIds.length > 0 ? poolVisits(db, teamIds, OPEN, since, limit) : Promise.resolve([]),
      ]);
      const { items, hasMore } = mergePage(lists, input.page, PAGE_SIZE);
      const elders = new Map((items.length ? await eldersByIds(db, [...new Set(items.map((o) => o.elderId))]) : []).map((e) => [e._id, e]));
      const views = [];
      for (const o of items) {
        const elder = elders.get(o.elderId);
        if (elder) views.push(visitViewOf(o, elder, await ref.place(elder.buildingId), { openid, teamIds }, now));
      }
      return ok({ items: views, page: input.page, hasMore });
    },

    record: async (input: In<'record'>, { openid }: HandlerContext): R<'record'> => {
      const now = new Date();
      const order = await getVisit(db, input.visitId);
      if (!order) return fail('VISIT.NOT_FOUND', 'no such visit');
      const relations = await relationsTo(deps, order, openid);
      // A retry of the same recording answers what the first one did.
      if (relations.length > 0 && order.status === 'done' && (order as { requestId?: string }).requestId === input.requestId)
        return ok({ visitId: order._id, status: order.status, version: order.version, escalated: false });
      const decided = decideVisit('record', order, { openid, relations }, now, {
        outcome: input.outcome,
        ...(input.note?.trim() ? { note: input.note.trim() } : {}),
      });
      if (!decided.ok) return decided;
      // The note is read by the community's staff and the team: checked before any write.
      const checked = await checkText(deps.cloud, openid, input.note ?? '', 2);
      if (!checked.ok) return checked;
      decided.data.set.requestId = input.requestId;
      if (!(await commitChange(db, 'visits', order._id, decided.data))) return fail('ORDER.CHANGED', 'the visit changed meanwhile');
      const escalated = await recordOutcome(deps, order, input.outcome, now);
      return ok({ visitId: order._id, status: decided.data.to, version: order.version + 1, escalated });
    },

    to_wish: (input: In<'to_wish'>, ctx: HandlerContext): R<'to_wish'> => toWish(deps, input, ctx.openid),
    quote: (input: In<'quote'>, ctx: HandlerContext): R<'quote'> => visitQuote(deps, input, ctx.openid),
  };
}
