// The wish form's values, how they become a WishForm, and field messages in Chinese.
import type { Issue } from '@/domain/errors';
import type { Category } from '@/domain/menu';
import { wallConsentDefault } from '@/domain/wish/wall';
import { shanghaiDate } from '@/services/clock';
import type { RememberedContact } from '@/services/contactMemory';
import type { TimeWindowKey } from '@/services/wishText';

export interface FormValues {
  category: Category | '';
  description: string;
  name: string;
  phone: string;
  room: string;
  date: string;
  window: TimeWindowKey;
  urgency: 'normal' | 'urgent';
  photos: string[];
  proxy: boolean;
  /** 帮办: the elder has no phone (the helper's phone is recorded instead). */
  noPhone: boolean;
  /** 帮办: the helper's own name and mobile (prefilled from the volunteer profile or the remembered contact). */
  helperName: string;
  helperPhone: string;
  /** 帮办: 「我已向老人说明并征得同意」. */
  proxyConsent: boolean;
  /** 同意发布到社区微心愿墙: null until the resident touches it, following the category's default (wallConsentOf). */
  wallConsent: boolean | null;
}

/** Field errors keyed by the WishForm path: `category`, `description`, `contact.name`, `contact.phone`, `room`, … */
export type FieldErrors = Partial<Record<string, string>>;

export const DESCRIPTION_MAX = 300;

export function initialValues(now: Date, remembered?: RememberedContact, buildingId?: string): FormValues {
  const sameBuilding = remembered && remembered.buildingId === buildingId;
  return {
    category: '',
    description: '',
    name: remembered?.name ?? '',
    phone: remembered?.phone ?? '',
    room: sameBuilding ? remembered.room : '',
    date: shanghaiDate(now, 1),
    window: 'any',
    urgency: 'normal',
    photos: [],
    proxy: false,
    noPhone: false,
    helperName: '',
    helperPhone: '',
    proxyConsent: false,
    wallConsent: null,
  };
}

/** The wall consent as shown and sent: the resident's own choice, else the category's default (off for personal help). */
export const wallConsentOf = (v: Pick<FormValues, 'wallConsent' | 'category'>): boolean => v.wallConsent ?? wallConsentDefault(v.category);

/** The object WishForm validates (and `submit` sends, with action, requestId, consent…). */
export function toWishForm(v: FormValues, buildingId: string) {
  return {
    buildingId,
    category: v.category,
    description: v.description.trim(),
    contact: { name: v.name.trim(), phone: v.phone.trim() },
    room: v.room.trim(),
    preferredTime: { date: v.date, window: v.window },
    urgency: v.urgency,
    photos: v.photos,
    proxy: v.proxy,
    wallConsent: wallConsentOf(v),
    // The helper's part is sent only when filing for someone else (the schema refuses it otherwise).
    ...(v.proxy
      ? {
          noPhone: v.noPhone,
          helper: { name: v.helperName.trim(), phone: v.helperPhone.trim() },
          proxyConsent: v.proxyConsent,
        }
      : {}),
  };
}

/** Said when the schema's own message is not one for residents (zod's English defaults). */
const FALLBACK: Record<string, string> = {
  buildingId: '楼栋信息有误，请重新扫描楼道里的二维码',
  category: '请选择要办的事',
  description: '请写下您需要的帮助',
  'contact.name': '请填写姓名',
  'contact.phone': '请填写手机号',
  room: '请填写门牌号',
  'preferredTime.date': '请选择日期',
  'preferredTime.window': '请选择时间段',
  urgency: '请选择是否紧急',
  photos: '照片有误，请重新选择',
  'helper.name': '请填写您（帮办人）的姓名',
  'helper.phone': '请填写您（帮办人）的手机号',
  helper: '请填写您（帮办人）的姓名和手机号',
  proxyConsent: '请勾选「我已向老人说明并征得同意」',
  proxy: '帮办人和老人同意只在帮别人提时填写',
};

const CHINESE = /[\u4e00-\u9fa5]/;

/** One message per field (the first), in Chinese; paths below a field (photos.0) count for the field. */
export function errorsFromIssues(issues: readonly Issue[] = []): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    // The most specific field first (helper.name before helper).
    const fields = Object.keys(FALLBACK).sort((a, b) => b.length - a.length);
    const field = fields.find((f) => issue.path === f || issue.path.startsWith(`${f}.`)) ?? issue.path;
    if (out[field]) continue;
    out[field] = CHINESE.test(issue.message) ? issue.message : (FALLBACK[field] ?? '这一项填写有误');
  }
  return out;
}

/** The fields in the order they appear on the page (to scroll to the first error). */
export const FIELD_ORDER = [
  'proxy',
  'category',
  'description',
  'preferredTime.date',
  'preferredTime.window',
  'urgency',
  'contact.name',
  'contact.phone',
  'room',
  'helper',
  'helper.name',
  'helper.phone',
  'proxyConsent',
  'photos',
];

/** The element id of a field's block on the page, e.g. `field-contact-phone`. */
export const fieldId = (field: string) => `field-${field.replace(/\./g, '-')}`;
