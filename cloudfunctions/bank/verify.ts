// 核对: the admin recomputes every balance from the journal (src/domain/bank/verify.ts). The whole
// journal and every account are read 1000 a page in `_id` order; the report lists at most 50 of each.
import type { Account } from '../../src/domain/bank/account';
import type { JournalEntry } from '../../src/domain/bank/ledger';
import { verifyLedger } from '../../src/domain/bank/verify';
import { ok, type Result } from '../../src/domain/errors';
import type { ActionOutput } from '../../src/domain/schemas';
import { collection } from '../_lib/collections/names';
import type { Deps } from '../_lib/context';
import { getAll } from '../_lib/db';

const SHOWN = 50;
const MAX_DOCS = 500_000;

export function verifyHandlers({ db }: Deps) {
  return {
    verify: async (): Promise<Result<ActionOutput<'bank', 'verify'>>> => {
      const [journal, accounts] = await Promise.all([
        getAll<JournalEntry>(collection(db, 'journal').orderBy('_id', 'asc').field({ _id: true, lines: true, minutes: true }), MAX_DOCS),
        getAll<Account>(collection(db, 'accounts').orderBy('_id', 'asc'), MAX_DOCS),
      ]);
      const r = verifyLedger(journal, accounts);
      return ok({
        entries: r.entries,
        accounts: r.accounts,
        total: r.total,
        unbalanced: r.unbalanced.slice(0, SHOWN),
        differences: r.differences.slice(0, SHOWN).map((d) => ({
          account: d.account,
          stored: d.stored?.balance ?? null,
          derived: d.derived.balance,
          storedMinutes: d.stored?.minutes ?? null,
          derivedMinutes: d.derived.minutes,
        })),
        belowFloor: r.belowFloor.slice(0, SHOWN),
        truncated: r.unbalanced.length > SHOWN || r.differences.length > SHOWN || r.belowFloor.length > SHOWN,
      });
    },
  };
}
