// 总行 → 分行 → 储蓄所: an admin allots points down the offices and pays a volunteer a bonus from their
// community's savings office or its branch. Both post one entry through postOnce (floors, idempotency).
import { bonusEntry, officeGrantEntry, type OfficeGrant } from '../../src/domain/bank/officeAccounts';
import type { AccountId } from '../../src/domain/bank/ledger';
import { fail, ok, type Result } from '../../src/domain/errors';
import type { ActionInput, ActionOutput } from '../../src/domain/schemas';
import { checkText } from '../_lib/content';
import { getAccount } from '../_lib/collections/bank';
import { getVolunteer } from '../_lib/collections/volunteers';
import type { Deps } from '../_lib/context';
import { postOnce } from '../_lib/post';
import type { HandlerContext } from '../_lib/router';

type R<A extends 'office_grant' | 'bonus'> = Promise<Result<ActionOutput<'bank', A>>>;

export function officeHandlers(deps: Deps) {
  const { db, ref } = deps;
  /** A community's branch: the street it names. */
  const streetOf = async (communityId: string) => {
    const community = await ref.community(communityId);
    if (!community) return undefined;
    return (await ref.streets()).find((s) => s.name === community.street)?._id;
  };
  return {
    office_grant: async (input: ActionInput<'bank', 'office_grant'>, ctx: HandlerContext): R<'office_grant'> => {
      let grant: OfficeGrant;
      const common = { points: input.points, reason: input.reason, requestId: input.requestId, by: ctx.openid };
      if (input.level === 'branch') {
        if (!(await ref.streets()).some((s) => s._id === input.streetId)) return fail('BANK.STREET_NOT_FOUND', 'no such street');
        grant = { level: 'branch', streetId: input.streetId, ...common };
      } else {
        if (!(await ref.community(input.communityId))) return fail('BANK.COMMUNITY_NOT_FOUND', 'no such community');
        const streetId = await streetOf(input.communityId);
        if (!streetId) return fail('BANK.STREET_NOT_FOUND', 'the community names no known street');
        grant = { level: 'savings', streetId, communityId: input.communityId, ...common };
      }
      const entry = officeGrantEntry(grant, new Date());
      const posted = await postOnce(db, entry);
      if (posted.outcome === 'below_floor') return fail('BANK.OFFICE_SHORT', `${posted.account} is short`);
      const to = entry.lines.find((l) => l.points > 0)!.account as AccountId;
      return ok({ entryId: entry._id, created: posted.outcome === 'posted', balance: (await getAccount(db, to))?.balance ?? 0 });
    },

    bonus: async (input: ActionInput<'bank', 'bonus'>, ctx: HandlerContext): R<'bonus'> => {
      const volunteer = await getVolunteer(db, input.volunteerId);
      if (!volunteer) return fail('VOLUNTEER.NOT_REGISTERED', 'no such volunteer');
      // The reason shows in the volunteer's passbook: checked like the centre's award reason.
      const checked = await checkText(deps.cloud, ctx.openid, input.reason, 1);
      if (!checked.ok) return checked;
      const streetId = (await streetOf(volunteer.communityId)) ?? '';
      if (input.payer === 'branch' && !streetId) return fail('BANK.STREET_NOT_FOUND', 'the community names no known street');
      const entry = bonusEntry(
        { ...input, openid: input.volunteerId, streetId, communityId: volunteer.communityId, by: ctx.openid },
        new Date(),
      );
      const posted = await postOnce(db, entry);
      if (posted.outcome === 'below_floor') return fail('BANK.OFFICE_SHORT', `${posted.account} is short`);
      return ok({ entryId: entry._id, created: posted.outcome === 'posted' });
    },
  };
}
