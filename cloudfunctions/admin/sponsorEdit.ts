// 新增赞助方 and changing one: a sponsor is its budget account `sponsor:<id>` (kind sponsor) with a name,
// a source (政府买单 or one of the 四个一点) and a note. Created with balance 0, once per request id
// (the id derives from it); renamed against the version read (compare-and-set). Points never move here.
import { createHash } from 'node:crypto';
import { sponsorAccount } from '../../src/domain/bank/ledger';
import { openSponsor } from '../../src/domain/bank/sponsor';
import { fail, ok, type Result } from '../../src/domain/errors';
import type { ActionInput, ActionOutput } from '../../src/domain/schemas';
import { COLLECTIONS } from '../_lib/collections/names';
import type { Deps } from '../_lib/context';
import type { HandlerContext } from '../_lib/router';
import { inTransaction, one } from '../_lib/transaction';

type R<A extends 'create_sponsor' | 'update_sponsor'> = Promise<Result<ActionOutput<'admin', A>>>;
type Stored = { kind: string; version?: number } | null;

/** The sponsor id a request id makes: a retry lands on the same account. */
export const sponsorIdOf = (requestId: string) => `sp-${createHash('sha256').update(requestId).digest('hex').slice(0, 16)}`;

export function sponsorEditHandlers({ db }: Deps) {
  return {
    create_sponsor: async (input: ActionInput<'admin', 'create_sponsor'>, ctx: HandlerContext): R<'create_sponsor'> => {
      const sponsorId = sponsorIdOf(input.requestId);
      const r = await inTransaction<{ version: number; created: boolean }, never>(db, async (t) => {
        const ref = t.collection(COLLECTIONS.accounts).doc(sponsorAccount(sponsorId));
        const stored = (await ref.get()).data as Stored;
        if (stored) return { version: stored.version ?? 0, created: false };
        await ref.set({ data: openSponsor({ name: input.name, source: input.source, note: input.note, by: ctx.openid }, new Date()) });
        return { version: 1, created: true };
      });
      if (!('done' in r)) throw new Error('create_sponsor: unexpected rollback');
      return ok({ sponsorId, ...r.done });
    },

    update_sponsor: async (input: ActionInput<'admin', 'update_sponsor'>): R<'update_sponsor'> => {
      const r = await inTransaction<number, 'SPONSOR.NOT_FOUND' | 'SPONSOR.CHANGED'>(db, async (t) => {
        const ref = t.collection(COLLECTIONS.accounts).doc(sponsorAccount(input.sponsorId));
        const stored = (await ref.get()).data as Stored;
        if (!stored || stored.kind !== 'sponsor') return (await t.rollback('SPONSOR.NOT_FOUND'), 0);
        const version = stored.version ?? 0;
        if (version !== input.version) return (await t.rollback('SPONSOR.CHANGED'), 0);
        // Only the profile: the balance moves through the journal alone.
        one(
          await ref.update({
            data: { name: input.name, source: input.source, note: input.note ?? '', version: version + 1, updatedAt: new Date() },
          }),
        );
        return version + 1;
      });
      if ('rolledBack' in r) return fail(r.rolledBack, `update_sponsor refused: ${r.rolledBack}`);
      return ok({ sponsorId: input.sponsorId, version: r.done });
    },
  };
}
