// `wish` function: the resident's side (群众点单, 群众评单).
import * as z from 'zod';
import {
  AgreedFen,
  Category,
  ElderPhone,
  Id,
  pageOf,
  Page,
  PersonName,
  Phone,
  Photos,
  RequestId,
  Room,
  text,
  DateString,
  TimeWindow,
  Urgency,
} from './common';
import { REOPEN_AT_OR_BELOW } from '../wish/actions';
import { TransitionOutput, WishViewSchema } from './views';

export const BuildingInput = z.strictObject({ action: z.literal('building'), scene: z.string().max(64) });
const Fixes = z.enum(['unit', 'building']);
export const BuildingOutput = z.strictObject({
  /** The code was retired: the page says 「此二维码已停用」 with the hotline, and nothing can be filed here. */
  retired: z.boolean().optional(),
  buildingId: z.string(),
  name: z.string(),
  estateName: z.string(),
  communityId: z.string(),
  communityName: z.string(),
  /** What the code already says (the unit, or only the building): the form asks for the rest of the address. */
  fixes: Fixes.optional(),
  /** The community's phone, else the street's: what 「请联系社区」 means. */
  hotline: z.string().optional(),
});

/** Choosing the place by hand (no code scanned): communities → estates → stairwells, public fields only. */
export const PlacesInput = z.strictObject({ action: z.literal('places') });
export const PlacesOutput = z.strictObject({
  /** The street office's phone, for when the community is not known yet. */
  streetHotline: z.string().optional(),
  communities: z.array(
    z.strictObject({
      communityId: z.string(),
      name: z.string(),
      hotline: z.string().optional(),
      estates: z.array(
        z.strictObject({
          name: z.string(),
          buildings: z.array(z.strictObject({ buildingId: z.string(), name: z.string(), fixes: Fixes.optional() })),
        }),
      ),
    }),
  ),
});

const WishFormObject = z.strictObject({
  buildingId: Id,
  category: Category,
  description: text(5, 300),
  /** The person served. Filing for oneself: a mobile. 帮办: the elder's mobile or landline, or empty with `noPhone`. */
  contact: z.strictObject({ name: PersonName, phone: ElderPhone }),
  /** Checked against what the building's code already fixes (`roomProblem`), in the form and in `submit`. */
  room: Room,
  preferredTime: z.strictObject({ date: DateString, window: TimeWindow }),
  urgency: Urgency,
  photos: Photos,
  /** Filed by a 帮办员 for an elder without a smartphone. */
  proxy: z.boolean(),
  /** 帮办 only: the elder has no phone at all; the helper's phone is recorded as the way to reach them. */
  noPhone: z.boolean().optional(),
  /** 帮办 only (required then): the helper's own name and mobile, shown to the centre and the team. */
  helper: z.strictObject({ name: PersonName, phone: Phone }).optional(),
  /** 帮办 only (required then): the helper told the elder and the elder agreed (consent by proxy). */
  proxyConsent: z.boolean().optional(),
  /** The resident agrees that the centre may publish it to the community's wall (微心愿墙); absent: no. */
  wallConsent: z.boolean().optional(),
});

type ContactPart = { contact?: { phone?: unknown }; proxy?: unknown; noPhone?: unknown; helper?: unknown; proxyConsent?: unknown };
const phoneOf = (f: ContactPart | undefined) => (typeof f?.contact?.phone === 'string' ? f.contact.phone.trim() : '');
const always = { when: () => true };
/** A resident's own number must be a mobile: a landline is named as such, anything else gets Phone's message. */
const ownPhoneProblem = (phone: string) =>
  /^[02-9]/.test(phone) && ElderPhone.safeParse(phone).success
    ? '这是座机号码，请填写11位手机号'
    : (Phone.safeParse(phone).error?.issues[0]?.message ?? '请填写11位手机号');

/**
 * Who is reached how. Filing for oneself: a mobile (with Phone's own messages). Filing for an elder:
 * a phone or 「没有电话」, the helper's contact, and the elder's consent. Each rule runs even when
 * other fields are wrong, so the form shows every problem at once.
 */
