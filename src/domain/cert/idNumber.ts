// The resident identity card number (居民身份证号码, GB 11643-1999): 6 digits of the place, 8 of the birth
// date, 3 of the sequence, one check character. A certificate shows only its masked form; the full number
// is checked here and then dropped (the function keeps a keyed hash of it, never the number).
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The check character (0-9 or X) of the first 17 digits. */
export function checkChar(first17: string): string {
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * WEIGHTS[i]!, 0);
  return CHECK_CHARS[sum % 11]!;
}

export type IdProblem = 'length' | 'characters' | 'birth_date' | 'check_digit';

export const ID_PROBLEM_TEXT: Readonly<Record<IdProblem, string>> = {
  length: '身份证号应为 18 位',
  characters: '身份证号前 17 位应为数字，最后一位为数字或 X',
  birth_date: '身份证号中的出生日期不正确',
  check_digit: '身份证号校验位不对，请核对后重新输入',
};

/** Upper-cases the check character and drops spaces (people type 5101 0119… in groups). */
export const normaliseId = (raw: string): string => raw.replace(/\s+/g, '').toUpperCase();

/** What is wrong with a (normalised) number, or undefined when it is a valid one. */
export function idProblem(id: string): IdProblem | undefined {
  if (id.length !== 18) return 'length';
  if (!/^\d{17}[\dX]$/.test(id)) return 'characters';
  const [y, m, d] = [id.slice(6, 10), id.slice(10, 12), id.slice(12, 14)].map(Number) as [number, number, number];
  const birth = new Date(Date.UTC(y, m - 1, d));
  const real = birth.getUTCFullYear() === y && birth.getUTCMonth() === m - 1 && birth.getUTCDate() === d;
  if (!real || y < 1900) return 'birth_date';
  return checkChar(id.slice(0, 17)) === id[17] ? undefined : 'check_digit';
}

/** 510104199001011234 → 5101**********1234: the first four and the last four. */
export const maskId = (id: string): string => `${id.slice(0, 4)}${'*'.repeat(10)}${id.slice(-4)}`;
