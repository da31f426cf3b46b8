// Dates and durations as the pages show them, in business time (Asia/Shanghai, UTC+8 all year, no DST).
// Plain arithmetic instead of dayjs' time-zone plugin keeps the main package small.

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 24 * 3_600_000;
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

const pad = (n: number) => String(n).padStart(2, '0');

/** A Date whose UTC fields are the Shanghai wall-clock fields of `at`. */
function wall(at: Date | string): Date {
  return new Date(new Date(at).getTime() + SHANGHAI_OFFSET_MS);
}

/** `YYYY-MM-DD` in Shanghai, `days` after the day containing `now`. */
export function shanghaiDate(now: Date, days = 0): string {
  const w = new Date(wall(now).getTime() + days * DAY_MS);
  return `${w.getUTCFullYear()}-${pad(w.getUTCMonth() + 1)}-${pad(w.getUTCDate())}`;
}

/** `11月22日 14:05` (the year is added when it is not the current one). */
export function formatDateTime(at: Date | string, now: Date = new Date()): string {
  const w = wall(at);
  const year = w.getUTCFullYear() === wall(now).getUTCFullYear() ? '' : `${w.getUTCFullYear()}年`;
  return `${year}${w.getUTCMonth() + 1}月${w.getUTCDate()}日 ${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}`;
}

/** `11月22日` of an instant, in Shanghai. */
export function formatDay(at: Date | string): string {
  const w = wall(at);
  return `${w.getUTCMonth() + 1}月${w.getUTCDate()}日`;
}

/**
 * A `YYYY-MM-DD` calendar date as `11月23日 周六`, with 今天/明天/后天 when it is that close to `now`.
 * Returns the input unchanged when it is not a date.
 */
export function describeDate(date: string, now: Date = new Date()): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const text = `${Number(m[2])}月${Number(m[3])}日 周${WEEKDAYS[day.getUTCDay()]}`;
  const near = ['今天', '明天', '后天'].findIndex((_, i) => shanghaiDate(now, i) === date);
  return near >= 0 ? `${text}（${['今天', '明天', '后天'][near]}）` : text;
}

/** 135 minutes → `2.3`: hours with one decimal, a trailing `.0` dropped. */
export function hoursOf(minutes: number): string {
  return String(Math.round((minutes / 60) * 10) / 10);
}

/** The next `count` days from today as big buttons read them: `今天` / `明天` / `12月3日`, each with `周四`. */
export function dayChoices(now: Date, count = 7): Array<{ date: string; day: string; weekday: string }> {
  return Array.from({ length: count }, (_, i) => {
    const date = shanghaiDate(now, i);
    const [y, m, d] = date.split('-').map(Number);
    const weekday = `周${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}`;
    return { date, day: i === 0 ? '今天' : i === 1 ? '明天' : `${m}月${d}日`, weekday };
  });
}
