// Granting points to a sponsor's budget (预算拨付): one transaction reads the sponsor's account (an
// unknown sponsor is refused) and posts the head office → sponsor entry through postIn (its _id is
// the idempotency key: a second call writes nothing). Retried, it grants exactly once.
import type { DB } from 'wx-server-sdk';
import type { Account } from '../../src/domain/bank/account';
import { ISSUER, type JournalEntry } from '../../src/domain/bank/ledger';
import { postIn } from './post';
import { COLLECTIONS } from './collections/names';
import { inTransaction } from './transaction';

export type GrantOutcome = { outcome: 'granted' | 'already_granted'; balance: number } | { outcome: 'no_sponsor' };

/** Books a budget_grant entry (issuer → sponsor) once. */
export async function grantOnce(db: DB.Database, entry: JournalEntry): Promise<GrantOutcome> {
  const sponsorLine = entry.lines.find((l) => l.account !== ISSUER)!;
  const r = await inTransaction<GrantOutcome, never>(db, async (t) => {
    const sponsor = (await t.collection(COLLECTIONS.accounts).doc(sponsorLine.account).get()).data as Account | null;
    if (!sponsor) return { outcome: 'no_sponsor' };
    const posted = await postIn(t, db.command, entry);
    if (posted.outcome === 'already_posted') return { outcome: 'already_granted', balance: sponsor.balance };
    if (posted.outcome === 'below_floor') throw new Error('grant: below floor'); // the issuer has none; the sponsor gains
    return { outcome: 'granted', balance: sponsor.balance + sponsorLine.points };
  });
  if ('done' in r) return r.done;
  throw new Error('grant: unexpected rollback');
}
