// Field schemas shared by forms and functions. Messages are what a resident reads next to a field.
import * as z from 'zod';
import { CATEGORIES, SPECIALTIES } from '../menu';

/** Document ids: plain tokens only, so an id can never smuggle a query operator like `{"$gt":""}`. */
export const Id = z.string().regex(/^[0-9A-Za-z_-]{1,64}$/, '编号格式不正确');

export const Phone = z.string().trim().regex(/^1[3-9]\d{9}$/, '请填写11位手机号码');
export const PersonName = z
  .string()
  .trim()
  .min(2, '姓名至少2个字')
  .max(20, '姓名最多20个字')
  .regex(/^[\u4e00-\u9fa5A-Za-z·• ]+$/, '姓名只能包含汉字或字母');
export const Room = z.string().trim().regex(/^[0-9A-Za-z-]{1,12}$/, '房号请填写数字，如 3-201');

/**
 * Characters that are never meaningful in a wish and can disguise or reorder what staff read: C0 and
 * C1 controls (U+009B opens terminal escape sequences), bidi embeddings, overrides and isolates, and
 * zero-width and other invisible format characters. Newlines and tabs are fine.
 */
const HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFF9-\uFFFB]/u;
export const hasHiddenCharacters = (s: string) => HIDDEN.test(s);

export const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, min > 0 ? `请至少填写${min}个字` : undefined)
    .max(max, `最多${max}个字`)
    .refine((s) => !hasHiddenCharacters(s), '含有看不见的控制字符，请删除后重新输入');

export const DateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 2024-05-01');
export const TimeWindow = z.enum(['morning', 'afternoon', 'evening', 'any'], { error: '请选择上门时间段' });
export const Urgency = z.enum(['normal', 'urgent'], { error: '请选择是否紧急' });
export const Category = z.enum(CATEGORIES, { error: '请选择要办的事' });
export const Specialty = z.enum(SPECIALTIES, { error: '请选择服务特长' });
export const FileId = z.string().max(300).regex(/^cloud:\/\/[0-9A-Za-z._\-/]+$/, '图片地址不正确');
export const Photos = z.array(FileId).max(3, '最多3张照片');
export const Page = z.number().int().min(0).max(1000);
/** A client-made key that makes a retried submission land once. */
export const RequestId = z.string().regex(/^[0-9A-Za-z_-]{8,64}$/, '请求编号格式不正确');

export const PAGE_SIZE = 20;

/** A page of a list: `hasMore` tells the client to ask for `page + 1`. */
export const pageOf = <T extends z.ZodType>(item: T) => z.strictObject({ items: z.array(item), page: z.number().int(), hasMore: z.boolean() });

export const IsoDate = z.iso.datetime();
