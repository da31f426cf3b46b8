// Publishing an activity: a dispatcher of the community, or the active leader of `teamId` whose team
// covers it. The text is checked before anything is written; a retry with the same requestId answers
// the first publication (the id is derived from the caller and the requestId).
import { createHash } from 'node:crypto';
import { newActivity } from '../../src/domain/activity/publish';
import { sponsorAccount } from '../../src/domain/bank/ledger';
import { fail, ok, type Result } from '../../src/domain/errors';
import { dispatchesIn } from '../../src/domain/org/grants';
import type { ActionInput, ActionOutput } from '../../src/domain/schemas';
import { newCodeKey } from '../_lib/activityCode';
import { addActivity, getActivity } from '../_lib/collections/activities';
import { getAccount } from '../_lib/collections/bank';
import { activeMembership } from '../_lib/collections/memberships';
import { checkText } from '../_lib/content';
import type { Deps } from '../_lib/context';
import type { HandlerContext } from '../_lib/router';

const idOf = (openid: string, requestId: string) =>
  `act-${createHash('sha256').update(`activity\u0000${openid}\u0000${requestId}`).digest('base64url').slice(0, 20)}`;

export function publishHandler(deps: Deps) {
  const { db, ref, cloud } = deps;
  return async (input: ActionInput<'activity', 'publish'>, ctx: HandlerContext): Promise<Result<ActionOutput<'activity', 'publish'>>> => {
    const now = new Date();
    const _id = idOf(ctx.openid, input.requestId);
    if (await getActivity(db, _id)) return ok({ activityId: _id });
    const community = await ref.community(input.communityId);
    if (!community) return fail('INPUT.INVALID', 'no such community', [{ path: 'communityId', message: '没有这个社区' }]);
    const team = input.teamId ? await ref.team(input.teamId) : undefined;
    if (input.teamId && !team?.communities.includes(input.communityId))
      return fail('INPUT.INVALID', 'the team does not serve this community', [{ path: 'teamId', message: '这支服务队不服务这个社区' }]);
    const { grants } = await deps.access(ctx.openid);
    const leads = !!input.teamId && (await activeMembership(db, input.teamId, ctx.openid))?.role === 'leader';
    if (!dispatchesIn(grants, input.communityId) && !leads) return fail('ACTIVITY.NOT_ORGANISER', 'not an organiser here');
    const sponsorId = input.sponsorId ?? community.sponsorId;
    if (!(await getAccount(db, sponsorAccount(sponsorId))))
      return fail('INPUT.INVALID', 'no such sponsor', [{ path: 'sponsorId', message: '没有这个资助方' }]);
    const made = newActivity(input, { _id, organiser: ctx.openid, sponsorId, codeKey: newCodeKey() }, now);
    if (!made.ok) return made;
    for (const text of [input.title, input.content, input.address]) {
      const checked = await checkText(cloud, ctx.openid, text, 3);
      if (!checked.ok) return checked;
    }
    // Two retries at once: the id is the idempotency key, the one that lost finds the other's.
    await addActivity(db, made.data);
    return ok({ activityId: _id });
  };
}
