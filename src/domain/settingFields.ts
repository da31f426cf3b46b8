// A setting's form, read from its zod schema: every number, yes/no and text leaf becomes a field
// (nested objects give their path; a fixed-length list of numbers, e.g. five thresholds, one field per
// place: 第1档…第5档; a list of texts of any length, e.g. holidays, one field of one item a line), so a key another area adds to SETTINGS gets a form without code here. Field
// names are the glossary's Chinese words (WORDS, or the setting's own in WORDS_OF), else the key itself
// (tests/domain/settingFields.test.ts checks every key of SETTINGS has Chinese words throughout).
import type * as z from 'zod';
import { OFFICE_INDICATOR_LABELS } from './bank/offices';
import { SERVICE_MENU, type Category } from './menu';
import type { SettingKey } from './settings';

/**
 * `number`: a whole number; `decimal`: a number that may have a fraction (评价下限 4.5); `list`: texts,
 * one a line (放假日期), read back as a list (blank lines dropped; commas and 、 also separate).
 */
export type FieldKind = 'number' | 'decimal' | 'boolean' | 'text' | 'list';
export interface Field {
  /** Object keys, and places in a list as numbers (0 = 第1档). */
  path: (string | number)[];
  kind: FieldKind;
  label: string;
}

const WORDS: Record<string, string> = {
  holdHours: '预约保留（小时）',
  window: '每月兑换日',
  fromDay: '从每月几号',
  toDay: '到每月几号',
  base: '基础分',
  perMinutes: '每满（分钟）',
  extra: '加（分）',
  cap: '最多加（分）',
};

/** Words one setting gives a key that means something else elsewhere (`hours`: stars' thresholds, an office's indicator). */
const WORDS_OF: Partial<Record<SettingKey, Record<string, string>>> = {
  stars: { hours: '各星级所需服务时长（小时，第1档为一星）', ratingFloor: '评价下限（平均星数）', minRatings: '评价满几次后才看下限' },
  reviews: {
    topPerCommunity: '每个社区上榜人数',
    topStreet: '全街道上榜人数',
    flagPoints: '集中兑换积分线',
    quarter: '季度（积分）',
    year: '年度（积分）',
    partyHours: '党员每年服务时长（小时）',
  },
  offices: OFFICE_INDICATOR_LABELS,
  sla: { hours: '时限（小时）', clock: '全天计时（夜间、周末和节假日也算）' },
  calendar: {
    dayStart: '每天上班时间（如 08:30）',
    dayEnd: '每天下班时间（如 17:30）',
    serviceDay: '默认服务日（1=周一 … 7=周日，社区没有自己的服务日时用）',
    holidays: '放假日期（每行一个，如 2026-10-01）',
    workdays: '调休上班日期（周末上班的日子，每行一个）',
  },
  escalation: {
    remindAfterHours: '到中心几小时未派单就提醒（小时）',
    remindEveryHours: '再次提醒间隔（小时）',
    releaseAfterHours: '接单后几小时未开始就收回（小时）',
    idleDays: '几天没有服务算闲置（天，周报）',
  },
};

/** A key's (or a place's) words: the setting's own, the glossary's, a service category's name, else the key. */
export function wordFor(key: string | number, setting?: SettingKey): string {
  if (typeof key === 'number') return `第${key + 1}档`;
  const own = setting ? WORDS_OF[setting]?.[key] : undefined;
  return own ?? WORDS[key] ?? (key in SERVICE_MENU ? SERVICE_MENU[key as Category].label : key);
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  checks?: { _zod: { def: { check?: string; length?: number; format?: string } } }[];
}

/** A schema's kind and parts: read from zod's definition (the client's bundle has no zod classes to test with instanceof). */
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** A list's fixed length (`.length(n)`), if it has one. */
const fixedLength = (def: Def) => def.checks?.map((c) => c._zod.def).find((c) => c.check === 'length_equals')?.length;

const whole = (def: Def) => !!def.checks?.some((c) => c._zod.def.check === 'number_format' && /int/.test(c._zod.def.format ?? ''));

const leafKind = (def: Def): FieldKind | undefined =>
  def.type === 'number'
    ? whole(def)
      ? 'number'
      : 'decimal'
    : def.type === 'boolean'
      ? 'boolean'
      : def.type === 'string'
        ? 'text'
        : undefined;

