// The publish form (发布活动) as plain data: its defaults, and the check that turns it into the
// `publish` input or says, field by field, what is wrong (in Chinese). Times are typed as 09:30 and read
// in business time (Asia/Shanghai); the sign-up deadline is a day (活动当天 / 前一天 / 前两天) and a time.
import type { Category, Specialty } from '@/domain/menu';
import { PublishInput } from '@/domain/schemas/activities';
import { shanghaiDate } from '@/services';
import type { PublishFields } from '@/services/activities';

export interface PublishForm {
  title: string;
  content: string;
  services: Category[];
  communityId: string;
  address: string;
  /** YYYY-MM-DD */
  date: string;
  start: string;
  end: string;
  quota: string;
  skills: Specialty[];
  /** Days before the activity's day that sign-up closes (0: the day itself). */
  signUpDaysBefore: 0 | 1 | 2;
  signUpTime: string;
  points: string;
}

export type PublishField = keyof PublishForm;
export type PublishIssues = Partial<Record<PublishField, string>>;

export const SIGNUP_DAY_LABELS = { '0': '活动当天', '1': '前一天', '2': '前两天' } as const;

/**
 * Next Saturday 09:00–11:30, ten volunteers, ten points each, sign-up closing the day before at 18:00.
 * From Friday 18:00 that Saturday's sign-up has closed already: the Saturday after.
 */
export function defaultForm(now: Date, communityId = ''): PublishForm {
  const today = new Date(`${shanghaiDate(now)}T00:00:00Z`).getUTCDay();
  const saturday = (6 - today + 7) % 7 || 7;
  const closes = instantOf(dayBefore(shanghaiDate(now, saturday), 1), '18:00')!;
  const toSaturday = closes > now ? saturday : saturday + 7;
  return {
    title: '',
    content: '',
    services: [],
    communityId,
    address: '',
    date: shanghaiDate(now, toSaturday),
    start: '09:00',
    end: '11:30',
    quota: '10',
    skills: [],
    signUpDaysBefore: 1,
    signUpTime: '18:00',
    points: '10',
  };
}

const TIME = /^([01]?\d|2[0-3])[:：]([0-5]\d)$/;

/** `9:30` / `09：30` → the instant of that time on `date` in Shanghai; undefined when it is no time. */
export function instantOf(date: string, time: string): Date | undefined {
  const m = TIME.exec(time.trim());
  if (!m || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const at = new Date(`${date}T${m[1].padStart(2, '0')}:${m[2]}:00+08:00`);
  return Number.isNaN(at.getTime()) ? undefined : at;
}

function dayBefore(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** Where a schema issue's path shows on the form. */
const FIELD_OF: Record<string, PublishField> = {
  startAt: 'start',
  endAt: 'end',
  signUpBy: 'signUpTime',
  withdrawBy: 'signUpTime',
};

/** Issues by input path (the schema's, or the function's: `teamId` shows under the community) as form fields. */
export function issuesOf(list: ReadonlyArray<{ path: string; message: string }>): PublishIssues {
  const out: PublishIssues = {};
  for (const { path, message } of list) {
    const key = path.split('.')[0] ?? '';
    const field = key === 'teamId' || key === 'sponsorId' ? 'communityId' : (FIELD_OF[key] ?? (key as PublishField));
    if (!out[field]) out[field] = message;
  }
  return out;
}

type Checked = { ok: true; input: PublishFields } | { ok: false; issues: PublishIssues };

export function checkForm(form: PublishForm, requestId: string, now: Date, teamId?: string): Checked {
  const issues: PublishIssues = {};
  const start = instantOf(form.date, form.start);
  const end = instantOf(form.date, form.end);
  const signUpBy = instantOf(dayBefore(form.date, form.signUpDaysBefore), form.signUpTime);
  if (!start) issues.start = '请按 09:30 的格式填写开始时间';
  if (!end) issues.end = '请按 11:30 的格式填写结束时间';
  if (!signUpBy) issues.signUpTime = '请按 18:00 的格式填写报名截止时间';
  if (start && start.getTime() <= now.getTime()) issues.start = '开始时间已经过了，请选以后的时间';
  if (start && end && end.getTime() <= start.getTime()) issues.end = '结束时间要晚于开始时间';
  if (start && signUpBy && signUpBy.getTime() >= start.getTime()) issues.signUpTime = '报名截止要早于活动开始';
  else if (signUpBy && signUpBy.getTime() <= now.getTime()) issues.signUpTime = '报名截止时间已经过了，请往后改';
  if (!form.communityId) issues.communityId = '请选择社区';
  const quota = /^\d+$/.test(form.quota.trim()) ? Number(form.quota) : NaN;
  const points = /^\d+$/.test(form.points.trim()) ? Number(form.points) : NaN;
  if (Number.isNaN(quota)) issues.quota = '请填写需要的志愿者人数（整数）';
  if (Number.isNaN(points)) issues.points = '请填写每人积分（整数，不发积分填 0）';
  const candidate = {
    action: 'publish' as const,
    requestId,
    title: form.title,
    content: form.content,
    services: form.services,
    communityId: form.communityId || 'none',
    address: form.address,
    startAt: (start ?? now).toISOString(),
    endAt: (end ?? now).toISOString(),
    quota: Number.isNaN(quota) ? 1 : quota,
    skills: form.skills,
    signUpBy: (signUpBy ?? now).toISOString(),
    points: Number.isNaN(points) ? 0 : points,
    ...(teamId ? { teamId } : {}),
  };
  const parsed = PublishInput.safeParse(candidate);
  if (!parsed.success) {
    const found = issuesOf(parsed.error.issues.map((i) => ({ path: String(i.path[0] ?? ''), message: i.message })));
    for (const [field, message] of Object.entries(found) as Array<[PublishField, string]>) if (!issues[field]) issues[field] = message;
  }
  if (Object.keys(issues).length > 0 || !parsed.success) return { ok: false, issues };
  const { action: _action, ...input } = parsed.data;
  return { ok: true, input };
}
