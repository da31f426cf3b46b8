// Set-up for the activity function's tests: registered volunteers, a funded sponsor, an activity
// published through the function, and its stored times moved (the functions take `new Date()`).
import type { LocalCloud } from '../../../localcloud';
import type { Database } from '../../../localcloud/store/database';
import type { Activity, SignUp } from '../../../src/domain/activity/activity';
import { budgetGrant, ISSUER, sponsorAccount } from '../../../src/domain/bank/ledger';
import { person } from '../../helpers/people';

const HOUR = 3_600_000;
const OPTS = { multi: false, replace: false, upsert: true };
let n = 0;
export const req = () => `act${Date.now().toString(36)}${(n++).toString(36)}`;

/** A registered volunteer of `communityId` (users + volunteers). */
export async function volunteer(db: Database, openid: string, communityId = 'c-jinding', name = '李志愿'): Promise<void> {
  const now = new Date();
  if (!db.get('users').docs.has(openid))
    await db.insert('users', [{ _id: openid, roles: ['resident', 'volunteer'], grants: [], createdAt: now }]);
  if (!db.get('volunteers').docs.has(openid))
    await db.insert('volunteers', [
      { _id: openid, name, phone: '13800001234', skills: [], communityId, partyMember: false, createdAt: now },
    ]);
}

/** A sponsor with `points` of budget (a budget_grant entry from the head office and its balances). */
export async function sponsor(db: Database, sponsorId: string, points: number): Promise<void> {
  const entry = budgetGrant(`grant:${sponsorId}:${req()}`, sponsorId, points, new Date());
  await db.insert('journal', [{ ...entry }]);
  await db.update('accounts', { _id: ISSUER }, { $inc: { balance: -points } }, OPTS);
  await db.update(
    'accounts',
    { _id: sponsorAccount(sponsorId) },
    { $inc: { balance: points, minutes: 0 }, $set: { kind: 'sponsor' } },
    OPTS,
  );
}

/** A publication starting in two days for three hours, sign-up open until tomorrow. */
export function form(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Date.now();
  return {
    action: 'publish',
    requestId: req(),
    title: '周末义务理发',
    content: '在翠湖小区广场为老人免费理发，请自带工具',
    services: ['haircut'],
    communityId: 'c-jinding',
    address: '翠湖小区中心广场',
    startAt: new Date(now + 48 * HOUR).toISOString(),
    endAt: new Date(now + 51 * HOUR).toISOString(),
    quota: 10,
    skills: [],
    signUpBy: new Date(now + 24 * HOUR).toISOString(),
    points: 20,
    ...overrides,
  };
}

/** Publishes as `by` (the street's dispatcher by default); the activity's id. */
export async function publish(cloud: LocalCloud, overrides: Record<string, unknown> = {}, by = 'demo-dispatcher'): Promise<string> {
  const r = await person(cloud, by)('activity', form(overrides));
  if (!r.ok) throw new Error(`publish: ${JSON.stringify(r.error)}`);
  return r.data.activityId as string;
}

export const activityIn = (db: Database, id: string) => db.get('activities').docs.get(id) as unknown as Activity;
export const signUpsIn = (db: Database, id: string) =>
  [...db.get('signups').docs.values()].filter((s) => (s as { activityId?: string }).activityId === id) as unknown as SignUp[];

/** Moves the stored times: `startAt`/`endAt` (and the deadlines) as offsets in hours from now. */
export async function setTimes(db: Database, id: string, t: { start: number; end: number; signUpBy?: number; withdrawBy?: number }) {
  const at = (h: number) => new Date(Date.now() + h * HOUR);
  await db.update(
    'activities',
    { _id: id },
    {
      $set: {
        startAt: at(t.start),
        endAt: at(t.end),
        signUpBy: at(t.signUpBy ?? Math.min(t.start, 0)),
        withdrawBy: at(t.withdrawBy ?? Math.min(t.start, 0)),
      },
    },
    { multi: false, replace: false, upsert: false },
  );
}
