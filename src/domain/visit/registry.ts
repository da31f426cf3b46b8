// Keeping the elders' registry (巡访对象登记): what a save or a retirement makes of an elder, decided
// here from the fields staff entered, the stairwell, the stored elder and "now" (passed in). Every
// refusal names the field and says in Chinese what is wrong.
import { fail, ok, type Issue, type Result } from '../errors';
import { normaliseRoom } from '../money/household';
import type { CodeFixes } from '../schemas/common';
import { roomProblem } from '../schemas/common';
import { businessDate, businessDayStart } from '../time';
import { ageOf, ELDER_TAGS, MIN_ELDER_AGE, type ConsentWay, type Elder, type ElderTag } from './elder';

/** The registry's own fields, as entered (the form) or read from a sheet row (the import). */
export interface ElderFields {
  name: string;
  birthYear: number;
  buildingId: string;
  room: string;
  tags: readonly ElderTag[];
  /** '' or absent: no phone of their own. */
  phone?: string;
  guardian?: { name: string; phone: string; relation?: string };
  volunteerOpenid?: string;
  consent: { way: ConsentWay; date: string; note?: string };
}

/** The stairwell as the reference data has it. */
export interface ElderPlace {
  _id: string;
  communityId: string;
  fixes?: CodeFixes;
  retired?: boolean;
}

export interface ElderSave {
  /** The id of a new elder (made by the caller: random), or the stored elder's. */
  id: string;
  communityId: string;
  place: ElderPlace | undefined;
  /** The stored elder (an edit), or null (a new one). */
  existing: Elder | null;
  /** The version the editor saw (an edit only). */
  version?: number;
  by: string;
  now: Date;
}

/** Field problems of the entry itself (age, consent, stairwell, room, tags); empty when it may be kept. */
export function elderIssues(f: ElderFields, communityId: string, place: ElderPlace | undefined, now: Date): Issue[] {
  const issues: Issue[] = [];
  const age = ageOf(f.birthYear, now);
  if (age < MIN_ELDER_AGE) issues.push({ path: 'birthYear', message: `巡访对象须年满${MIN_ELDER_AGE}周岁（今年${age}岁）` });
  if (age > 120) issues.push({ path: 'birthYear', message: '出生年份不对，请检查' });
  if (!place || place.communityId !== communityId) issues.push({ path: 'buildingId', message: '这个楼栋不在本社区，请检查楼栋码' });
  else if (place.retired) issues.push({ path: 'buildingId', message: '这个楼栋码已停用' });
  else {
    const room = roomProblem(f.room, place.fixes);
    if (room) issues.push({ path: 'room', message: room });
  }
  if (new Set(f.tags).size !== f.tags.length || f.tags.some((t) => !ELDER_TAGS.includes(t)))
    issues.push({ path: 'tags', message: '标签有重复或不认识的' });
  if (!isDay(f.consent.date)) issues.push({ path: 'consent.date', message: '同意日期不对，应像 2026-05-01' });
  else if (f.consent.date > businessDate(now)) issues.push({ path: 'consent.date', message: '同意日期不能晚于今天' });
  if (f.consent.way === 'guardian' && !f.guardian) issues.push({ path: 'guardian', message: '监护人代签时请填写监护人和电话' });
  if (f.guardian && f.phone && f.guardian.phone === f.phone) issues.push({ path: 'guardian.phone', message: '监护人电话与本人电话相同' });
  return issues;
}

/** A real calendar day `YYYY-MM-DD`. */
function isDay(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}

/**
 * The elder to store after a save: a new one is due at once (`nextDueAt = now`, so the scheduler plans
 * it at its next run) with no unreachable calls; an edit keeps the board's fields and bumps the version.
 */
export function decideElder(f: ElderFields, s: ElderSave): Result<Elder> {
  if (s.existing && !s.existing.active) return fail('ELDER.RETIRED', 'the elder left the registry');
  if (s.existing && s.existing.version !== s.version) return fail('ELDER.CHANGED', 'the elder changed since it was read');
  const issues = elderIssues(f, s.communityId, s.place, s.now);
  if (issues.length) return fail('INPUT.INVALID', 'the entry does not fit the registry', issues);
  const consentAt = businessDayStart(f.consent.date);
  const prior = s.existing?.consent;
  const sameConsent =
    prior && prior.way === f.consent.way && new Date(prior.at).getTime() === consentAt.getTime() && prior.note === f.consent.note;
  const fields = {
    communityId: s.communityId,
    buildingId: f.buildingId,
    room: normaliseRoom(f.room),
    name: f.name,
    birthYear: f.birthYear,
    tags: ELDER_TAGS.filter((t) => f.tags.includes(t)),
    ...(f.phone ? { phone: f.phone } : {}),
    ...(f.guardian ? { guardian: f.guardian } : {}),
    ...(f.volunteerOpenid ? { volunteerOpenid: f.volunteerOpenid } : {}),
    consent: sameConsent ? prior : { way: f.consent.way, at: consentAt, by: s.by, ...(f.consent.note ? { note: f.consent.note } : {}) },
    updatedAt: s.now,
  };
  if (s.existing) {
    const { phone: _p, guardian: _g, volunteerOpenid: _v, ...kept } = s.existing;
    return ok({ ...kept, ...fields, version: s.existing.version + 1 });
  }
  return ok({
    _id: s.id,
    ...fields,
    active: true,
    version: 1,
    createdAt: s.now,
    createdBy: s.by,
    nextDueAt: s.now,
    unreachableStreak: 0,
  });
}

/** The elder leaving the registry (moved, passed away, consent withdrawn): kept for the record, never planned again. */
export function retireElder(e: Elder | null, version: number, reason: string, by: string, now: Date): Result<Elder> {
  if (!e) return fail('ELDER.NOT_FOUND', 'no such elder');
  if (!e.active) return fail('ELDER.RETIRED', 'the elder already left the registry');
  if (e.version !== version) return fail('ELDER.CHANGED', 'the elder changed since it was read');
  return ok({ ...e, active: false, retired: { reason, at: now, by }, updatedAt: now, version: e.version + 1 });
}

/** The registry fields a save writes (the scheduler's board fields are never overwritten by a save). */
export const REGISTRY_FIELDS = [
  'communityId',
  'buildingId',
  'room',
  'name',
  'birthYear',
  'tags',
  'phone',
  'guardian',
  'volunteerOpenid',
  'consent',
  'active',
  'retired',
  'updatedAt',
  'version',
] as const satisfies readonly (keyof Elder)[];
