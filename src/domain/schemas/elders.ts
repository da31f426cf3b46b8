// `visit` actions of the elders' registry (巡访对象登记): community staff keep it (scoped by their grants),
// import it from the community's spreadsheet, and read the board (overdue first).
import * as z from 'zod';
import { CONSENT_WAYS, ELDER_TAGS } from '../visit/elder';
import { VISIT_OUTCOMES } from '../visit/order';
import { DateString, ElderPhone, Id, IsoDate, Page, PersonName, RequestId, Room, text } from './common';
import { ImportJobView, ProblemView, SheetFile, Summary } from './sheets';

const Tag = z.enum(ELDER_TAGS, { error: '请选择标签' });
const Tags = z.array(Tag).max(ELDER_TAGS.length, '标签有重复');
const BirthYear = z.number({ error: '请填写出生年份' }).int('出生年份应为整数').min(1900, '出生年份不对').max(2100, '出生年份不对');
const Guardian = z.strictObject({
  name: PersonName,
  phone: ElderPhone.refine((s) => s !== '', '请填写监护人电话'),
  relation: text(1, 10).optional(),
});
const Consent = z.strictObject({
  way: z.enum(CONSENT_WAYS, { error: '请选择同意方式' }),
  /** The day the elder (or guardian) agreed, YYYY-MM-DD in business time; never after today. */
  date: DateString,
  note: text(0, 40).optional(),
});

/** The board: a community's active elders, overdue first (nextDueAt ascending), by one tag or one volunteer. */
export const EldersInput = z.strictObject({
  action: z.literal('elders'),
  communityId: Id,
  tag: Tag.optional(),
  /** A named volunteer's elders only (the key from the board's `volunteers`; never an OPENID). */
  volunteerKey: Id.optional(),
  page: Page,
});
const Due = z.strictObject({
  state: z.enum(['overdue', 'today', 'upcoming', 'unplanned']),
  daysSinceContact: z.number().int().nullable(),
  nextDue: z.string().nullable(),
  days: z.number().int(),
  text: z.string(),
});
export const BoardRow = z.strictObject({
  elderId: z.string(),
  name: z.string(),
  age: z.number().int(),
  tags: z.array(Tag),
  buildingName: z.string(),
  volunteerKey: z.string().optional(),
  volunteerName: z.string().optional(),
  due: Due,
  unreachableStreak: z.number().int(),
  escalated: z.boolean(),
  lastOutcome: z.enum(VISIT_OUTCOMES).optional(),
});
export const EldersOutput = z.strictObject({
  items: z.array(BoardRow),
  page: z.number().int(),
  hasMore: z.boolean(),
  /** Page 0 only: the community's registered volunteers (an opaque key and the name), for the filter and the form. */
  volunteers: z.array(z.strictObject({ key: z.string(), name: z.string() })).optional(),
});

export const ElderInput = z.strictObject({ action: z.literal('elder'), elderId: Id });
/** One elder: staff and the named volunteer see the contact; the consent and the record only staff. */
export const ElderOutput = z.strictObject({
  elderId: z.string(),
  communityId: z.string(),
  buildingId: z.string(),
  buildingName: z.string(),
  room: z.string(),
  name: z.string(),
  birthYear: z.number().int(),
  age: z.number().int(),
  tags: z.array(Tag),
  phone: z.string().optional(),
  guardian: z.strictObject({ name: z.string(), phone: z.string(), relation: z.string().optional() }).optional(),
  volunteerKey: z.string().optional(),
  volunteerName: z.string().optional(),
  consent: z.strictObject({ way: z.enum(CONSENT_WAYS), date: z.string(), note: z.string().optional() }).optional(),
  active: z.boolean(),
  retiredReason: z.string().optional(),
  due: Due,
  version: z.number().int(),
  /** What the caller may do: staff keep the entry; the named volunteer only reads it. */
  canEdit: z.boolean(),
});

export const SaveElderInput = z.strictObject({
  action: z.literal('save_elder'),
  /** An edit: the elder and the version the form was filled from (compare-and-set). */
  elderId: Id.optional(),
  version: z.number().int().min(1).optional(),
  /** A new elder: the form's request id (a double tap or a retry adds one elder). */
  requestId: RequestId.optional(),
  communityId: Id,
  buildingId: Id,
  room: Room,
  name: PersonName,
  birthYear: BirthYear,
  tags: Tags,
  /** '' : no phone of their own. */
  phone: ElderPhone.optional(),
  guardian: Guardian.optional(),
  /** The named volunteer (a key from the board's `volunteers`: a registered volunteer of the community); absent: the community's team. */
  volunteerKey: Id.optional(),
  consent: Consent,
});
export const SaveElderOutput = z.strictObject({ elderId: z.string(), version: z.number().int(), created: z.boolean() });

export const RetireElderInput = z.strictObject({
  action: z.literal('retire_elder'),
  elderId: Id,
  version: z.number().int().min(1),
  /** 迁出, 去世, 撤回同意 …: kept with the record. */
  reason: text(2, 40),
});
export const RetireElderOutput = z.strictObject({ elderId: z.string(), version: z.number().int(), active: z.literal(false) });

/** An uploaded elders' sheet (the same storage folder as the admin's imports). */
const ImportFile = z
  .string()
  .max(300)
  .regex(/^cloud:\/\/[A-Za-z0-9._-]+\/imports\/[A-Za-z0-9_-]{1,80}\.(xlsx|csv)$/, '请重新选择文件');

export const ElderTemplateInput = z.strictObject({ action: z.literal('elder_template') });
export const ElderCheckInput = z.strictObject({ action: z.literal('elder_check'), communityId: Id, fileID: ImportFile });
export const ElderCheckOutput = z.strictObject({
  rows: z.number().int(),
  problems: z.array(ProblemView),
  more: z.number().int(),
  summary: Summary,
});
export const ElderImportInput = z.strictObject({ action: z.literal('elder_import'), communityId: Id, fileID: ImportFile });
export const ElderImportJobInput = z.strictObject({ action: z.literal('elder_import_job'), jobId: Id });
/** The import job's progress: elders written so far and in all. */
export const ElderImportView = ImportJobView.omit({ kind: true }).extend({ communityId: z.string(), createdAt: IsoDate });

export const elderActions = {
  elders: { input: EldersInput, output: EldersOutput },
  elder: { input: ElderInput, output: ElderOutput },
  save_elder: { input: SaveElderInput, output: SaveElderOutput },
  retire_elder: { input: RetireElderInput, output: RetireElderOutput },
  elder_template: { input: ElderTemplateInput, output: SheetFile },
  elder_check: { input: ElderCheckInput, output: ElderCheckOutput },
  elder_import: { input: ElderImportInput, output: ElderImportView },
  elder_import_job: { input: ElderImportJobInput, output: ElderImportView },
} as const;
