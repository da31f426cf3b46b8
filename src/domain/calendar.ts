// The working calendar (工作日历): weekends off, public holidays off, 调休 weekend days worked, and the
// hours of a working day, in business time. Asia/Shanghai is UTC+8 all year (no DST), so days and
// wall-clock times are plain arithmetic on a fixed offset (no time-zone library in the client's
// bundle). Pure: every instant is passed in.
import * as z from 'zod';
import { DEFAULT_HOLIDAYS, DEFAULT_WORKDAYS } from './holidays';

const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 24 * 3_600_000;
const HOUR_MS = 3_600_000;

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A list of calendar days (YYYY-MM-DD), each once. */
const DayList = z
  .array(z.string().regex(DATE, { error: '日期请按 2026-10-01 的格式填写，每行一个' }))
  .max(400)
  .refine((days) => new Set(days).size === days.length, { error: '同一天写了两次' });

export const CalendarSettings = z
  .strictObject({
    /** The working day in business time, `HH:mm` (08:30–17:30). */
    dayStart: z.string().regex(TIME, { error: '请按 08:30 的格式填写时间' }),
    dayEnd: z.string().regex(TIME, { error: '请按 17:30 的格式填写时间' }),
    /** The weekly service day of a community that has none of its own: 1 = Monday … 7 = Sunday. */
    serviceDay: z.number().int().min(1).max(7),
    /** Public holidays (法定节假日, with the days bridged to them): off even on a weekday. */
    holidays: DayList,
    /** 调休: weekend days that are worked. */
    workdays: DayList,
  })
  .refine((c) => !TIME.test(c.dayStart) || !TIME.test(c.dayEnd) || c.dayStart < c.dayEnd, {
    error: '下班时间要晚于上班时间',
    path: ['dayEnd'],
  });
export type WorkingCalendar = z.infer<typeof CalendarSettings>;

/** 08:30–17:30, Wednesday the service day, and the published days off of 2026 (holidays.ts: update yearly). */
export const DEFAULT_CALENDAR: WorkingCalendar = {
  dayStart: '08:30',
  dayEnd: '17:30',
  serviceDay: 3,
  holidays: DEFAULT_HOLIDAYS,
  workdays: DEFAULT_WORKDAYS,
};

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of the business day containing `at`. */
export function dayOf(at: Date): string {
  const w = new Date(at.getTime() + OFFSET_MS);
  return `${w.getUTCFullYear()}-${pad(w.getUTCMonth() + 1)}-${pad(w.getUTCDate())}`;
}

/** Midnight of a business day, as a UTC instant. */
const midnight = (day: string) => Date.parse(`${day}T00:00:00Z`) - OFFSET_MS;

/** The day `n` days after `day` (negative: before). */
export function plusDays(day: string, n: number): string {
  return dayOf(new Date(midnight(day) + n * DAY_MS + HOUR_MS));
}

/** 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay() || 7;
}

/** The instant of a wall-clock time (`HH:mm`) on a business day. */
export function instantAt(day: string, time: string): Date {
  const [h, m] = time.split(':').map(Number);
  return new Date(midnight(day) + (h! * 60 + m!) * 60_000);
}

/** A holiday is off; a 调休 day is worked; otherwise Monday to Friday are worked. */
export function isWorkingDay(day: string, cal: Pick<WorkingCalendar, 'holidays' | 'workdays'>): boolean {
  if (cal.holidays.includes(day)) return false;
  if (cal.workdays.includes(day)) return true;
  return weekdayOf(day) <= 5;
}

/** Far enough for any real deadline; a calendar with no working day at all stops here instead of looping. */
const MAX_DAYS = 3 * 366;

/**
 * `hours` of working time after `start`: time counts only inside a working day's hours, so a start
 * before the day begins counts from its start, and one after it ends (or on a day off) from the next
 * working day's start. Ending exactly at a day's end gives that day's end (今天 17:30), not the next morning.
 */
export function addWorkingHours(start: Date, hours: number, cal: WorkingCalendar): Date {
  let left = Math.max(0, hours) * HOUR_MS;
  let day = dayOf(start);
  for (let i = 0; i < MAX_DAYS; i++, day = plusDays(day, 1)) {
    if (!isWorkingDay(day, cal)) continue;
    const from = Math.max(start.getTime(), instantAt(day, cal.dayStart).getTime());
    const to = instantAt(day, cal.dayEnd).getTime();
    if (from > to) continue;
    if (from + left <= to) return new Date(from + left);
    left -= to - from;
  }
  return new Date(start.getTime() + hours * HOUR_MS);
}

/** `hours` on the clock, 24/7, holidays included (urgent wishes and urgent categories). */
export function addClockHours(start: Date, hours: number): Date {
  return new Date(start.getTime() + hours * HOUR_MS);
}

/**
 * The next weekly service day after today (`weekday`, 1 = Monday … 7 = Sunday): today's is not
 * offered (its morning is already planned), and one that falls on a holiday is not held, so the week
 * after is taken.
 */
export function nextServiceDay(now: Date, weekday: number, cal: Pick<WorkingCalendar, 'holidays'>): string {
  let day = plusDays(dayOf(now), 1);
  for (let i = 0; i < MAX_DAYS; i++, day = plusDays(day, 1)) {
    if (weekdayOf(day) === weekday && !cal.holidays.includes(day)) return day;
  }
  return day;
}

/** A service day's wishes are due when its working day ends. */
export const serviceDayEnd = (day: string, cal: Pick<WorkingCalendar, 'dayEnd'>): Date => instantAt(day, cal.dayEnd);
