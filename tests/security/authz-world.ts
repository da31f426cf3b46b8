// The people and the wish walker shared by the security suites (bad-input, authz). Not a test file.
//
// `walker.wishIn(state)` files a FRESH wish as a fresh resident (own OPENID, own phone, so the daily
// quotas never interfere) and walks it with the real functions to `state`: submitted → dispatched
// (to 乐修匠 by the dispatcher) → claimed (by the team volunteer) → in_service → completed.
import assert from 'node:assert/strict';
import type { LocalCloud } from '../../localcloud';
import { person, wishForm, type Called } from '../helpers/people';

/** The demo people (scripts/demo-data.ts) the suites act as, plus people the suites add. */
export const P = {
  resident: 'demo-resident',
  otherResident: 'demo-resident-2',
  /** Active member of t-lexiujiang (the wishes' team); the claimant of walked wishes. */
  teamVolunteer: 'demo-volunteer',
  /** Active member of t-jiankang only (added by `addPeople`). */
  otherVolunteer: 'sec-other-volunteer',
  /** Active leader of t-lexiujiang. */
  leader: 'demo-leader',
  dispatcher: 'demo-dispatcher',
  admin: 'demo-admin',
  merchant: 'demo-merchant',
  helper: 'demo-helper',
} as const;

export const TEAM = 't-lexiujiang';
export const OTHER_TEAM = 't-jiankang';
/** A team none of the people above belongs to (join probes). */
export const FREE_TEAM = 't-paotui';

/** Volunteer phones (demo + added); resident phones are made by the walker. */
export const VOLUNTEER_PHONES: Record<string, string> = {
  'demo-leader': '13800000001',
  'demo-volunteer': '13800000002',
  'demo-volunteer-2': '13800000003',
  'sec-other-volunteer': '13800000009',
};

/** Adds the other-team volunteer (not in the demo data). */
export async function addPeople(cloud: LocalCloud): Promise<void> {
  const now = new Date();
  await cloud.db.insert('users', [{ _id: P.otherVolunteer, roles: ['resident', 'volunteer'], createdAt: now }]);
  await cloud.db.insert('volunteers', [
    {
      _id: P.otherVolunteer,
      name: '钱多多',
      phone: VOLUNTEER_PHONES[P.otherVolunteer],
      skills: ['health'],
      communityId: 'c-jinding',
      partyMember: false,
      createdAt: now,
    },
  ]);
  await cloud.db.insert('memberships', [
    {
      _id: `${OTHER_TEAM}_${P.otherVolunteer}`,
      teamId: OTHER_TEAM,
      openid: P.otherVolunteer,
      role: 'member',
      status: 'active',
      createdAt: now,
    },
  ]);
}

export type Caller = (openid: string | undefined, fn: string, event: Record<string, unknown>) => Promise<Called>;

/** The plain caller: `person(cloud, openid)(fn, event)`. */
export const plainCaller =
  (cloud: LocalCloud): Caller =>
  (openid, fn, event) =>
    person(cloud, openid)(fn, event);

export type WalkState = 'submitted' | 'dispatched' | 'claimed' | 'in_service' | 'completed';
export interface Walked {
  wishId: string;
  owner: string;
  phone: string;
}

export function wishWalker(call: Caller, prefix: string) {
  let n = 0;
  const must = async (who: string, fn: string, event: Record<string, unknown>): Promise<Called> => {
    const r = await call(who, fn, event);
    assert.equal(r.ok, true, `walk: ${who} ${fn}.${String(event.action)} → ${JSON.stringify(r.error)}`);
    return r;
  };
  return {
    /** A fresh resident: OPENID and an 11-digit phone of their own. */
    newResident(): { openid: string; phone: string } {
      n++;
      return { openid: `${prefix}-owner-${n}`, phone: `1390${String(n).padStart(7, '0')}` };
    },
    /** `wall`: filed with the wall consent (微心愿墙), and published to the wall instead of dispatched to the team. */
    async wishIn(state: WalkState, opts: { category?: string; minutes?: number; wall?: boolean } = {}): Promise<Walked> {
      const { openid, phone } = this.newResident();
      const s = await must(
        openid,
        'wish',
        wishForm({
          requestId: `req_${prefix}_${n}`,
          contact: { name: '张桂兰', phone },
          category: opts.category ?? 'repairs',
          ...(opts.wall ? { wallConsent: true } : {}),
        }),
      );
      assert.equal(s.data.outcome, 'created');
      const wishId: string = s.data.wishId;
      const steps: Array<[WalkState, string, string, Record<string, unknown>]> = [
        [
          'dispatched',
          P.dispatcher,
          'dispatch',
          opts.wall ? { action: 'publish_to_wall', wishId } : { action: 'dispatch', wishId, teamId: TEAM },
        ],
        ['claimed', P.teamVolunteer, 'volunteer', { action: 'claim', wishId }],
        ['in_service', P.teamVolunteer, 'volunteer', { action: 'check_in', wishId }],
        ['completed', P.teamVolunteer, 'volunteer', { action: 'complete', wishId, summary: '已修好水龙头', minutes: opts.minutes ?? 30 }],
      ];
      const order: WalkState[] = ['submitted', 'dispatched', 'claimed', 'in_service', 'completed'];
      for (const [to, who, fn, event] of steps) {
        if (order.indexOf(to) > order.indexOf(state)) break;
        await must(who, fn, event);
      }
      return { wishId, owner: openid, phone };
    },
    /** A served wish its resident sent back (1★, 重办): the team volunteer's attempt is kept. */
    async sentBack(): Promise<Walked> {
      const w = await this.wishIn('completed');
      await must(w.owner, 'wish', { action: 'rate', wishId: w.wishId, stars: 1, comment: '没修好' });
      return w;
    },
    /** A volunteer who registered and applied to `teamId` (pending), through the real functions. */
    async applicant(teamId: string): Promise<{ openid: string; membershipId: string; phone: string }> {
      n++;
      const openid = `${prefix}-applicant-${n}`;
      const phone = `1381${String(n).padStart(7, '0')}`;
      await must(openid, 'volunteer', {
        action: 'register',
        name: '孙志愿',
        phone,
        skills: ['repair'],
        communityId: 'c-jinding',
        partyMember: false,
      });
      const j = await must(openid, 'volunteer', { action: 'join', teamId });
      return { openid, membershipId: j.data.membershipId, phone };
    },
  };
}
export type Walker = ReturnType<typeof wishWalker>;
