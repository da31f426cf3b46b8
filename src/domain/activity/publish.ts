// A publication becomes an activity document: times checked (rules.ts), counters at zero, the
// organiser, the sponsor and the code's key decided by the function.
import type { Result } from '../errors';
import { ok } from '../errors';
import type { Category, Specialty } from '../menu';
import type { Activity } from './activity';
import { checkTimes } from './rules';

export interface Publication {
  title: string;
  content: string;
  services: Category[];
  communityId: string;
  address: string;
  startAt: string;
  endAt: string;
  quota: number;
  skills: Specialty[];
  signUpBy: string;
  withdrawBy?: string;
  points: number;
  teamId?: string;
}

export function newActivity(
  p: Publication,
  made: { _id: string; organiser: string; sponsorId: string; codeKey: string },
  now: Date,
): Result<Activity> {
  const times = {
    startAt: new Date(p.startAt),
    endAt: new Date(p.endAt),
    signUpBy: new Date(p.signUpBy),
    ...(p.withdrawBy ? { withdrawBy: new Date(p.withdrawBy) } : {}),
  };
  const checked = checkTimes(times, now);
  if (!checked.ok) return checked;
  return ok({
    ...made,
    status: 'published',
    version: 0,
    title: p.title,
    content: p.content,
    services: [...new Set(p.services)],
    communityId: p.communityId,
    address: p.address,
    startAt: times.startAt,
    endAt: times.endAt,
    quota: p.quota,
    skills: [...new Set(p.skills)],
    signUpBy: times.signUpBy,
    withdrawBy: checked.data.withdrawBy,
    points: p.points,
    ...(p.teamId ? { teamId: p.teamId } : {}),
    signedUp: 0,
    waiting: 0,
    waitSeq: 0,
    willCome: 0,
    wishIds: [],
    createdAt: now,
    history: [{ at: now, by: made.organiser, as: 'organiser', action: 'publish', from: 'published', to: 'published' }],
  });
}
