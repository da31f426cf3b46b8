// The demo's bookkeeper: posts journal entries built by the domain's entry builders against the stored
// balances with the same rule as cloudfunctions/_lib/post.ts (decidePost: refused below a floor,
// idempotent by _id, a missing account opened from its id), then writes the entries and the moved
// balances into the store. So the demo's accounts always equal its journal (`npm run bank:verify`).
import { openingOf } from '../cloudfunctions/_lib/post';
import type { Database } from '../localcloud/store/database';
import type { Account } from '../src/domain/bank/account';
import type { AccountId, JournalEntry } from '../src/domain/bank/ledger';
import { decidePost } from '../src/domain/bank/posting';

const UPSERT = { multi: false, replace: false, upsert: true };

export class DemoBooks {
  private readonly entries = new Map<string, JournalEntry>();
  private readonly accounts = new Map<AccountId, Account>();

  constructor(private readonly db: Database) {
    for (const a of db.get('accounts').docs.values() as unknown as Iterable<Account>) this.accounts.set(a._id as AccountId, { ...a });
    for (const id of db.get('journal').docs.keys()) this.entries.set(id, null as unknown as JournalEntry);
  }

  /** Posts one entry (in date order, as the product would); throws when it would take an account below its floor. */
  post(entry: JournalEntry): JournalEntry {
    if (this.entries.has(entry._id)) return entry;
    const decided = decidePost((a) => this.accounts.get(a)?.balance ?? 0, entry);
    if (!decided.ok) throw new Error(`demo history: ${entry._id} would take ${decided.account} below its floor`);
    this.entries.set(entry._id, entry);
    for (const [account, m] of decided.moves) {
      if (m.points === 0 && m.minutes === 0) continue;
      const a = this.accounts.get(account) ?? { _id: account, ...openingOf(account), balance: 0, minutes: 0 };
      this.accounts.set(account, { ...a, balance: a.balance + m.points, minutes: a.minutes + m.minutes });
    }
    return entry;
  }

  balanceOf(account: AccountId): number {
    return this.accounts.get(account)?.balance ?? 0;
  }

  /** Writes the posted entries and every account's balance (a stored account keeps its name). */
  async write(names: Partial<Record<AccountId, string>> = {}): Promise<void> {
    const fresh = [...this.entries.values()].filter((e): e is JournalEntry => e !== null);
    if (fresh.length)
      await this.db.insert(
        'journal',
        fresh.map((e) => ({ ...e })),
      );
    for (const a of this.accounts.values()) {
      const name = names[a._id as AccountId];
      await this.db.update(
        'accounts',
        { _id: a._id },
        {
          $set: { kind: a.kind, ...(a.owner ? { owner: a.owner } : {}), balance: a.balance, minutes: a.minutes, ...(name ? { name } : {}) },
        },
        UPSERT,
      );
    }
  }
}
