// WeChat/SCF 7-field cron: sec min hour day month weekday year. cron-parser handles the first six;
// the year field is validated and applied here.
import { CronExpressionParser } from 'cron-parser';

/** WeChat timer triggers run on Beijing time (assumption: SCF's documented default time zone, UTC+8). */
export const DEFAULT_TIMER_TZ = 'Asia/Shanghai';

export interface CronSchedule {
  /** The first due time strictly after `after`, or undefined when the year field allows no more. */
  next(after: Date): Date | undefined;
}

type YearRange = [number, number];

export function parseCron7(expr: string, tz: string = DEFAULT_TIMER_TZ): CronSchedule {
  const fields = expr.trim().split(/\s+/);
  if (fields.length !== 7) {
    throw new Error(`cron "${expr}": expected 7 fields (sec min hour day month weekday year), got ${fields.length}`);
  }
  const six = fields.slice(0, 6).join(' ');
  const years = parseYears(fields[6] ?? '', expr);
  try {
    CronExpressionParser.parse(six, { tz }); // validate now, not at the first tick
  } catch (err) {
    throw new Error(`cron "${expr}": ${(err as Error).message}`);
  }
  const maxYear = years === undefined ? Infinity : Math.max(...years.map((r) => r[1]));
  return {
    next(after: Date): Date | undefined {
      let from = after;
      for (let i = 0; i < 1000; i++) {
        const it = CronExpressionParser.parse(six, { tz, currentDate: from });
        if (!it.hasNext()) return undefined;
        const d = it.next().toDate();
        const y = yearIn(d, tz);
        if (y > maxYear) return undefined;
        if (years === undefined || years.some(([lo, hi]) => y >= lo && y <= hi)) return d;
        const nextLo = Math.min(...years.map((r) => r[0]).filter((lo) => lo > y));
        if (!Number.isFinite(nextLo)) return undefined;
        // Jump to just before local midnight, 1 January of the next allowed year.
        from = new Date(Math.max(d.getTime(), startOfYear(nextLo, tz) - 1000));
      }
      return undefined;
    },
  };
}

/** undefined means any year. Accepts `*`, `YYYY`, `YYYY-YYYY` and comma lists of those. */
function parseYears(field: string, expr: string): YearRange[] | undefined {
  if (field === '*' || field === '?') return undefined;
  const ranges: YearRange[] = [];
  for (const part of field.split(',')) {
    const m = /^(\d{4})(?:-(\d{4}))?$/.exec(part);
    if (m === null) throw new Error(`cron "${expr}": year field "${field}" must be *, YYYY, YYYY-YYYY or a list`);
    const lo = Number(m[1]);
    const hi = m[2] === undefined ? lo : Number(m[2]);
    if (lo < 1970 || hi > 2199 || hi < lo) throw new Error(`cron "${expr}": bad year range "${part}"`);
    ranges.push([lo, hi]);
  }
  return ranges;
}

function yearIn(d: Date, tz: string): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone: tz, year: 'numeric' }).format(d));
}

/** The instant of 00:00 on 1 January `year` in `tz`. */
function startOfYear(year: number, tz: string): number {
  const guess = Date.UTC(year, 0, 1);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(guess));
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const wallAsUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return guess - (wallAsUtc - guess);
}
