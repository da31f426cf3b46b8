// Field schemas shared by forms and functions. Messages are what a resident reads next to a field.
import * as z from 'zod';
import { CATEGORIES, SPECIALTIES } from '../menu';

/** Document ids: plain tokens only, so an id can never smuggle a query operator like `{"$gt":""}`. */
export const Id = z.string().regex(/^[0-9A-Za-z_-]{1,64}$/, '编号格式不正确');

// Each message says what is wrong (the form shows the first): empty, not digits, not 11 digits, or 11
// digits that no mobile number starts with (12345678901).
export const Phone = z
  .string()
  .trim()
  .min(1, '请填写手机号')
  .regex(/^\d*$/, '手机号只能填数字')
  .length(11, '手机号应为11位数字')
  .regex(/^1[3-9]\d{9}$/, '这不是有效的手机号码，请检查');
const MOBILE = /^1[3-9]\d{9}$/;
export const isMobile = (phone: string) => MOBILE.test(phone);

/**
 * An elder's phone when a 帮办员 files for them: a mobile, a landline with its area code
 * (0871-63120012) or a local 7–8 digit number (63120012); empty when the elder has no phone at all
 * (`noPhone`). Each message says what is wrong for the kind of number it looks like.
 */
export const ElderPhone = z
  .string()
  .trim()
  .max(20, '电话号码太长了，请检查')
  .regex(/^[\d-]*$/, '电话只能填数字和「-」')
  .refine((s) => !s.startsWith('1') || /^\d{11}$/.test(s), '手机号应为11位数字')
  .refine((s) => !/^1\d{10}$/.test(s) || MOBILE.test(s), '这不是有效的手机号码，请检查')
  .refine((s) => !s.startsWith('0') || /^0\d{2,3}-?\d{7,8}$/.test(s), '带区号的座机号应像 0871-63120012')
  .refine((s) => s === '' || /^[01]/.test(s) || /^[2-9]\d{6,7}$/.test(s), '座机号应为7到8位数字，如 63120012');

export const PersonName = z
  .string()
  .trim()
  .min(1, '请填写姓名')
  .min(2, '姓名至少2个字')
  .max(20, '姓名最多20个字')
  .regex(/^[\u4e00-\u9fa5A-Za-z·• ]+$/, '姓名只能包含汉字或字母');
export const Room = z
  .string()
  .trim()
  .min(1, '请填写门牌号')
  .regex(/^[0-9A-Za-z-]{1,12}$/, '门牌号只能填数字、字母和「-」，如 201');

/** What a stairwell code already fixes: the unit (`3栋2单元`: ask only the room) or the building (`1栋`: ask unit and room). */
export type CodeFixes = 'unit' | 'building';

/** The room question for a code: its label's hint, placeholder, and the message when the answer does not fit. */
export const ROOM_ASK: Record<CodeFixes | 'unknown', { hint: string; placeholder: string; pattern: RegExp; message: string }> = {
  unit: { hint: '房号，如 502', placeholder: '如：502', pattern: /^[0-9A-Za-z]{1,6}$/, message: '楼栋码已经定好了单元，只填房号，如 502' },
  building: {
    hint: '单元-房号，如 2-502',
    placeholder: '如：2-502',
    pattern: /^[0-9A-Za-z]{1,4}-[0-9A-Za-z]{1,6}$/,
    message: '请按「单元-房号」填写，如 2-502',
  },
  unknown: {
    hint: '单元-房号，如 2-502',
    placeholder: '如：2-502',
    pattern: /^[0-9A-Za-z-]{1,12}$/,
    message: '门牌号只能填数字、字母和「-」，如 201',
  },
};

/** Undefined when `room` fits what the stairwell code does not say; else the message. */
export function roomProblem(room: string, fixes: CodeFixes | undefined): string | undefined {
  const ask = ROOM_ASK[fixes ?? 'unknown'];
  return ask.pattern.test(room.trim()) ? undefined : ask.message;
}

/**
 * Characters that are never meaningful in a wish and can disguise or reorder what staff read: C0 and
 * C1 controls (U+009B opens terminal escape sequences), bidi embeddings, overrides and isolates, and
 * zero-width and other invisible format characters. Newlines and tabs are fine.
 */
const HIDDEN: ReadonlyArray<readonly [number, number]> = [
  [0x00, 0x08],
  [0x0b, 0x0c],
  [0x0e, 0x1f],
  [0x7f, 0x9f], // C0 (not \t \n \r), DEL, C1
  [0xad, 0xad],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x180e, 0x180e],
  [0x3164, 0x3164], // soft hyphen, fillers
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f], // zero-width, bidi embeddings and overrides, isolates
  [0xfeff, 0xfeff],
  [0xfff9, 0xfffb], // BOM, annotations (variation selectors stay: emoji use them)
];
export function hasHiddenCharacters(s: string): boolean {
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (HIDDEN.some(([from, to]) => c >= from && c <= to)) return true;
  }
  return false;
}

export const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min > 1 ? 1 : min, min > 0 ? '请填写这一项' : undefined)
    .min(min, min > 0 ? `请至少填写${min}个字` : undefined)
    .max(max, `最多${max}个字`)
    .refine((s) => !hasHiddenCharacters(s), '含有看不见的控制字符，请删除后重新输入');

export const DateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 2024-05-01');
export const TimeWindow = z.enum(['morning', 'afternoon', 'evening', 'any'], { error: '请选择上门时间段' });
export const Urgency = z.enum(['normal', 'urgent'], { error: '请选择是否紧急' });
export const Category = z.enum(CATEGORIES, { error: '请选择要办的事' });
export const Specialty = z.enum(SPECIALTIES, { error: '请选择服务特长' });
export const FileId = z
  .string()
  .max(300)
  .regex(/^cloud:\/\/[0-9A-Za-z._\-/]+$/, '图片地址不正确');
export const Photos = z.array(FileId).max(3, '最多3张照片');
export const Page = z.number().int().min(0).max(1000);
/**
 * Repairs at cost: what the form showed the household would pay (fen). A priced wish is filed only
 * when its quote is no more than this; absent for a free category.
 */
export const AgreedFen = z.number().int().min(0).max(10_000_000);
/** A client-made key that makes a retried submission land once. */
export const RequestId = z.string().regex(/^[0-9A-Za-z_-]{8,64}$/, '请求编号格式不正确');

export const PAGE_SIZE = 20;

/** A page of a list: `hasMore` tells the client to ask for `page + 1`. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.strictObject({ items: z.array(item), page: z.number().int(), hasMore: z.boolean() });

export const IsoDate = z.iso.datetime();
