// 转为心愿: a need found on a visit becomes a wish in one step, filed for the elder as by a 帮办员
// through the submit path itself (_lib/fileWish.ts): the elder is the contact (their phone, else the
// guardian's, else 没有电话 and the volunteer's), the volunteer is the helper (帮办人), and the elder's
// registry consent is the proxy's consent. The visit order authorises the filing, so the volunteer
// needs no helper role (SECURITY.md); being the filer, they cannot then claim it (ORDER.OWN_WISH).
// The wish's id comes from (volunteer, requestId), so a retry files nothing twice and links the same wish.
import { fail, ok, type Result } from '../../src/domain/errors';
import { SubmitInput, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { decideVisit } from '../../src/domain/visit/lifecycle';
import { validate } from '../../src/domain/validate';
import { commitChange } from '../_lib/collections/changes';
import { getVolunteer } from '../_lib/collections/volunteers';
import { getElder, getVisit } from '../_lib/collections/visits';
import type { Deps } from '../_lib/context';
import { fileWish, wishIdOf } from '../_lib/fileWish';
import { relationsTo } from './relations';

type Input = ActionInput<'visit', 'to_wish'>;
type Output = ActionOutput<'visit', 'to_wish'>;

export async function toWish(deps: Deps, input: Input, openid: string): Promise<Result<Output>> {
  const { db } = deps;
  const now = new Date();
  const order = await getVisit(db, input.visitId);
  if (!order) return fail('VISIT.NOT_FOUND', 'no such visit');
  const actor = { openid, relations: await relationsTo(deps, order, openid) };
  const wishId = wishIdOf(openid, input.requestId);
  const decided = decideVisit('link_wish', order, actor, now, { wishId });
  if (!decided.ok) return decided;
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
  });
  if (!submit.ok) return submit;
  // The visit form shows no price (it has no quote for the elder's household yet): a priced category
  // is filed with its quote as the wish form's would be, without an amount agreed beforehand.
  const filed = await fileWish(deps, submit.data, openid, () => true, false);
  if (!filed.ok) return filed;
  if (filed.data.outcome !== 'created') return fail('INTERNAL.ERROR', 'unexpected duplicate answer');
  if (await commitChange(db, 'visits', order._id, decided.data)) return ok({ visitId: order._id, wishId });
  // Someone linked it meanwhile: the same wish (a retry) is fine, another is not.
  const now2 = await getVisit(db, order._id);
  return now2?.wishId === wishId ? ok({ visitId: order._id, wishId }) : fail('VISIT.ALREADY_WISHED', 'linked meanwhile');
}
