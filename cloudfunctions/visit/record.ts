// After an outcome is recorded: the elder's board fields (compare-and-set on the streak it read, so
// two recordings at once both count) and its next due time; 联系不上 a second time in a row alerts
// the community at once.
import { boardAfter } from '../../src/domain/visit/outcome';
import type { VisitOrder, VisitOutcome } from '../../src/domain/visit/order';
import { nextDueOf } from '../../src/domain/visit/schedule';
import { collection, type Updated } from '../_lib/collections/names';
import { settingOf } from '../_lib/collections/settings';
import { getElder, plannedOf } from '../_lib/collections/visits';
import type { Deps } from '../_lib/context';
import { alertCommunity } from './escalate';

const TRIES = 3;

/** Updates the elder after `outcome`; true when the community was alerted. */
export async function recordOutcome(deps: Deps, order: VisitOrder, outcome: VisitOutcome, now: Date): Promise<boolean> {
  const { db } = deps;
  const [settings, planned] = await Promise.all([settingOf(db, 'visits'), plannedOf(db, [order.elderId])]);
  for (let i = 0; i < TRIES; i++) {
    const elder = await getElder(db, order.elderId);
    if (!elder) return false;
    const board = boardAfter(elder, outcome, now);
    const next = nextDueOf(
      elder,
      planned.map((p) => new Date(p.dueAt)),
      now,
      settings,
    );
    const res = (await collection(db, 'elders')
      .where({ _id: elder._id, unreachableStreak: elder.unreachableStreak ?? 0 })
      .update({ data: { ...board.set, ...(next ? { nextDueAt: next } : {}) } })) as Updated;
    if (res.stats.updated !== 1) continue;
    if (board.escalate) await alertCommunity(deps, order.communityId, board.escalate);
    return board.escalate !== undefined;
  }
  return false;
}
