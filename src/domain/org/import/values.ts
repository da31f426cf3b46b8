// Reading one cell: 是/否, lists (「、」 or commas), specialty names in the service menu's words, the
// weekly service day, and stable ids for new places and teams.
import { CATEGORIES, SERVICE_MENU, SPECIALTIES, SPECIALTY_LABELS, type Specialty } from '../../menu';

const YES = new Set(['是', 'Y', 'YES', 'TRUE', '1', '√']);
const NO = new Set(['否', 'N', 'NO', 'FALSE', '0', '×']);

/** 是/否 → boolean; undefined when the cell says something else. */
export function yesNo(cell: string): boolean | undefined {
  const v = cell.trim().toUpperCase();
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return undefined;
}
export const yesNoText = (b: boolean) => (b ? '是' : '否');

/** 「乐修匠、综合服务」, 「乐修匠,综合服务」, 「乐修匠；综合服务」 → names, blanks dropped. */
export const list = (cell: string): string[] =>
  cell
    .split(/[、,，;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
export const listText = (names: readonly string[]) => names.join('、');

/** A specialty by its team label (乐修匠) or by the name of a menu item it serves (家电维修). */
const SPECIALTY_BY_NAME: ReadonlyMap<string, Specialty> = new Map([
  ...CATEGORIES.map((c) => [SERVICE_MENU[c].label, SERVICE_MENU[c].specialty] as const),
  ...SPECIALTIES.map((s) => [SPECIALTY_LABELS[s], s] as const),
]);
export const specialtyByName = (name: string): Specialty | undefined => SPECIALTY_BY_NAME.get(name);
export const specialtyText = (s: Specialty) => SPECIALTY_LABELS[s];

const WEEKDAYS = '一二三四五六日';
/** 「每周三」「周三」「星期三」「3」 → 3; 「周日」「星期天」 → 7; undefined when unreadable. */
export function weekday(cell: string): number | undefined {
  const v = cell
    .trim()
    .replace(/^(每周|每星期|星期|周|礼拜)/, '')
    .replace('天', '日');
  if (/^[1-7]$/.test(v)) return Number(v);
  const i = WEEKDAYS.indexOf(v);
  return v.length === 1 && i >= 0 ? i + 1 : undefined;
}
export const weekdayText = (day: number) => `每周${WEEKDAYS[day - 1]}`;

/**
 * Makes a fresh random id for something new whose natural key is personal data (a volunteer's mobile:
 * an id derived from it could be reversed by trying every number). Passed in like "now", so the domain stays pure.
 */
export type NewId = (prefix: string) => string;

/** An id typed into a 编号 column: what `Id` accepts (letters, digits, - and _). */
export const isImportId = (text: string): boolean => /^[0-9A-Za-z_-]{1,64}$/.test(text);

/**
 * A stable id for a new place or team, from its name (two 32-bit FNV-1a passes), so re-reading the same
 * file gives the same ids. Never for personal data (see NewId).
 */
export function stableId(prefix: string, ...parts: string[]): string {
  const text = parts.join('\u0001');
  const fnv = (basis: number) => {
    let h = basis;
    for (const ch of text) {
      h ^= ch.codePointAt(0) ?? 0;
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(36).padStart(7, '0');
  };
  return `${prefix}-${fnv(0x811c9dc5)}${fnv(0x050c5d1f)}`;
}
