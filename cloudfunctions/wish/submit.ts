// 群众点单: a resident (or a 帮办员 for an elder) files a wish from a stairwell code.
// Requests in the usual case: recent wishes of the phone and today's quota counters (2, in parallel),
// taking the two counters (2, in parallel), the insert (1); building and community come from the
// per-instance cache. Every refusal happens before the first write.
import crypto from 'node:crypto';
import { fail, ok, type Result } from '../../src/domain/errors';
import { PROXY_FILERS } from '../../src/domain/policy';
import type { ActionInput, ActionOutput } from '../../src/domain/schemas';
import { DUPLICATE_WINDOW_MS, findDuplicate, type RecentWish } from '../../src/domain/wish/guards';
import { newWish } from '../../src/domain/wish/wish';
import { rolesOf } from '../_lib/actor';
import { checkText } from '../_lib/content';
import type { Deps } from '../_lib/context';
import { checkQuota, takeQuota } from '../_lib/quota';

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
    // A retried submission carries the same requestId, so it maps to the same document; the filer is
    // part of the id, so nobody else's requestId can collide with it.
    const wishId = `w_${crypto.createHash('sha256').update(`${openid}:${input.requestId}`).digest('hex').slice(0, 24)}`;
    const [{ data: recent }, quota] = await Promise.all([
      db
        .collection('wishes')
        .where({ 'contact.phone': input.contact.phone, createdAt: _.gte(new Date(now.getTime() - DUPLICATE_WINDOW_MS)) })
        .orderBy('createdAt', 'desc')
        .limit(20)
        .field({ buildingId: true, category: true, status: true, createdAt: true })
        .get() as unknown as Promise<{ data: RecentWish[] }>,
      checkQuota(db, openid, input.contact.phone, now),
    ]);
    if (recent.some((r) => r._id === wishId)) return ok({ outcome: 'created', wishId });
    const duplicate = input.confirmDuplicate ? undefined : findDuplicate(recent, input, now);
    if (duplicate) return ok({ outcome: 'duplicate', existingWishId: duplicate._id });
    if (quota.exhausted) return fail('WISH.RATE_LIMITED', 'daily limit reached');
    // Checked before any write, so risky text costs the sender nothing but the refusal.
    const checked = await checkText(cloud, openid, `${input.contact.name} ${input.description}`, 1);
    if (!checked.ok) return checked;
    if (!(await takeQuota(db, quota))) return fail('WISH.RATE_LIMITED', 'daily limit reached');

    const wish = newWish(input, { buildingId: building._id, communityId: building.communityId, sponsorId: community.sponsorId }, openid, now);
    try {
      await db.collection('wishes').add({ data: { _id: wishId, ...wish } });
    } catch (err) {
      // The same requestId landed meanwhile (a concurrent retry of this filer): the first one wins.
      const existing = (await db.collection('wishes').doc(wishId).get()) as { data: unknown };
      if (!existing.data) throw err;
    }
    return ok({ outcome: 'created', wishId });
  };
}
