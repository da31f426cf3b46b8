// The visit order's lifecycle as a table (../lifecycle.ts): the named volunteer or a member of the
// elder's team records the outcome (平安 / 需要帮助 / 联系不上) with a note; the timer marks an order
// still planned past its due day + grace as missed. A missed order may still be recorded late (the
// call was made after all; the escalation stands). A need recorded may then become a wish, once.
import { decide, type Change, type Situation, type Table } from '../lifecycle';
import type { Result } from '../errors';
import type { VisitOrder, VisitOutcome, VisitStatus } from './order';

/** How the caller stands to an order: its named volunteer, a member of its team, or the timer. */
export type VisitRelation = 'named' | 'team' | 'system';
export type VisitAction = 'record' | 'miss' | 'link_wish';

export interface VisitParams {
  outcome?: VisitOutcome;
  note?: string;
  wishId?: string;
}
type C = Situation<VisitOrder, VisitRelation, VisitParams>;

export const VISIT_LIFECYCLE: Table<VisitAction, VisitStatus, VisitRelation, C> = {
  record: {
    from: ['planned', 'missed'],
    to: ['done'],
    by: ['named', 'team'],
    // Someone else's order reads as a missing one.
    denied: 'VISIT.NOT_FOUND',
    wrongState: (c) => (c.doc.status === 'done' ? 'VISIT.ALREADY_RECORDED' : undefined),
    guards: [{ code: 'INPUT.INVALID', message: 'an outcome is needed', refuses: (c) => c.params.outcome === undefined }],
    effects: (c) => ({
      set: { outcome: c.params.outcome, doneAt: c.now, doneBy: c.actor.openid, ...(c.params.note ? { note: c.params.note } : {}) },
    }),
    record: (c) => ({ outcome: c.params.outcome }),
  },
  miss: { from: ['planned'], to: ['missed'], by: ['system'] },
  // 转为心愿: a need recorded becomes a wish filed for the elder; the order keeps its id.
  link_wish: {
    from: ['done'],
    to: ['done'],
    by: ['named', 'team'],
    denied: 'VISIT.NOT_FOUND',
    wrongState: () => 'VISIT.NO_NEED',
    guards: [
      { code: 'VISIT.NO_NEED', message: 'only a visit that found a need becomes a wish', refuses: (c) => c.doc.outcome !== 'needs_help' },
      {
        code: 'VISIT.ALREADY_WISHED',
        message: 'this visit already became a wish',
        refuses: (c) => !!c.doc.wishId && c.doc.wishId !== c.params.wishId,
      },
    ],
    effects: (c) => ({ set: { wishId: c.params.wishId } }),
    record: (c) => ({ wishId: c.params.wishId }),
  },
};

/** The caller's relations to an order: named (the order's volunteer) and team (an active member of its team). */
export function visitRelationsOf(
  order: Pick<VisitOrder, 'volunteerOpenid' | 'teamId'>,
  openid: string,
  teamIds: readonly string[],
): VisitRelation[] {
  const out: VisitRelation[] = [];
  if (order.volunteerOpenid === openid) out.push('named');
  if (order.teamId && teamIds.includes(order.teamId)) out.push('team');
  return out;
}

export function decideVisit(
  action: VisitAction,
  order: VisitOrder,
  actor: { openid: string; relations: readonly VisitRelation[] },
  now: Date,
  params: VisitParams = {},
): Result<Change<VisitAction, VisitStatus, VisitRelation>> {
  return decide(VISIT_LIFECYCLE, action, order, actor, now, params);
}
