// Hourly: pay the budget queue (等待预算) oldest first, close completed wishes nobody rated within 7
// days (no penalty: the volunteer is paid), retry paying for rated wishes whose credit did not go
// through (a waiting credit is paid only in its turn by the queue), book the hours of sent-back
// services whose booking failed, settle closed priced wishes in the money book (repairs at cost:
// after the credit, so only a service that was done and closed is paid), and give open wishes filed
// before the workbench's phone search their `phoneTail`.
import { ok, type Result } from '../../src/domain/errors';
import { addDays } from '../../src/domain/time';
import { AUTO_CLOSE_AFTER_DAYS } from '../../src/domain/wish/guards';
import { phoneTailOf } from '../../src/domain/wish/queue';
import { statusesIn } from '../../src/domain/wish/states';
import { hoursToBook, setPhoneTail, toClose, withoutPhoneTail } from '../_lib/collections/wishes';
import type { Deps } from '../_lib/context';
import { creditAndClose, type CreditOutcome } from '../_lib/credit';
import { bookHours } from '../_lib/hours';
import { logFailure } from '../_lib/log';
import { settleRepairs } from '../_lib/collections/money';
import { releaseAll } from '../_lib/queue';

const BATCH = 100;

export async function runTimer({ db }: Deps, now = new Date()): Promise<Result<Record<CreditOutcome | 'failed', number>>> {
  const counts: Record<CreditOutcome | 'failed', number> = {
    credited: 0,
    already_closed: 0,
    budget_exhausted: 0,
    not_closable: 0,
    awaiting_confirmation: 0,
    failed: 0,
  };
  try {
    counts.credited += await releaseAll(db, now);
  } catch (err) {
    counts.failed++;
    logFailure('wish', 'timer:queue', err);
  }
  for (const id of await toClose(db, addDays(now, -AUTO_CLOSE_AFTER_DAYS), BATCH)) {
    // One wish that cannot be paid must not stop the others: log it (no personal data) and go on.
    try {
      counts[(await creditAndClose(db, id, now)).outcome]++;
    } catch (err) {
      counts.failed++;
      logFailure('wish', 'timer:credit', err);
    }
  }
  // Hours of sent-back services whose booking failed right after the rating.
  for (const id of await hoursToBook(db, BATCH)) {
    try {
      await bookHours(db, id, now);
    } catch (err) {
      counts.failed++;
      logFailure('wish', 'timer:hours', err);
    }
  }
  // Repairs at cost: the fund's and the household's shares to the team (a short fund waits for a top-up).
  try {
    await settleRepairs(db, now, BATCH);
  } catch (err) {
    counts.failed++;
    logFailure('wish', 'timer:money', err);
  }
  try {
    for (const w of await withoutPhoneTail(db, statusesIn('open'), BATCH)) await setPhoneTail(db, w._id, phoneTailOf(w.contact.phone));
  } catch (err) {
    logFailure('wish', 'timer:phoneTail', err);
  }
  return ok(counts);
}
