import * as z from 'zod';

/**
 * `cloudfunctions/<fn>/config.json`, in WeChat's format:
 *
 *   {
 *     "permissions": { "openapi": ["wxacode.getUnlimited"] },
 *     "triggers": [{ "name": "daily", "type": "timer", "config": "0 0 2 * * * *" }],
 *     "timeout": 5
 *   }
 *
 * - permissions.openapi: the cloud.openapi.* APIs the function may call (array of strings).
 * - triggers: at most ONE, of type timer, with a 7-field cron `sec min hour day month weekday year`
 *   (weekdays preferably as MON–SUN). Timer invocations have no OPENID.
 * - timeout: seconds, 1–60 (WeChat's default is 3). Applied by the console / deploy tool, since
 *   miniprogram-ci does not apply config.json; the local cloud enforces it.
 * Unknown keys are rejected, so a typo ("trigger") cannot silently drop a setting.
 */

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface CronField {
  name: string;
  min: number;
  max: number;
  names?: string[];
}

const CRON_FIELDS: CronField[] = [
  { name: 'second', min: 0, max: 59 },
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS },
  { name: 'weekday', min: 0, max: 6, names: WEEKDAYS },
  { name: 'year', min: 1970, max: 2099 },
];

function valueOk(token: string, field: CronField): boolean {
  if (/^\d+$/.test(token)) return Number(token) >= field.min && Number(token) <= field.max;
  return field.names?.includes(token.toUpperCase()) ?? false;
}

/** One cron field: `*`, `?` (day/weekday), values, ranges `a-b`, lists `a,b`, steps `x/n`. */
function cronFieldOk(text: string, field: CronField): boolean {
  return text.split(',').every((part) => {
    const [base, step, extra] = part.split('/');
    if (extra !== undefined || base === undefined || base === '') return false;
    if (step !== undefined && !/^[1-9]\d*$/.test(step)) return false;
    if (base === '*') return true;
    if (base === '?') return field.name === 'day' || field.name === 'weekday';
    const bounds = base.split('-');
    if (bounds.length > 2) return false;
    return bounds.every((token) => valueOk(token, field));
  });
}

/** Why a timer trigger's cron is invalid, or undefined when it is valid. */
export function cronProblem(config: string): string | undefined {
  const fields = config.trim().split(/\s+/);
  if (fields.length !== 7) {
    return `needs 7 fields (sec min hour day month weekday year), got ${fields.length}`;
  }
  const bad = CRON_FIELDS.find((field, i) => !cronFieldOk(fields[i] ?? '', field));
  return bad ? `invalid ${bad.name} field "${fields[CRON_FIELDS.indexOf(bad)]}"` : undefined;
}

const TimerTrigger = z.strictObject({
  name: z.string().min(1),
  type: z.literal('timer'),
  config: z.string().superRefine((value, ctx) => {
    const problem = cronProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
});

export const FunctionConfig = z.strictObject({
  permissions: z.strictObject({ openapi: z.array(z.string().min(1)) }),
  triggers: z.array(TimerTrigger).max(1, 'at most one trigger per function').optional(),
  timeout: z.number().int().min(1).max(60).optional(),
});

export type FunctionConfig = z.infer<typeof FunctionConfig>;

/** Parse a config.json text; throws an Error naming every problem. */
export function parseFunctionConfig(text: string, where: string): FunctionConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`${where}: not valid JSON (${(err as Error).message})`);
  }
  const parsed = FunctionConfig.safeParse(json);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new Error(`${where}: ${problems.join('; ')}`);
}