function contactRules<T extends z.ZodType<ContactPart>>(schema: T): T {
  return schema
    .refine((f) => !!f?.proxy || Phone.safeParse(phoneOf(f)).success, {
      ...always,
      path: ['contact', 'phone'],
      error: (iss) => ownPhoneProblem(phoneOf(iss.input as ContactPart)),
    })
    .refine((f) => !f?.proxy || !!f.noPhone || phoneOf(f) !== '', {
      ...always,
      path: ['contact', 'phone'],
      error: '请填写老人的电话（手机或座机）；老人没有电话请勾选「老人没有电话」',
    })
    .refine((f) => !f?.proxy || !f.noPhone || phoneOf(f) === '', {
      ...always,
      path: ['contact', 'phone'],
      error: '已勾选「老人没有电话」，电话一栏请留空',
    })
    .refine((f) => !f?.proxy || f.helper !== undefined, { ...always, path: ['helper'], error: '请填写您（帮办人）的姓名和手机号' })
    .refine((f) => !f?.proxy || f.proxyConsent === true, { ...always, path: ['proxyConsent'], error: '请勾选「我已向老人说明并征得同意」' })
    .refine((f) => !!f?.proxy || (f?.noPhone === undefined && f?.helper === undefined && f?.proxyConsent === undefined), {
      ...always,
      path: ['proxy'],
      error: '帮办人和老人同意只在帮别人提时填写',
    }) as T;
}

/** The wish form: the same schema checks the form on the phone and the event in the cloud. */
export const WishForm = contactRules(WishFormObject);

export const SubmitInput = contactRules(
  WishFormObject.extend({
    action: z.literal('submit'),
    requestId: RequestId,
    /** The resident (or the helper) agreed to the privacy notice (asked on first submission). */
    consent: z.literal(true, { error: '请先阅读并同意隐私保护说明' }),
    /** Submit even though a similar wish is open (after the duplicate warning). */
    confirmDuplicate: z.boolean(),
    /** Repairs at cost: what the form showed this household would pay (fen); absent for a free category. */
    agreedFen: AgreedFen.optional(),
  }),
);
export const SubmitOutput = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('created'), wishId: z.string() }),
  z.strictObject({ outcome: z.literal('duplicate'), existingWishId: z.string() }),
]);

export const MineInput = z.strictObject({ action: z.literal('mine'), page: Page });
export const WishSummary = z.strictObject({
  id: z.string(),
  status: WishViewSchema.shape.status,
  group: WishViewSchema.shape.group,
  category: Category,
  description: z.string(),
  createdAt: z.string(),
  dueAt: z.string(),
  /** 服务日 (YYYY-MM-DD), when the wish was put into the community's weekly service day. */
  serviceDay: z.string().optional(),
  urgency: Urgency,
});
export const MineOutput = pageOf(WishSummary);

export const DetailInput = z.strictObject({ action: z.literal('detail'), wishId: Id });
export const CancelInput = z.strictObject({ action: z.literal('cancel'), wishId: Id, reason: text(0, 100).optional() });
export const RateInput = z
  .strictObject({
    action: z.literal('rate'),
    wishId: Id,
    stars: z.number().int().min(1, '请选择1到5星').max(5, '请选择1到5星'),
    comment: text(0, 200).optional(),
  })
  // A rating that sends the wish back (重办) says what was not done: the next team and the volunteer read it.
  .refine((r) => r.stars > REOPEN_AT_OR_BELOW || (r.comment ?? '').trim().length >= 2, {
    path: ['comment'],
    message: '请写一写哪里没有做好（至少2个字），社区会安排重新办理',
  });
export const RateOutput = TransitionOutput.extend({ credited: z.boolean() });

export const wishActions = {
  building: { input: BuildingInput, output: BuildingOutput },
  places: { input: PlacesInput, output: PlacesOutput },
  submit: { input: SubmitInput, output: SubmitOutput },
  mine: { input: MineInput, output: MineOutput },
  detail: { input: DetailInput, output: WishViewSchema },
  cancel: { input: CancelInput, output: TransitionOutput },
  rate: { input: RateInput, output: RateOutput },
} as const;
