// 群众点单: a resident (or a 帮办员 for an elder) files a wish from a stairwell code.
// Requests in the usual case: recent wishes of the phone (1), quota (2), insert (1); the building
// and community come from the per-instance cache.
import { fail, ok, type Result } from '../../src/domain/errors';
import { PROXY_FILERS } from '../../src/domain/policy';
import type { ActionInput, ActionOutput } from '../../src/domain/schemas';
import { DUPLICATE_WINDOW_MS, findDuplicate, type RecentWish } from '../../src/domain/wish/guards';
import { newWish } from '../../src/domain/wish/wish';
import { rolesOf } from '../_lib/actor';
import { checkText } from '../_lib/content';
import type { Deps } from '../_lib/context';
import { takeQuota } from '../_lib/quota';

type Input = ActionInput<'wish', 'submit'>;
type Output = ActionOutput<'wish', 'submit'>;

export function submitHandler({ cloud, db, ref }: Deps) {
  const _ = db.command;
  return async (input: Input, { openid }: { openid: string }): Promise<Result<Output>> => {
    const now = new Date();
    const building = await ref.building(input.buildingId);
    const community = building && (await ref.community(building.communityId));
    if (!building || !community) return fail('BUILDING.NOT_FOUND', 'no such building');
    if (input.proxy && !(await rolesOf(db, openid)).some((r) => PROXY_FILERS.includes(r))) {
      return fail('AUTH.FORBIDDEN', 'only helpers may file for someone else');
    }
    // A retried submission carries the same requestId, so it maps to the same document.
    const wishId = `w_${input.requestId}`;
    const { data: recent } = (await db
      .collection('wishes')
      .where({ 'contact.phone': input.contact.phone, createdAt: _.gte(new Date(now.getTime() - DUPLICATE_WINDOW_MS)) })
      .orderBy('createdAt', 'desc')
      .limit(20)
      .field({ buildingId: true, category: true, status: true, createdAt: true, filedBy: true })
      .get()) as unknown as { data: Array<RecentWish & { filedBy: string }> };
    const retried = recent.find((r) => r._id === wishId);
    if (retried) return retried.filedBy === openid ? ok({ outcome: 'created', wishId }) : fail('INPUT.INVALID', 'requestId already used');
    const duplicate = input.confirmDuplicate ? undefined : findDuplicate(recent, input, now);
    if (duplicate) return ok({ outcome: 'duplicate', existingWishId: duplicate._id });

    if (!(await takeQuota(db, openid, input.contact.phone, now))) return fail('WISH.RATE_LIMITED', 'daily limit reached');
    const checked = await checkText(cloud, openid, `${input.contact.name} ${input.description}`, 1);
    if (!checked.ok) return checked;

    const wish = newWish(input, { buildingId: building._id, communityId: building.communityId, sponsorId: community.sponsorId }, openid, now);
    try {
      await db.collection('wishes').add({ data: { _id: wishId, ...wish } });
    } catch (err) {
      // Same requestId landed meanwhile (a concurrent retry): the first one wins, the answer is the same.
      const existing = (await db.collection('wishes').doc(wishId).get()) as { data: { filedBy?: string } | null };
      if (existing.data?.filedBy === openid) return ok({ outcome: 'created', wishId });
      throw err;
    }
    return ok({ outcome: 'created', wishId });
  };
}
