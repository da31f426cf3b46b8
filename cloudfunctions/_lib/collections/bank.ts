// `accounts` (stored balances) and `journal` (the append-only double-entry book).
import type { DB } from 'wx-server-sdk';
import type { Account } from '../../../src/domain/bank/account';
import type { AccountId, EntryCategory, JournalEntry } from '../../../src/domain/bank/ledger';
import { getDoc, getPage } from '../db';
import { collection } from './names';
import type { RangeQuery } from './ranges';

export const getAccount = (db: DB.Database, id: AccountId) => getDoc<Account>(db, 'accounts', id);

/** An account's journal entries, newest first (index accounts_1_at_-1). */
export const entriesOf = (db: DB.Database, account: AccountId, page: number, size: number) =>
  getPage<JournalEntry>(collection(db, 'journal').where({ accounts: account }).orderBy('at', 'desc'), page, size);

/** Journal entries by id (their _ids are the idempotency keys), at most 100. */
export async function entriesById(db: DB.Database, ids: readonly string[]): Promise<JournalEntry[]> {
  if (ids.length === 0) return [];
  const { data } = (await collection(db, 'journal')
    .where({ _id: db.command.in([...ids]) })
    .limit(100)
    .get()) as unknown as { data: JournalEntry[] };
  return data;
}

/** Sponsors' budget accounts, 20 a page in `_id` order (index kind_1__id_1: one page examined). */
export const sponsorAccounts = (db: DB.Database, page: number, size: number) =>
  getPage<Account>(collection(db, 'accounts').where({ kind: 'sponsor' }).orderBy('_id', 'asc'), page, size);

/** 导出: journal entries in [from, to): every one (the ledger, index at_1) or one category's (hours: `service`, category_1_at_1). */
export const entriesBetween = (from: Date, to: Date, category?: EntryCategory): RangeQuery => ({
  name: 'journal',
  field: 'at',
  filter: category ? { category } : {},
  from,
  to,
});
