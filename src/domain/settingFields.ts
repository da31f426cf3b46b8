// A setting's form, read from its zod schema: every number, yes/no and text leaf becomes a field
// (nested objects give their path), so a key another area adds to SETTINGS gets a form without code
// here. Field names are the glossary's Chinese words when known, else the key itself.
import type * as z from 'zod';
import { SERVICE_MENU, type Category } from './menu';

export type FieldKind = 'number' | 'boolean' | 'text';
export interface Field {
  path: string[];
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

export const wordFor = (key: string): string => WORDS[key] ?? (key in SERVICE_MENU ? SERVICE_MENU[key as Category].label : key);

/** A schema's kind and, for an object, its shape: read from zod's definition (the client's bundle has no zod classes to test with instanceof). */
function defOf(schema: z.ZodType): { type: string; shape?: Record<string, z.ZodType> } {
  return (schema as unknown as { _zod: { def: { type: string; shape?: Record<string, z.ZodType> } } })._zod.def;
}

/** The leaves of an object schema, in declaration order; undefined when some leaf is of a kind this form cannot edit. */
export function fieldsOf(schema: z.ZodType, path: string[] = []): Field[] | undefined {
  const def = defOf(schema);
  if (def.type === 'object' && def.shape) {
    const out: Field[] = [];
    for (const [key, child] of Object.entries(def.shape)) {
      const inner = fieldsOf(child, [...path, key]);
      if (!inner) return undefined;
      out.push(...inner);
    }
    return out;
  }
  const label = path.map(wordFor).join(' · ');
  const kind: FieldKind | undefined =
    def.type === 'number' ? 'number' : def.type === 'boolean' ? 'boolean' : def.type === 'string' ? 'text' : undefined;
  return kind ? [{ path, kind, label }] : undefined;
}

const keyOf = (path: string[]) => path.join('.');

/** The form's text of each field, from a value. */
export function draftOf(fields: readonly Field[], value: unknown): Record<string, string> {
  const at = (path: string[]) => path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], value);
  return Object.fromEntries(fields.map((f) => [keyOf(f.path), String(at(f.path) ?? '')]));
}

/** The value the form's text stands for (numbers as numbers, 是/否 as booleans). */
export function valueOf(fields: readonly Field[], draft: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const raw = draft[keyOf(f.path)] ?? '';
    const v = f.kind === 'number' ? (/^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : NaN) : f.kind === 'boolean' ? raw === 'true' : raw;
    let node = out;
    f.path.slice(0, -1).forEach((k) => (node = (node[k] ??= {}) as Record<string, unknown>));
    node[f.path[f.path.length - 1]!] = v;
  }
  return out;
}

/** Each field's first problem, in Chinese, keyed like the draft. */
export function problemsOf(schema: z.ZodType, value: unknown): Record<string, string> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return {};
  const out: Record<string, string> = {};
  for (const i of parsed.error.issues) {
    const key = i.path.map(String).join('.');
    out[key] ??=
      i.code === 'invalid_type'
        ? '请填写数字'
        : i.code === 'too_small'
          ? `不能小于 ${String((i as { minimum?: unknown }).minimum)}`
          : i.code === 'too_big'
            ? `不能大于 ${String((i as { maximum?: unknown }).maximum)}`
            : '请检查这一项';
  }
  return out;
}
