// The monthly redemption window (月兑换): the days of the month the shops redeem, in China time (UTC+8,
// the street's calendar). Outside it a reservation is refused and the page says when it opens.
const CHINA_OFFSET_MS = 8 * 3_600_000;

export interface RedemptionWindow {
  fromDay: number;
  toDay: number;
}

/** The calendar of `now` in China: year, month (1–12), day, days in the month. */
export function chinaDate(now: Date): { year: number; month: number; day: number; daysInMonth: number } {
  const d = new Date(now.getTime() + CHINA_OFFSET_MS);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  return { year, month, day: d.getUTCDate(), daysInMonth: new Date(Date.UTC(year, month, 0)).getUTCDate() };
}

/** Whether reserving is open; when closed, the next opening day as 2026-12-01 (China date). */
export function windowState(w: RedemptionWindow, now: Date): { open: true } | { open: false; opensOn: string } {
  const { year, month, day, daysInMonth } = chinaDate(now);
  const to = Math.min(w.toDay, daysInMonth);
  const from = Math.min(w.fromDay, daysInMonth);
  if (from <= to && day >= from && day <= to) return { open: true };
  const pad = (n: number) => String(n).padStart(2, '0');
  if (day < from) return { open: false, opensOn: `${year}-${pad(month)}-${pad(from)}` };
  const [ny, nm] = month === 12 ? [year + 1, 1] : [year, month + 1];
  const nextDays = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return { open: false, opensOn: `${ny}-${pad(nm)}-${pad(Math.min(w.fromDay, nextDays))}` };
}

/** A month 2026-12 as the instants it spans in China time: [start, end). */
export function monthSpan(month: string): { start: Date; end: Date } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { start: new Date(Date.UTC(y, m - 1, 1) - CHINA_OFFSET_MS), end: new Date(Date.UTC(y, m, 1) - CHINA_OFFSET_MS) };
}

/** 2026-12-01 08:30 in China time, for statements. */
export function chinaDateTime(at: Date): string {
  const d = new Date(new Date(at).getTime() + CHINA_OFFSET_MS);
  return d.toISOString().slice(0, 16).replace('T', ' ');
}
