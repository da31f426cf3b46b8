// 志愿者接单 and service: claim (first claim wins), a leader's assign and return, release,
// check in on arrival, complete with what was done and how long.
import { fail, type Result } from '../../src/domain/errors';
import { noticeData } from '../../src/domain/notify';
import type { ActionInput, ActionOutput } from '../../src/domain/schemas';
import type { Wish } from '../../src/domain/wish/wish';
import type { Membership } from '../_lib/actor';
import { checkText } from '../_lib/content';
import type { Deps } from '../_lib/context';
import { getDoc } from '../_lib/db';
import { notify } from '../_lib/notify';
import { hideFromStrangers, loadWish, relationsFor, transition } from '../_lib/wishes';

type Ctx = { openid: string };
type Done = Result<ActionOutput<'volunteer', 'claim'>>;
const detailPage = (w: Wish) => `pages/wish/detail/index?id=${w._id}`;

export function serviceHandlers({ cloud, db }: Deps) {
  const _ = db.command;
  const claimed = (claimant: string, now: Date) => () => ({ claimant, claimedAt: now });

  return {
    claim: async (input: ActionInput<'volunteer', 'claim'>, { openid }: Ctx): Promise<Done> => {
      const loaded = await loadWish(db, input.wishId);
      if (!loaded.ok) return loaded;
      const now = new Date();
      const { relations } = await relationsFor(db, openid, loaded.data, 'claim');
      const done = await transition(db, loaded.data, 'claim', { openid, relations }, now, { patch: claimed(openid, now) });
      if (done.ok) await notify(cloud, 'volunteer', loaded.data.filedBy, 'wish_claimed', noticeData('wish_claimed', loaded.data), detailPage(loaded.data));
      return done;
    },

    assign: async (input: ActionInput<'volunteer', 'assign'>, { openid }: Ctx): Promise<Done> => {
      const [loaded, target] = await Promise.all([loadWish(db, input.wishId), getDoc<Membership>(db, 'memberships', input.membershipId)]);
      if (!loaded.ok) return loaded;
      const now = new Date();
      const { relations } = await relationsFor(db, openid, loaded.data, 'assign');
      // Only the team's leader learns whether the member exists.
      if (!relations.includes('team_leader')) return transition(db, loaded.data, 'assign', { openid, relations }, now);
      if (!target || target.status !== 'active' || target.teamId !== loaded.data.teamId) return fail('TEAM.NOT_MEMBER', 'not an active member of this team');
      if (target.openid === loaded.data.filedBy) return fail('ORDER.OWN_WISH', 'nobody serves (and is paid for) a wish they filed');
      const done = await transition(db, loaded.data, 'assign', { openid, relations }, now, { patch: claimed(target.openid, now) });
      if (done.ok) {
        await Promise.all([
          notify(cloud, 'volunteer', target.openid, 'order_assigned', noticeData('order_assigned', loaded.data), `volunteer/pages/order/index?wishId=${loaded.data._id}`),
          notify(cloud, 'volunteer', loaded.data.filedBy, 'wish_claimed', noticeData('wish_claimed', loaded.data), detailPage(loaded.data)),
        ]);
      }
      return done;
    },

    release: async (input: ActionInput<'volunteer', 'release'>, { openid }: Ctx): Promise<Done> => {
      const loaded = await loadWish(db, input.wishId);
      if (!loaded.ok) return loaded;
      const mine = loaded.data.claimant === openid;
      // The claimant needs no membership read; a leader releasing someone else's claim does.
      const relations = mine ? (['claimant'] as const) : (await relationsFor(db, openid, loaded.data, 'release')).relations;
      return transition(db, loaded.data, 'release', { openid, relations }, new Date(), { patch: () => ({ claimant: _.remove(), claimedAt: _.remove() }) });
    },

    return: async (input: ActionInput<'volunteer', 'return'>, { openid }: Ctx): Promise<Done> => {
      const loaded = await loadWish(db, input.wishId);
      if (!loaded.ok) return loaded;
      const { relations } = await relationsFor(db, openid, loaded.data, 'return');
      if (relations.includes('team_leader')) {
        // The reason goes to the centre and into the resident's timeline.
        const checked = await checkText(cloud, openid, input.reason, 1);
        if (!checked.ok) return checked;
      }
      const teamId = loaded.data.teamId;
      return transition(db, loaded.data, 'return', { openid, relations }, new Date(), {
        note: input.reason,
        patch: () => ({ excludedTeamIds: _.push([teamId]), teamId: _.remove(), ...(loaded.data.claimant ? { claimant: _.remove(), claimedAt: _.remove() } : {}) }),
      });
    },

    check_in: async (input: ActionInput<'volunteer', 'check_in'>, { openid }: Ctx): Promise<Done> => {
      const loaded = await loadWish(db, input.wishId);
      if (!loaded.ok) return loaded;
      const relations = loaded.data.claimant === openid ? (['claimant'] as const) : [];
      const now = new Date();
      return transition(db, loaded.data, 'check_in', { openid, relations }, now, { patch: () => ({ checkedInAt: now }) });
    },

    complete: async (input: ActionInput<'volunteer', 'complete'>, { openid }: Ctx): Promise<Done> => {
      const loaded = await loadWish(db, input.wishId);
      if (!loaded.ok) return loaded;
      const relations = loaded.data.claimant === openid ? (['claimant'] as const) : [];
      if (relations.length === 0) return hideFromStrangers(db, openid, loaded.data, fail('ORDER.NOT_CLAIMANT', 'only the volunteer holding the claim completes it'));
      const checked = await checkText(cloud, openid, input.summary, 1);
      if (!checked.ok) return checked;
      const now = new Date();
      const completion = { summary: input.summary, minutes: input.minutes, ...(input.photo ? { photo: input.photo } : {}), at: now };
      const done = await transition(db, loaded.data, 'complete', { openid, relations }, now, { patch: () => ({ completion, completedAt: now }) });
      if (done.ok) await notify(cloud, 'volunteer', loaded.data.filedBy, 'wish_completed', noticeData('wish_completed', loaded.data), detailPage(loaded.data));
      return done;
    },
  };
}

