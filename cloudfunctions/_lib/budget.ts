// Granting points to a sponsor's budget (预算拨付): one transaction reads the entry's _id (the
// idempotency key: a second call writes nothing), the sponsor's account and the head office's; adds the
// entry and moves both balances. Retried, it grants exactly once.
import type { DB } from 'wx-server-sdk';
import type { Account } from '../../src/domain/bank/account';
import { ISSUER, type JournalEntry } from '../../src/domain/bank/ledger';
import { COLLECTIONS } from './collections/names';

const TX_TRIES = 15;

type Doc = {
  get(): Promise<{ data: unknown }>;
  update(o: { data: unknown }): Promise<unknown>;
  set(o: { data: unknown }): Promise<unknown>;
};
type Tx = { collection(name: string): { doc(id: string): Doc; add(o: { data: unknown }): Promise<unknown> } };

export type GrantOutcome = { outcome: 'granted' | 'already_granted'; balance: number } | { outcome: 'no_sponsor' };

/** Books a budget_grant entry (issuer → sponsor) once. */
export async function grantOnce(db: DB.Database, entry: JournalEntry): Promise<GrantOutcome> {
  const _ = db.command;
  const sponsorLine = entry.lines.find((l) => l.account !== ISSUER)!;
  const points = sponsorLine.points;
  return (db as unknown as { runTransaction<T>(cb: (t: Tx) => Promise<T>, times?: number): Promise<T> }).runTransaction(async (t) => {
    const accounts = t.collection(COLLECTIONS.accounts);
    const sponsorRef = accounts.doc(sponsorLine.account);
    const sponsor = (await sponsorRef.get()).data as Account | null;
    if (!sponsor) return { outcome: 'no_sponsor' as const };
    if ((await t.collection(COLLECTIONS.journal).doc(entry._id).get()).data)
      return { outcome: 'already_granted' as const, balance: sponsor.balance };
    const issuerRef = accounts.doc(ISSUER);
    const issuer = (await issuerRef.get()).data as Account | null;
    const one = (r: unknown) => {
      if ((r as { stats?: { updated?: number } }).stats?.updated !== 1) throw new Error('grant step changed nothing');
    };
    await t.collection(COLLECTIONS.journal).add({ data: { ...entry } });
    one(await sponsorRef.update({ data: { balance: _.inc(points) } }));
    if (issuer) one(await issuerRef.update({ data: { balance: _.inc(-points) } }));
    else await issuerRef.set({ data: { kind: 'issuer', name: '公益银行总行', balance: -points, minutes: 0 } });
    return { outcome: 'granted' as const, balance: sponsor.balance + points };
  }, TX_TRIES);
}
