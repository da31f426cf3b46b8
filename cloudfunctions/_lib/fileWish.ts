// Filing a wish (群众点单): the submit path, shared by `wish.submit` and a visit's 转为心愿.
// Database requests in the usual case: 3 — the phone's recent wishes (duplicates, and a retried
// submission) alongside the content check (msgSecCheck) and, for a priced category (repairs at cost),
// the household's tier; today's quota counters taken in one conditional update; the insert. A priced
// wish carries its quote, fixed now: later price changes do not alter it. It is filed only when the
// household pays no more than the form showed (`agreedFen`); the prices come from the per-instance
// cache, and are read fresh (the tier is the cached quote's) only when the cached quote is above that
// amount (a price lowered within the minute), so a refusal is always about the prices in force.
// Its due time is fixed now too, from the SLA rules and the working calendar in force (settings sla,
// calendar). Building, community, the SLA rules, the calendar, the prices and the dispatchers to notify
// come from the per-instance cache (a cold instance reads the three settings once, in one request).
// Every refusal happens before a write.
import crypto from 'node:crypto';
import { fail, ok, type Result } from '../../src/domain/errors';
import { priceAgreed } from '../../src/domain/money/price';
import { roomProblem, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { DUPLICATE_WINDOW_MS, findDuplicate } from '../../src/domain/wish/guards';
import { dueAtOf } from '../../src/domain/sla';
import { newWish } from '../../src/domain/wish/wish';
import { takeQuota } from './collections/quotas';
import { insertWish, recentByPhone } from './collections/wishes';
import { checkText } from './content';
import type { Deps } from './context';
import { notifyCentre } from './notify';
import { quoteUnder, requote } from './quote';

type Input = ActionInput<'wish', 'submit'>;
type Output = ActionOutput<'wish', 'submit'>;

/** A retried submission carries the same requestId, so it maps to the same document; the filer is part of the id. */
export const wishIdOf = (openid: string, requestId: string) =>
  `w_${crypto.createHash('sha256').update(`${openid}:${requestId}`).digest('hex').slice(0, 24)}`;

/**
 * Files a wish: the submit path itself, shared with a visit's 转为心愿 (cloudfunctions/visit), where
 * the visit order is what authorises filing for the elder. `mayProxy` answers for a proxy wish
 * whether the filer may file in that community. A priced wish needs `agreedFen`, what the filer's
 * form showed (the wish form's quote, or the visit form's: cloudfunctions/visit/toWish.ts).
 */
export async function fileWish(
  { cloud, db, ref }: Deps,
  input: Input,
  openid: string,
  mayProxy: (communityId: string) => boolean,
): Promise<Result<Output>> {
  const now = new Date();
  const building = await ref.building(input.buildingId);
  const community = building && (await ref.community(building.communityId));
  if (!building || !community) return fail('BUILDING.NOT_FOUND', 'no such building');
  if (building.retired) return fail('BUILDING.RETIRED', 'this stairwell code was retired');
  // 帮办 is for the communities the helper (or dispatcher) serves (the router read the grants for a proxy).
  if (input.proxy && !mayProxy(building.communityId)) return fail('PROXY.OUT_OF_SCOPE', 'not a community this filer serves');
  // The room asks only for what the code does not already say (the unit, or unit and room).
  const room = roomProblem(input.room, building.fixes);
  if (room) return fail('INPUT.INVALID', 'room does not fit the building code', [{ path: 'room', message: room }]);
  const wishId = wishIdOf(openid, input.requestId);
  // An elder without a phone is reached (and counted, and de-duplicated) through the helper's phone.
  const phone = input.proxy && input.noPhone && input.helper ? input.helper.phone : input.contact.phone;
  // The content check runs beside the reads: one round trip fewer before the first write. Its verdict
  // (or its failure) counts only after the retry and duplicate answers, as if it had run after them.
  const checking = checkText(cloud, openid, `${input.contact.name} ${input.helper?.name ?? ''} ${input.description}`, 1);
  checking.catch(() => undefined); // awaited below unless a retry or a duplicate answers first
  const [recent, cachedQuote, { sla, calendar }] = await Promise.all([
    recentByPhone(db, phone, new Date(now.getTime() - DUPLICATE_WINDOW_MS)),
    ref.prices().then((prices) => quoteUnder(db, prices, building._id, input.room, input.category)),
    ref.deadlines(),
  ]);
  if (recent.some((r) => r._id === wishId)) return ok({ outcome: 'created', wishId });
  // Never more than the household was shown: a price raised meanwhile, or none shown, is asked again.
  const agreed = (q: typeof cachedQuote) => priceAgreed(q, input.agreedFen);
  const quote = !cachedQuote || agreed(cachedQuote) ? cachedQuote : await requote(db, cachedQuote);
  if (!agreed(quote)) return fail('WISH.PRICE_NOT_AGREED', 'the quote is above what the form showed');
  const duplicate = findDuplicate(recent, input, openid, now);
  if (duplicate.own && !input.confirmDuplicate) return ok({ outcome: 'duplicate', existingWishId: duplicate.own._id });
  // Checked before any write, so risky text costs the sender nothing but the refusal.
  const checked = await checking;
  if (!checked.ok) return checked;
  if (!(await takeQuota(db, openid, phone, now))) return fail('WISH.RATE_LIMITED', 'daily limit reached');

  const place = { buildingId: building._id, communityId: building.communityId, sponsorId: community.sponsorId };
  const duplicateOf = (duplicate.own ?? duplicate.flagFor)?._id;
  await insertWish(db, wishId, {
    ...newWish(input, place, openid, now, dueAtOf(now, input.category, input.urgency, sla, calendar)),
    ...(duplicateOf ? { duplicateOf } : {}),
    ...(quote ? { quote, moneyPending: true } : {}),
  });
  // The centre hears of every new wish (dispatchers come from the cached reference data).
  await notifyCentre(cloud, ref, 'wish', { category: input.category, communityId: building.communityId });
  return ok({ outcome: 'created', wishId });
}
