// Releasing the budget queue (等待预算): a sponsor's waiting credits are paid oldest first until the
// first one its budget cannot cover; that one and those after it keep waiting, in order. Called after
// a budget grant and by the hourly timer. Each payment is creditAndClose's own transaction; one call
// pays at most MAX_RELEASED (a function's time is bounded), the timer goes on with the rest.
import type { DB } from 'wx-server-sdk';
import { allWaiting, dropWaiting, waitingOf } from './collections/waiting';
import { creditAndClose } from './credit';

const PAGE = 20;
export const MAX_RELEASED = 100;

export async function releaseWaiting(db: DB.Database, sponsorId: string, now: Date): Promise<{ paid: number; waiting: boolean }> {
  let paid = 0;
  for (let tried = 0; tried < MAX_RELEASED;) {
    // Paid and dropped credits leave the query, so the head of the queue is always page 0.
    const { items } = await waitingOf(db, sponsorId, 0, PAGE);
    if (items.length === 0) return { paid, waiting: false };
    for (const w of items) {
      tried++;
      const { outcome } = await creditAndClose(db, w._id, now, { fromQueue: true });
      if (outcome === 'budget_exhausted') return { paid, waiting: true };
      if (outcome === 'credited') paid++;
      else await dropWaiting(db, w._id);
    }
  }
  return { paid, waiting: true };
}

/** The hourly timer: every sponsor with a waiting credit (the oldest 100 name them). */
export async function releaseAll(db: DB.Database, now: Date): Promise<number> {
  const { items } = await allWaiting(db, 0, 100);
  let paid = 0;
  for (const sponsorId of new Set(items.map((w) => w.sponsorId))) paid += (await releaseWaiting(db, sponsorId, now)).paid;
  return paid;
}
