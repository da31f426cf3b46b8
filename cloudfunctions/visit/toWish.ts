// 转为心愿: a need found on a visit becomes a wish in one step, filed for the elder as by a 帮办员
// through the submit path itself (_lib/fileWish.ts): the elder is the contact (their phone, else the
// guardian's, else 没有电话 and the volunteer's), the volunteer is the helper (帮办人), and the elder's
// registry consent is the proxy's consent. The visit order authorises the filing, so the volunteer
// needs no helper role (SECURITY.md); being the filer, they cannot then claim it (ORDER.OWN_WISH).
// The wish's id comes from (volunteer, requestId), so a retry files nothing twice and links the same wish.
// A priced category (repairs at cost) is filed only for the amount the volunteer was shown and told the
// elder (`visit.quote`, then `agreedFen`), as the wish form's is.
import { fail, ok, type Result } from '../../src/domain/errors';
import { quoteText } from '../../src/domain/money/price';
import { SubmitInput, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { decideVisit } from '../../src/domain/visit/lifecycle';
import { validate } from '../../src/domain/validate';
import { commitChange } from '../_lib/collections/changes';
import { getVolunteer } from '../_lib/collections/volunteers';
import { getElder, getVisit } from '../_lib/collections/visits';
import type { Deps } from '../_lib/context';
import { fileWish, wishIdOf } from '../_lib/fileWish';
import { quoteFor } from '../_lib/quote';
import { relationsTo } from './relations';

type Input = ActionInput<'visit', 'to_wish'>;
type Output = ActionOutput<'visit', 'to_wish'>;

/** The order, when the caller may turn it into a wish now (as `wishId`, for a retry), and the change that links it. */
async function wishable(deps: Deps, visitId: string, openid: string, wishId?: string) {
  const order = await getVisit(deps.db, visitId);
  if (!order) return fail('VISIT.NOT_FOUND', 'no such visit');
  const actor = { openid, relations: await relationsTo(deps, order, openid) };
  const decided = decideVisit('link_wish', order, actor, new Date(), wishId ? { wishId } : {});
  return decided.ok ? ok({ order, change: decided.data }) : decided;
}

/** What the elder's household pays for the category: asked by whoever may file the wish, before filing it. */
export async function visitQuote(
  deps: Deps,
  input: ActionInput<'visit', 'quote'>,
  openid: string,
): Promise<Result<ActionOutput<'visit', 'quote'>>> {
  const found = await wishable(deps, input.visitId, openid);
  if (!found.ok) return found;
  const elder = await getElder(deps.db, found.data.order.elderId);
  if (!elder) return fail('VISIT.NOT_FOUND', 'the elder is no longer registered');
  const quote = await quoteFor(deps.db, elder.buildingId, elder.room, input.category);
  return ok(
    quote
      ? { priced: true as const, payFen: quote.householdFen, basis: quote.basis, text: quoteText(quote, '老人') }
      : { priced: false as const },
  );
}

export async function toWish(deps: Deps, input: Input, openid: string): Promise<Result<Output>> {
  const { db } = deps;
  const wishId = wishIdOf(openid, input.requestId);
  const found = await wishable(deps, input.visitId, openid, wishId);
  if (!found.ok) return found;
  const { order, change } = found.data;
  if (order.wishId === wishId) return ok({ visitId: order._id, wishId });
  const [elder, volunteer] = await Promise.all([getElder(db, order.elderId), getVolunteer(db, openid)]);
  if (!elder) return fail('VISIT.NOT_FOUND', 'the elder is no longer registered');
  if (!volunteer) return fail('VOLUNTEER.NOT_REGISTERED', 'no volunteer registration');
  const phone = elder.phone ?? elder.guardian?.phone ?? '';
  const submit = validate(SubmitInput, {
    action: 'submit',
    requestId: input.requestId,
    buildingId: elder.buildingId,
    room: elder.room,
    category: input.category,
    description: input.description,
    urgency: input.urgency,
    preferredTime: input.preferredTime,
    photos: [],
    contact: { name: elder.name, phone },
    proxy: true,
    ...(phone ? {} : { noPhone: true }),
    helper: { name: volunteer.name, phone: volunteer.phone },
    proxyConsent: true,
    consent: true,
    // The volunteer is at the elder's side: a similar open wish is flagged to the centre, not asked about.
    confirmDuplicate: true,
    ...(input.agreedFen !== undefined ? { agreedFen: input.agreedFen } : {}),
  });
  if (!submit.ok) return submit;
  const filed = await fileWish(deps, submit.data, openid, () => true);
  if (!filed.ok) return filed;
  if (filed.data.outcome !== 'created') return fail('INTERNAL.ERROR', 'unexpected duplicate answer');
  if (await commitChange(db, 'visits', order._id, change)) return ok({ visitId: order._id, wishId });
  // Someone linked it meanwhile: the same wish (a retry) is fine, another is not.
  const now2 = await getVisit(db, order._id);
  return now2?.wishId === wishId ? ok({ visitId: order._id, wishId }) : fail('VISIT.ALREADY_WISHED', 'linked meanwhile');
}
