// `certificates` (志愿服务证明, written once) and `certCounters/<year>` (the year's last number).
import type { DB } from 'wx-server-sdk';
import type { AccountId, JournalEntry } from '../../../src/domain/bank/ledger';
import type { Certificate } from '../../../src/domain/cert/certificate';
import { getAll, getDoc } from '../db';
import { one, type Tx } from '../transaction';
import { collection, type Updated } from './names';

export const getCertificate = (db: DB.Database, id: string) => getDoc<Certificate>(db, 'certificates', id);

/** By number (index number_1). */
export async function certificateByNumber(db: DB.Database, number: string): Promise<Certificate | undefined> {
  const { data } = (await collection(db, 'certificates').where({ number }).limit(1).get()) as unknown as { data: Certificate[] };
  return data[0];
}

/** The caller's certificates, newest first (index openid_1_issuedAt_-1). */
export const certificatesOf = (db: DB.Database, openid: string) =>
  getAll<Certificate>(collection(db, 'certificates').where({ openid }).orderBy('issuedAt', 'desc'), 1000);

/**
 * In one transaction: the certificate of `id` if it exists, else the next number of the year and the
 * certificate written with it. A retry (or a race for the same period) finds the first one.
 */
export async function issueOnce(
  t: Tx,
  id: string,
  year: number,
  make: (seq: number) => Omit<Certificate, '_id'>,
): Promise<{ cert: Certificate; created: boolean }> {
  const existing = (await t.collection('certificates').doc(id).get()).data as Certificate | null;
  if (existing) return { cert: existing, created: false };
  const counterRef = t.collection('certCounters').doc(String(year));
  const counter = (await counterRef.get()).data as { last: number } | null;
  const seq = (counter?.last ?? 0) + 1;
  if (counter) one(await counterRef.update({ data: { last: seq } }));
  else await counterRef.set({ data: { last: seq } });
  const cert = { _id: id, ...make(seq) };
  const { _id, ...data } = cert;
  await t.collection('certificates').doc(_id).set({ data });
  return { cert, created: true };
}

/** The PDF's fileID, set once: a certificate that already has one keeps it. */
export async function attachFile(db: DB.Database, id: string, fileID: string): Promise<boolean> {
  const res = (await collection(db, 'certificates')
    .where({ _id: id, fileID: db.command.exists(false) })
    .update({ data: { fileID } })) as unknown as Updated;
  return res.stats.updated === 1;
}

/** A passbook's entries in [from, to), for the hours (index accounts_1_at_-1). */
export const entriesIn = (db: DB.Database, account: AccountId, from: Date, to: Date) =>
  getAll<Pick<JournalEntry, '_id' | 'kind' | 'minutes' | 'memo' | 'reverses' | 'at'>>(
    collection(db, 'journal')
      .where({ accounts: account, at: db.command.gte(from).and(db.command.lt(to)) })
      .orderBy('at', 'desc')
      .field({ _id: true, kind: true, minutes: true, memo: true, reverses: true, at: true }),
  );