/** The leaves of a setting's schema, in declaration order; undefined when some part is of a kind this form cannot edit. */
export function fieldsOf(schema: z.ZodType, setting?: SettingKey, path: (string | number)[] = []): Field[] | undefined {
  const def = defOf(schema);
  const inner = (children: [string | number, z.ZodType][]) => {
    const out: Field[] = [];
    for (const [key, child] of children) {
      const found = fieldsOf(child, setting, [...path, key]);
      if (!found) return undefined;
      out.push(...found);
    }
    return out;
  };
  if (def.type === 'object' && def.shape) return inner(Object.entries(def.shape));
  if (def.type === 'array' && def.element) {
    // A list of texts of any length is one field (one a line).
    if (!fixedLength(def) && defOf(def.element).type === 'string') return [{ path, kind: 'list', label: labelOf(path, setting) }];
    // Otherwise only a list of numbers of a fixed length (thresholds); a list of records (prices) has its own page.
    const length = fixedLength(def);
    if (!length || defOf(def.element).type !== 'number') return undefined;
    return inner(Array.from({ length }, (_, i): [number, z.ZodType] => [i, def.element!]));
  }
  const kind = leafKind(def);
  return kind ? [{ path, kind, label: labelOf(path, setting) }] : undefined;
}

const labelOf = (path: (string | number)[], setting?: SettingKey) => path.map((k) => wordFor(k, setting)).join(' · ');

/** A list field's text, one item a line, read back as its items. */
const LIST_SEPARATORS = /[\s,，、;；]+/;
const itemsOf = (raw: string) => raw.split(LIST_SEPARATORS).filter((t) => t !== '');

export const keyOf = (path: readonly (string | number)[]) => path.join('.');

const at = (value: unknown, path: readonly (string | number)[]) =>
  path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], value);

/** The form's text of each field, from a value. */
export function draftOf(fields: readonly Field[], value: unknown): Record<string, string> {
  return Object.fromEntries(
    fields.map((f) => {
      const v = at(value, f.path);
      return [keyOf(f.path), f.kind === 'list' && Array.isArray(v) ? v.join('\n') : String(v ?? '')];
    }),
  );
}

/** The value the form's text stands for (numbers as numbers, 是/否 as booleans, places as lists). */
export function valueOf(fields: readonly Field[], draft: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const raw = draft[keyOf(f.path)] ?? '';
    const numeric = f.kind === 'number' || f.kind === 'decimal';
    const v = numeric
      ? /^-?\d+(\.\d+)?$/.test(raw.trim())
        ? Number(raw)
        : NaN
      : f.kind === 'boolean'
        ? raw === 'true'
        : f.kind === 'list'
          ? itemsOf(raw)
          : raw;
    let node = out as Record<string | number, unknown>;
    f.path.slice(0, -1).forEach((k, i) => (node = (node[k] ??= typeof f.path[i + 1] === 'number' ? [] : {}) as Record<string, unknown>));
    node[f.path[f.path.length - 1]!] = v;
  }
  return out;
}

/** A schema's own message when it is in Chinese (门槛必须逐档递增); zod's English ones are put in words here. */
const CHINESE = /[\u4e00-\u9fff]/;
function say(i: z.core.$ZodIssue): string {
  if (CHINESE.test(i.message)) return i.message;
  if (i.code === 'invalid_type') return (i as { expected?: string }).expected === 'int' ? '请填写整数' : '请填写数字';
  if (i.code === 'too_small') return `不能小于 ${String((i as { minimum?: unknown }).minimum)}`;
  if (i.code === 'too_big') return `不能大于 ${String((i as { maximum?: unknown }).maximum)}`;
  return '请检查这一项';
}

/** Each path's first problem, in Chinese, keyed like the draft (a list's own problem under the list's key, the whole value's under ''). */
export function problemsOf(schema: z.ZodType, value: unknown): Record<string, string> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return {};
  const out: Record<string, string> = {};
  for (const i of parsed.error.issues) out[keyOf(i.path as (string | number)[])] ??= say(i);
  return out;
}

/** How a field's value reads in the change list. */
const shown = (f: Field, v: unknown) =>
  v === undefined ? '—' : f.kind === 'boolean' ? (v ? '是' : '否') : Array.isArray(v) ? v.join('、') || '（无）' : String(v);

/** What changed from `before` to `after`, field by field, in the form's words. */
export function changesOf(fields: readonly Field[], before: unknown, after: unknown): { label: string; from: string; to: string }[] {
  const same = (a: unknown, b: unknown) => (Array.isArray(a) && Array.isArray(b) ? a.join('\n') === b.join('\n') : a === b);
  return fields
    .filter((f) => !same(at(before, f.path), at(after, f.path)))
    .map((f) => ({ label: f.label, from: shown(f, at(before, f.path)), to: shown(f, at(after, f.path)) }));
}
