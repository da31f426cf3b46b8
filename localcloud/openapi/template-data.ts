// Validation of subscribe-message `data` by keyword type (thing1, time2, …), after WeChat's published rules.
// A value that breaks its rule is WeChat error 47003. Unknown keyword types are accepted as-is.
import { WxApiError } from './api-types';

type Rule = { max: number; pattern?: RegExp; what: string };

const HAN = '\\p{Script=Han}';
const RULES: Record<string, Rule> = {
  thing: { max: 20, what: 'at most 20 characters' },
  short_thing: { max: 5, what: 'at most 5 characters' },
  number: { max: 32, pattern: /^[+-]?\d+(\.\d+)?$/u, what: 'digits only (decimal point allowed), at most 32' },
  letter: { max: 32, pattern: /^[A-Za-z]+$/u, what: 'letters only, at most 32' },
  symbol: { max: 5, pattern: /^[^\p{L}\p{N}\s]+$/u, what: 'symbols only, at most 5' },
  character_string: { max: 32, pattern: /^[\x21-\x7e]+$/u, what: 'digits, letters or symbols, at most 32' },
  time: { max: 64, pattern: /^[\d年月日:\-/.\s~]*\d[\d年月日:\-/.\s~]*$/u, what: 'a time such as 15:01 or 2019年10月1日 15:01' },
  date: { max: 64, pattern: /^[\d年月日:\-/.\s~]*\d[\d年月日:\-/.\s~]*$/u, what: 'a date such as 2019年10月1日' },
  amount: { max: 14, pattern: /^\p{Sc}?\d{1,10}(\.\d+)?元?$/u, what: 'a currency amount such as ¥100.00 or 100元' },
  phone_number: { max: 17, pattern: /^[\d+\-()\s]+$/u, what: 'digits and symbols, at most 17' },
  car_number: {
    max: 8,
    pattern: new RegExp(`^(${HAN}|[A-Za-z0-9])[A-Za-z0-9]*(${HAN}|[A-Za-z0-9])?$`, 'u'),
    what: 'a plate number, at most 8',
  },
  name: {
    max: 20,
    pattern: new RegExp(`^(${HAN}{1,10}|[A-Za-z\\s.·'-]{1,20})$`, 'u'),
    what: 'at most 10 Chinese characters or 20 letters',
  },
  phrase: { max: 5, pattern: new RegExp(`^${HAN}+$`, 'u'), what: 'at most 5 Chinese characters' },
};

function invalid(key: string, reason: string): WxApiError {
  return new WxApiError(47003, `argument invalid! data.${key}.value ${reason} hint: [local cloud]`);
}

/** Returns the data as `{ key: { value } }`; throws WxApiError 47003 like WeChat. */
export function validateTemplateData(data: unknown): Record<string, { value: string }> {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || Object.keys(data).length === 0) {
    throw new WxApiError(47003, 'argument invalid! data is empty hint: [local cloud]');
  }
  const out: Record<string, { value: string }> = {};
  for (const [key, item] of Object.entries(data as Record<string, unknown>)) {
    const value = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)['value'] : undefined;
    if (typeof value !== 'string') throw invalid(key, 'must be a string');
    if (value.trim() === '') throw invalid(key, 'is empty');
    const rule = RULES[key.replace(/\d+$/, '')];
    if (rule && ([...value].length > rule.max || (rule.pattern && !rule.pattern.test(value)))) {
      throw invalid(key, `must be ${rule.what}`);
    }
    out[key] = { value };
  }
  return out;
}
