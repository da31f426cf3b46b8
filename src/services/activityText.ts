// How an activity (活动) reads on every page: its time, deadlines in words, statuses, counts, and what
// closing will do. Times are shown in business time (Asia/Shanghai).
import type { ActivityStatus, SignUpStatus } from '../domain/activity/activity';
import { SERVICE_MENU, SPECIALTY_LABELS, type Category, type Specialty } from '../domain/menu';
import { describeDate, formatDateTime, shanghaiDate } from './clock';

export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = {
  published: '报名中',
  closing: '正在结项',
  closed: '已结项',
  cancelled: '已取消',
};

export const SIGNUP_LABELS: Record<SignUpStatus, string> = {
  signed_up: '已报名',
  waiting: '候补中',
  withdrawn: '已取消报名',
  checked_in: '已签到',
  checked_out: '已签退',
  attended: '已到场',
  no_show: '未到场',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** `09:30` in Shanghai. */
export function clockOf(at: string | Date): string {
  const w = new Date(new Date(at).getTime() + 8 * 3_600_000);
  return `${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}`;
}

/** `12月5日 周六（后天） 09:00–11:30`; an activity over several days names both ends. */
export function timeRange(startAt: string, endAt: string, now: Date = new Date()): string {
  const startDay = shanghaiDate(new Date(startAt));
  const sameDay = startDay === shanghaiDate(new Date(endAt));
  const start = `${describeDate(startDay, now)} ${clockOf(startAt)}`;
  return sameDay ? `${start}–${clockOf(endAt)}` : `${start} 至 ${formatDateTime(endAt, now)}`;
}

/** The same as two parts that wrap only between them (InfoRow): the day, and the hours. */
export function timeParts(startAt: string, endAt: string, now: Date = new Date()): string[] {
  const startDay = shanghaiDate(new Date(startAt));
  if (startDay !== shanghaiDate(new Date(endAt)))
    return [`${describeDate(startDay, now)} ${clockOf(startAt)} 至`, formatDateTime(endAt, now)];
  return [describeDate(startDay, now), `${clockOf(startAt)}–${clockOf(endAt)}`];
}

export const servicesText = (services: readonly Category[]) => services.map((c) => SERVICE_MENU[c]?.label ?? '其他').join('、');
export const skillsText = (skills: readonly Specialty[]) => skills.map((s) => SPECIALTY_LABELS[s]).join('、');

/** 已报名 3/10 · 候补 2. */
export function placesText(a: { signedUp: number; quota: number; waiting: number }): string {
  return `已报名 ${a.signedUp}/${a.quota}${a.waiting > 0 ? ` · 候补 ${a.waiting}` : ''}`;
}

/** A deadline in words: `报名截止：12月4日 18:00` or `报名已截止（12月4日 18:00）`. */
export function deadlineText(what: '报名' | '取消报名', at: string, now: Date = new Date()): string {
  const when = formatDateTime(at, now);
  return new Date(at).getTime() > now.getTime() ? `${what}截止：${when}` : `${what}已截止（${when}）`;
}

/** Minutes as 1小时20分钟 / 45分钟. */
export function minutesText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? `${h}小时${m > 0 ? `${m}分钟` : ''}` : `${m}分钟`;
}

/** Who will count as present at closing (checked in, with or without a check-out) and who did not come. */
export function closePreview(
  roster: ReadonlyArray<{ status: SignUpStatus }>,
  points: number,
): { came: number; absent: number; text: string } {
  const came = roster.filter((r) => r.status === 'checked_in' || r.status === 'checked_out' || r.status === 'attended').length;
  const absent = roster.filter((r) => r.status === 'signed_up').length;
  return { came, absent, text: `${came} 人到场，每人 ${points} 积分；未到 ${absent} 人（记为未到场）` };
}
