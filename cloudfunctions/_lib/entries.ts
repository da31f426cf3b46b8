// Appending one journal entry outside a wish's close (the centre's award for a sent-back service, an
// office's bonus): postOnce in a transaction of its own, idempotent by the entry's _id. Retried, it
// books exactly once; short of budget it writes nothing.
import type { DB } from 'wx-server-sdk';
import type { JournalEntry } from '../../src/domain/bank/ledger';
import { postOnce } from './post';

export type BookOutcome = 'booked' | 'already_booked' | 'budget_exhausted';

export async function bookOnce(db: DB.Database, entry: JournalEntry): Promise<BookOutcome> {
  const done = await postOnce(db, entry);
  return done.outcome === 'posted' ? 'booked' : done.outcome === 'already_posted' ? 'already_booked' : 'budget_exhausted';
}
