// Authorisation: every cell of tests/security/authz-matrix.ts (the intended policy, from the docs)
// against the real functions, plus IDOR probes and a phone-number scan of every answer.
//
// Each cell gets fresh state where the action changes something: a fresh wish walked to the state
// the action needs (owned by a fresh resident, claimed by the team volunteer where it has a
// claimant), a fresh pending application, or the caller's own documents restored afterwards.
// A deny must be a "not for you" code AND write nothing (cloud.db.seq unchanged).
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../localcloud';
import { registry } from '../../src/domain/schemas';
import { addDays, businessDate } from '../../src/domain/time';
import { VALID_INPUTS } from '../domain/schema-examples';
import { demoSheetText } from '../../scripts/demo-data';
import { putImportFile } from '../../scripts/demo-import';
import { tokenHash } from '../../cloudfunctions/_lib/collections/invitations';
import { volunteerKey } from '../../cloudfunctions/_lib/collections/volunteers';
import { startFunctionsCloud } from '../helpers/functions';
import { freshReservation, openWindow, volunteerWithPoints } from '../helpers/redeem';
import { person, wishForm, type Called } from '../helpers/people';
import { storeElderVisit } from '../helpers/elders';
import { hourIn2025 } from '../helpers/journal';
import { DENY_CODES, EXTRA_DENY_CODES, parseMatrix, ROLES, type Cell, type MatrixRole, type Row } from './authz-matrix';
import { addPeople, FREE_TEAM, OTHER_TEAM, P, TEAM, wishWalker, type Caller, type Walker } from './authz-world';

const ACTIONS = Object.entries(registry).flatMap(([fn, actions]) => Object.keys(actions).map((a) => `${fn}.${a}`));
const MATRIX = parseMatrix();
const t0 = Date.now();

let cloud: LocalCloud;
let walker: Walker;

// ---------------------------------------------------------------------------------------------
// Every answer in this file goes through `rec`, which scans it for full phone numbers.

const PHONE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;
interface PhoneHit {
  caller: string;
  fnAction: string;
  phone: string;
  allowedAs?: string;
}
const phoneHits: PhoneHit[] = [];
let answers = 0;

function rolesOf(openid: string): string[] {
  const u = cloud.db.get('users').docs.get(openid) as { roles?: string[] } | undefined;
  return u?.roles ?? [];
}

/** Who may see `phone` in the answer to `fnAction` called by `caller` (null: nobody, a leak). */
function phoneAllowedAs(caller: string | undefined, fnAction: string, event: Record<string, unknown>, phone: string): string | null {
  if (!caller) return null;
  type W = { filedBy: string; claimant?: string; contact: { phone: string } };
  const wishes = ([...cloud.db.get('wishes').docs.values()] as unknown as W[]).filter((w) => w.contact?.phone === phone);
  for (const w of wishes) {
    if (w.filedBy === caller) return 'owner';
    if (w.claimant === caller && ['wish.detail', 'volunteer.hall'].includes(fnAction)) return 'claimant';
    if (rolesOf(caller).includes('dispatcher') && ['wish.detail', 'dispatch.queue'].includes(fnAction)) return 'dispatcher';
  }
  type V = { _id: string; phone: string };
  const volunteers = ([...cloud.db.get('volunteers').docs.values()] as unknown as V[]).filter((v) => v.phone === phone);
  for (const v of volunteers) {
    if (v._id === caller) return 'self';
    if (fnAction === 'volunteer.members' && typeof event.teamId === 'string') {
      const lead = cloud.db.get('memberships').docs.get(`${event.teamId}_${caller}`) as { role?: string; status?: string } | undefined;
      const theirs = cloud.db.get('memberships').docs.get(`${event.teamId}_${v._id}`);
      if (lead?.role === 'leader' && lead.status === 'active' && theirs) return 'team leader (members)';
    }
  }
  return null;
}

// "The timeline shows roles, never OPENIDs": every known OPENID but the caller's is looked for too.
// The one documented exception: a leader's members list (membershipId = <teamId>_<openid>); an id
// the caller itself sent in the event does not count.
interface OpenidHit {
  caller: string;
  fnAction: string;
  openid: string;
  allowed: boolean;
}
const openidHits: OpenidHit[] = [];
const openidPatterns = new Map<string, RegExp>();
const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function track(id: unknown): void {
  const openid = String(id);
  if (!openidPatterns.has(openid)) openidPatterns.set(openid, new RegExp(`(?<![A-Za-z0-9-])${escapeRe(openid)}(?![A-Za-z0-9_-])`));
}
/** Every OPENID the store knows: users, wish owners and claimants, team members. */
function knownOpenids(): string[] {
  for (const id of cloud.db.get('users').docs.keys()) track(id);
  for (const w of cloud.db.get('wishes').docs.values()) {
    track((w as { filedBy?: string }).filedBy);
    if ((w as { claimant?: string }).claimant) track((w as { claimant?: string }).claimant);
  }
  for (const m of cloud.db.get('memberships').docs.values()) track((m as { openid?: string }).openid);
  return [...openidPatterns.keys()];
}

const rec: Caller = async (openid, fn, event) => {
  const r = await person(cloud, openid)(fn, event);
  answers++;
  const { requests: _requests, ...answer } = r;
  const fnAction = `${fn}.${String(event.action)}`;
  const text = JSON.stringify(answer);
  // A hex name (an invitation's sha256 id, a stored file's random 16-hex name in its fileID and URL) can
  // hold 11 digits in a row: not a phone. A phone is never part of a run of 16 or more hex characters.
  for (const m of text.replace(/(?<![0-9a-f])[0-9a-f]{16,}(?![0-9a-f])/g, '<hex>').matchAll(PHONE)) {
    const as = phoneAllowedAs(openid, fnAction, event, m[0]);
    phoneHits.push({ caller: openid ?? '(none)', fnAction, phone: m[0], ...(as ? { allowedAs: as } : {}) });
  }
  const sent = JSON.stringify(event);
  for (const id of knownOpenids()) {
    // the caller's own, or an id the caller sent (an approve echoes the membershipId it was given)
    if (id === openid || !openidPatterns.get(id)!.test(text) || openidPatterns.get(id)!.test(sent)) continue;
    const lead =
      typeof event.teamId === 'string'
        ? (cloud.db.get('memberships').docs.get(`${event.teamId}_${openid}`) as { role?: string; status?: string } | undefined)
        : undefined;
    openidHits.push({
      caller: openid ?? '(none)',
      fnAction,
      openid: id,
      // an admin's list of people with scoped roles names them by OPENID (personId, for revoke_grant)
      allowed:
        (fnAction === 'volunteer.members' && lead?.role === 'leader' && lead.status === 'active') ||
        (fnAction === 'people.people' && !!openid && rolesOf(openid).includes('admin')),
    });
  }
  return r;
};

// ---------------------------------------------------------------------------------------------
// One probe per cell

interface Probe {
  event: Record<string, unknown>;
  /** The resident column's person for this row (the owner of the wish under test). */
  owner?: string;
  /** Undo what an allowed call changed about the caller (their own documents). */
  cleanup?: () => Promise<void>;
}

/** Remembers documents and puts them back exactly (or removes them if they did not exist). */
function snapshot(docs: Array<[string, string]>): () => Promise<void> {
  const saved = docs.map(([c, id]) => [c, id, structuredClone(cloud.db.get(c).docs.get(id))] as const);
  return async () => {
    for (const [c, id, doc] of saved) {
      await cloud.db.remove(c, { _id: id }, false);
      if (doc) await cloud.db.insert(c, [doc as Record<string, unknown>]);
    }
  };
}

function callerFor(role: MatrixRole, owner?: string): string | undefined {
  const map: Record<MatrixRole, string | undefined> = {
    stranger: undefined,
    resident: owner ?? P.resident,
    'other-res': P.otherResident,
    'team-vol': P.teamVolunteer,
    'other-vol': P.otherVolunteer,
    leader: P.leader,
    dispatcher: P.dispatcher,
    admin: P.admin,
    merchant: P.merchant,
  };
  return map[role];
}

const onWish =
  (state: Parameters<Walker['wishIn']>[0], extra: Record<string, unknown> = {}) =>
  async (key: string): Promise<Probe> => {
    const w = await walker.wishIn(state);
    return { event: { ...VALID_INPUTS[key], wishId: w.wishId, ...extra }, owner: w.owner };
  };

let cellNo = 0;
const PROBES: Record<string, (key: string, role: MatrixRole) => Promise<Probe>> = {
  'wish.submit': async () => {
    const { phone } = walker.newResident();
    return { event: wishForm({ requestId: `req_az_cell_${++cellNo}`, contact: { name: '张桂兰', phone } }) };
  },
  'wish.detail': onWish('dispatched'),
  'wish.cancel': onWish('dispatched'),
  'wish.rate': onWish('completed', { stars: 5 }),
  'dispatch.suggest': onWish('submitted'),
  'dispatch.dispatch': onWish('submitted', { teamId: TEAM }),
  'dispatch.reject': onWish('submitted'),
  'dispatch.award': async (key) => ({ event: { ...VALID_INPUTS[key], wishId: (await walker.sentBack()).wishId } }),
  // 服务日: a wish dispatched to the leader's team (each cell a fresh one, so a repeat is not ORDER.ALREADY_SCHEDULED).
  'dispatch.schedule_service_day': onWish('dispatched'),
  // 微心愿墙: a fresh wish filed with the consent; folding into an activity of 金鼎社区 seeded per the contract.
  'dispatch.publish_to_wall': async (key) => {
    const w = await walker.wishIn('submitted', { wall: true });
    return { event: { ...VALID_INPUTS[key], wishId: w.wishId }, owner: w.owner };
  },
  'dispatch.attach_to_activity': async (key) => {
    const w = await walker.wishIn('submitted');
    return { event: { ...VALID_INPUTS[key], wishId: w.wishId, activityId: await freshActivity() }, owner: w.owner };
  },
  'volunteer.register': async (key, role) => {
    const who = callerFor(role);
    return {
      event: { ...VALID_INPUTS[key], phone: `1382${String(++cellNo).padStart(7, '0')}` },
      cleanup: who
        ? snapshot([
            ['users', who],
            ['volunteers', who],
          ])
        : undefined,
    };
  },
  'volunteer.join': async (key, role) => {
    const who = callerFor(role);
    return {
      event: { ...VALID_INPUTS[key], teamId: FREE_TEAM },
      cleanup: who ? snapshot([['memberships', `${FREE_TEAM}_${who}`]]) : undefined,
    };
  },
  'volunteer.members': async (key) => ({ event: { ...VALID_INPUTS[key], teamId: TEAM } }),
  'volunteer.approve': async (key) => {
    const a = await walker.applicant(TEAM);
    return { event: { ...VALID_INPUTS[key], membershipId: a.membershipId } };
  },
  'volunteer.claim': onWish('dispatched'),
  'volunteer.assign': onWish('dispatched', { membershipId: `${TEAM}_${P.teamVolunteer}` }),
  'volunteer.release': onWish('claimed'),
  'volunteer.return': onWish('dispatched'),
  // Tomorrow in business time: a past day is refused for everyone (VISIT.DATE_PASSED).
  'volunteer.plan_visit': onWish('claimed', { date: businessDate(addDays(new Date(), 1)) }),
  'volunteer.check_in': onWish('claimed'),
  'volunteer.complete': onWish('in_service'),
  // 240 minutes right after the check-in: marked for the leader to confirm.
  'volunteer.confirm_minutes': async (key) => {
    const w = await walker.wishIn('completed', { minutes: 240 });
    return { event: { ...VALID_INPUTS[key], wishId: w.wishId }, owner: w.owner };
  },
  'volunteer.team_orders': async (key) => ({ event: { ...VALID_INPUTS[key], teamId: TEAM } }),
  // A batch the admin started (金鼎社区: one chunk, done at once).
  'poster.job': async (key) => {
    const started = await rec(P.admin, 'poster', { action: 'batch', communityId: 'c-jinding' });
    return { event: { ...VALID_INPUTS[key], jobId: started.data.jobId } };
  },
  // 导出: an export of the caller's own when they may start one (else the admin's), stepped once.
  'insight.export_step': async (key, role) => {
    const starter = role === 'dispatcher' ? P.dispatcher : P.admin;
    const started = await rec(starter, 'insight', { ...VALID_INPUTS['insight.export_start'], requestId: `req_az_exp_${++cellNo}` });
    return { event: { ...VALID_INPUTS[key], jobId: started.data.jobId } };
  },
  // The demo's own places sheet: it checks clean and changes nothing, so an allowed apply writes only its job.
  'sheets.check': async (key) => ({ event: { ...VALID_INPUTS[key], kind: 'places', fileID: await demoPlacesFile() } }),
  'sheets.apply': async (key) => ({ event: { ...VALID_INPUTS[key], kind: 'places', fileID: await demoPlacesFile() } }),
  'sheets.job': async (key) => {
    const started = await person(cloud, P.admin)('sheets', { action: 'apply', kind: 'places', fileID: await demoPlacesFile() });
    return { event: { ...VALID_INPUTS[key], jobId: started.data.jobId } };
  },
  // people: each cell gets its own invitation (made by the admin before the call), or its own grant.
  'people.invite_code': async (key) => ({ event: { ...VALID_INPUTS[key], token: await freshToken() } }),
  'people.preview': async (key) => ({ event: { ...VALID_INPUTS[key], token: await freshToken() } }),
  'people.accept': async (key, role) => {
    const who = callerFor(role);
    return {
      event: { ...VALID_INPUTS[key], token: await freshToken() },
      cleanup: who ? snapshot([['users', who]]) : undefined,
    };
  },
  'people.revoke_invitation': async (key) => ({ event: { ...VALID_INPUTS[key], invitationId: tokenHash(await freshToken()) } }),
  'people.revoke_grant': async (key) => {
    const personId = `az-granted-${++cellNo}`;
    await cloud.db.insert('users', [
      { _id: personId, roles: ['resident', 'helper'], grants: [{ role: 'helper', scope: { kind: 'community', id: 'c-jinding' } }] },
    ]);
    return { event: { ...VALID_INPUTS[key], personId } };
  },
  // The admin area: a fresh stairwell to retire, a fresh (inactive) team to switch on, a fresh request id to grant with.
  'admin.retire_stairwell': async (key) => {
    const code = `AZ-${String(++cellNo).padStart(4, '0')}`;
    await cloud.db.insert('buildings', [
      { _id: code, name: '9栋', estateName: '翠湖小区', communityId: 'c-jinding', communityName: '金鼎社区', fixes: 'building' },
    ]);
    return { event: { ...VALID_INPUTS[key], code } };
  },
  'admin.team_active': async (key) => {
    const teamId = `t-az-${++cellNo}`;
    await cloud.db.insert('teams', [
      { _id: teamId, name: `授权测试队${cellNo}`, specialties: ['general'], communities: [], active: false },
    ]);
    return {
      event: { ...VALID_INPUTS[key], teamId, active: true },
      cleanup: async () => void (await cloud.db.remove('teams', { _id: teamId }, false)),
    };
  },
  'admin.grant_budget': async (key) => ({ event: { ...VALID_INPUTS[key], requestId: `req_az_grant_${++cellNo}` } }),
  // The version the admin saw: the stored one (another cell may have changed the setting).
  'bank.set_setting': async (key) => {
    const stored = cloud.db.get('settings').docs.get('redemption') as { version?: number } | undefined;
    return { event: { ...VALID_INPUTS[key], version: stored?.version ?? 0 } };
  },
  'bank.fund_topup': async (key) => ({ event: { ...VALID_INPUTS[key], requestId: `req_az_fund_${++cellNo}` } }),
  // Visit orders: a fresh elder of 乐修匠's pool (a landline) with a fresh order: planned to record, a need to turn into a wish.
  'visit.record': async (key) => ({ event: { ...VALID_INPUTS[key], visitId: await freshVisit(), requestId: `req_az_visit_${++cellNo}` } }),
  'visit.to_wish': async (key) => ({
    event: {
      ...VALID_INPUTS[key],
      visitId: await freshVisit({ status: 'done', outcome: 'needs_help' }),
      requestId: `req_az_vwish_${++cellNo}`,
    },
  }),
  'visit.quote': async (key) => ({ event: { ...VALID_INPUTS[key], visitId: await freshVisit({ status: 'done', outcome: 'needs_help' }) } }),
  // redeem: volunteers reserve with points in an open window; the rest act on a fresh reservation of team-vol at 幸福超市.
  'bank.reserve': async (key, role) => {
    const who = callerFor(role);
    if (who && rolesOf(who).includes('volunteer')) await volunteerWithPoints(cloud.db, who, 30);
    await openWindow(cloud.db);
    return { event: { ...VALID_INPUTS[key], requestId: `req_az_reserve_${++cellNo}` } };
  },
  'bank.cancel_reservation': async (key) => ({
    event: { ...VALID_INPUTS[key], reservationId: (await freshReservation(cloud, P.teamVolunteer)).reservationId },
  }),
  'bank.lookup_code': async (key) => ({ event: { ...VALID_INPUTS[key], code: (await freshReservation(cloud, P.teamVolunteer)).digits } }),
  'bank.redeem': async (key) => ({
    event: { ...VALID_INPUTS[key], reservationId: (await freshReservation(cloud, P.teamVolunteer)).reservationId },
  }),
  // ledger: a fresh 1-point grant (made by the admin) to correct; fresh request ids; a funded branch for the bonus.
  'bank.correct': async (key) => {
    const requestId = `req_az_fix_${++cellNo}`;
    const g = await person(cloud, P.admin)('admin', { ...VALID_INPUTS['admin.grant_budget'], points: 1, requestId });
    if (!g.ok) throw new Error(`grant failed: ${JSON.stringify(g.error)}`);
    return { event: { ...VALID_INPUTS[key], entryId: g.data.entryId, requestId } };
  },
  'bank.office_grant': async (key) => ({ event: { ...VALID_INPUTS[key], points: 1, requestId: `req_az_allot_${++cellNo}` } }),
  'bank.bonus': async (key) => {
    const a = await person(cloud, P.admin)('bank', {
      ...VALID_INPUTS['bank.office_grant'],
      points: 1,
      requestId: `req_az_allot_${++cellNo}`,
    });
    if (!a.ok) throw new Error(`allot failed: ${JSON.stringify(a.error)}`);
    return { event: { ...VALID_INPUTS[key], requestId: `req_az_bonus_${++cellNo}` } };
  },
  // sponsors: a fresh request id; a fresh sponsor to change (at the version stored); the shop at its stored version.
  'admin.create_sponsor': async (key) => ({ event: { ...VALID_INPUTS[key], requestId: `req_az_sponsor_${++cellNo}` } }),
  'admin.update_sponsor': async (key) => {
    const sponsorId = `az-sponsor-${++cellNo}`;
    await cloud.db.insert('accounts', [
      { _id: `sponsor:${sponsorId}`, kind: 'sponsor', name: '授权测试赞助方', source: 'donation', version: 1, balance: 0, minutes: 0 },
    ]);
    return { event: { ...VALID_INPUTS[key], sponsorId, version: 1 } };
  },
  'admin.edit_shop': async (key) => {
    const stored = cloud.db.get('shops').docs.get('shop-xingfu') as { version?: number } | undefined;
    return { event: { ...VALID_INPUTS[key], version: stored?.version ?? 0 } };
  },
  // the elders' registry: a fresh request id per save (no named volunteer); a fresh elder to retire;
  // a clean elders' sheet of its own per cell; a real job started by the caller's own import.
  'visit.save_elder': async (key) => {
    const { volunteerKey: _k, ...event } = VALID_INPUTS[key] as Record<string, unknown>;
    return { event: { ...event, requestId: `req_az_elder_${++cellNo}`, room: String(700 + cellNo) } };
  },
  'visit.retire_elder': async (key) => ({ event: { ...VALID_INPUTS[key], elderId: await freshElder(), version: 1 } }),
  'visit.elder_check': async (key) => ({ event: { ...VALID_INPUTS[key], fileID: await eldersFile() } }),
  'visit.elder_import': async (key) => ({ event: { ...VALID_INPUTS[key], fileID: await eldersFile() } }),
  'visit.elder_import_job': async (key, role) => {
    const owner = role === 'admin' ? P.admin : P.dispatcher;
    const started = await person(cloud, owner)('visit', { ...VALID_INPUTS['visit.elder_import'], fileID: await eldersFile() });
    if (!started.ok) throw new Error(`elder import failed: ${JSON.stringify(started.error)}`);
    return { event: { ...VALID_INPUTS[key], jobId: started.data.jobId } };
  },
  // the weekly digest: a leader asks for their team's, everyone else for the centre's
  'dispatch.digest': async (key, role) => ({ event: { ...VALID_INPUTS[key], ...(role === 'leader' ? { teamId: TEAM } : {}) } }),
  // activities: each cell a fresh activity of 乐修匠 in 金鼎 (published by its leader), team-vol signed up where it acts on a sign-up
  'activity.publish': async () => ({ event: { ...activityForm(), requestId: `req_az_act_${++cellNo}` } }),
  'activity.detail': async (key) => ({ event: { ...VALID_INPUTS[key], activityId: await freshActivity() } }),
  'activity.sign_up': async (key) => ({ event: { ...VALID_INPUTS[key], activityId: await freshActivity() } }),
  'activity.withdraw': async (key) => ({ event: { ...VALID_INPUTS[key], activityId: await freshActivity({ signUp: true }) } }),
  'activity.code': async (key) => ({ event: { ...VALID_INPUTS[key], activityId: await freshActivity() } }),
  'activity.scan': async (key) => {
    const activityId = await freshActivity({ signUp: true, at: 'under_way' });
    const code = await person(cloud, P.leader)('activity', { action: 'code', activityId });
    return { event: { ...VALID_INPUTS[key], code: code.data.qr, activityId } };
  },
  'activity.correct_times': async (key) => {
    const activityId = await freshActivity({ signUp: true, at: 'under_way' });
    const a = cloud.db.get('activities').docs.get(activityId) as unknown as { startAt: Date; endAt: Date };
    return {
      event: {
        ...VALID_INPUTS[key],
        activityId,
        signUpId: volunteerKey(P.teamVolunteer),
        checkInAt: new Date(a.startAt).toISOString(),
        checkOutAt: new Date(a.endAt).toISOString(),
      },
    };
  },
  'activity.close': async (key) => ({ event: { ...VALID_INPUTS[key], activityId: await freshActivity({ signUp: true, at: 'ended' }) } }),
  'activity.cancel': async (key) => ({ event: { ...VALID_INPUTS[key], activityId: await freshActivity({ signUp: true }) } }),
  'activity.will_come': async (key) => ({ event: { ...VALID_INPUTS[key], activityId: await freshActivity() } }),
  // certificates: the caller has hours in the example's year; verify a number team-vol was issued
  'cert.issue': async (key, role) => {
    const who = callerFor(role);
    if (who) await hourIn2025(cloud, who);
    return { event: { ...VALID_INPUTS[key] } };
  },
  'cert.verify': async (key) => ({ event: { ...VALID_INPUTS[key], number: await issuedNumber() } }),
};
/** The number of team-vol's certificate for 2025. */
async function issuedNumber(): Promise<string> {
  await hourIn2025(cloud, P.teamVolunteer);
  const r = await person(cloud, P.teamVolunteer)('cert', VALID_INPUTS['cert.issue']!);
  if (!r.ok) throw new Error(`issue failed: ${JSON.stringify(r.error)}`);
  return r.data.number as string;
}
/** A publication of 乐修匠 in 金鼎社区 starting in two days (sign-up until tomorrow). */
function activityForm(): Record<string, unknown> {
  const h = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();
  return { ...VALID_INPUTS['activity.publish'], startAt: h(48), endAt: h(51), signUpBy: h(24), withdrawBy: h(24), teamId: TEAM };
}
/** A fresh activity published by 乐修匠's leader: team-vol signed up when asked; under way or ended by its stored times. */
async function freshActivity(opts: { signUp?: boolean; at?: 'under_way' | 'ended' } = {}): Promise<string> {
  const r = await person(cloud, P.leader)('activity', { ...activityForm(), requestId: `req_az_fresh_act_${++cellNo}` });
  if (!r.ok) throw new Error(`publish failed: ${JSON.stringify(r.error)}`);
  const activityId = r.data.activityId as string;
  if (opts.signUp) {
    const s = await person(cloud, P.teamVolunteer)('activity', { action: 'sign_up', activityId });
    if (!s.ok) throw new Error(`sign_up failed: ${JSON.stringify(s.error)}`);
  }
  if (opts.at) {
    const h = (n: number) => new Date(Date.now() + n * 3_600_000);
    const times = opts.at === 'ended' ? { startAt: h(-3), endAt: h(-1) } : { startAt: h(-1), endAt: h(2) };
    await cloud.db.update(
      'activities',
      { _id: activityId },
      { $set: { ...times, signUpBy: h(-4), withdrawBy: h(-4) } },
      { multi: false, replace: false, upsert: false },
    );
  }
  return activityId;
}
/** A new elder of 金鼎社区 (saved by the helper): its id. */
async function freshElder(): Promise<string> {
  const { volunteerKey: _k, ...event } = VALID_INPUTS['visit.save_elder'] as Record<string, unknown>;
  const r = await person(cloud, P.helper)('visit', { ...event, requestId: `req_az_fresh_${++cellNo}`, room: String(800 + cellNo) });
  if (!r.ok) throw new Error(`save_elder failed: ${JSON.stringify(r.error)}`);
  return r.data.elderId as string;
}
/** A clean one-row elders' sheet (a new elder in a room of its own). */
const eldersFile = () =>
  putImportFile(
    cloud,
    Buffer.from(`姓名,出生年份,楼栋码,房号,同意方式,同意日期\n孙秀兰,1948,B-0013,${900 + ++cellNo},本人签字,2026-01-05\n`, 'utf8'),
    'csv',
  );
const demoPlacesFile = () => putImportFile(cloud, Buffer.from(demoSheetText('places'), 'utf8'), 'csv');
/** A fresh elder of 乐修匠's pool and one order of theirs (planned unless said otherwise): its id. */
async function freshVisit(order: Record<string, unknown> = {}): Promise<string> {
  const n = ++cellNo;
  return storeElderVisit(cloud, `az-elder-${n}`, { phone: `0871-6${String(n).padStart(7, '0')}`, order });
}
/** A new open invitation (helper of 金鼎社区), made by the admin: its token. */
async function freshToken(): Promise<string> {
  const r = await person(cloud, P.admin)('people', { ...VALID_INPUTS['people.invite'], role: 'helper' });
  if (!r.ok) throw new Error(`invite failed: ${JSON.stringify(r.error)}`);
  return r.data.token as string;
}
/** Actions that need no data of their own: their example event as is. */
const NO_DATA = new Set([
  'user.whoami',
  'wish.building',
  'wish.places',
  'wish.mine',
  'dispatch.queue',
  'volunteer.profile',
  'volunteer.teams',
  'volunteer.hall',
  'volunteer.wall',
  'volunteer.passbook',
  'volunteer.history',
  'poster.communities',
  'poster.poster',
  'cert.mine',
  'poster.batch',
  'sheets.template',
  'sheets.jobs',
  'sheets.export',
  'people.invite',
  'people.invitations',
  'people.people',
  'people.audit',
  'people.scopes',
  'admin.places',
  'admin.stairwells',
  'admin.teams',
  'admin.sponsors',
  'admin.shop',
  'bank.settings',
  'bank.setting_history',
  'bank.passbook_months',
  'bank.recognition',
  'bank.party_hours',
  'bank.reviews',
  'bank.offices',
  'insight.dashboard',
  'insight.month_report',
  'insight.export_start',
  'insight.exports',
  'bank.prices',
  'bank.households',
  'bank.set_household_tier',
  'bank.quote',
  'bank.money_book',
  'visit.elders',
  'visit.elder',
  'visit.elder_template',
  // redeem
  'bank.rewards',
  'bank.my_reservations',
  'bank.shop_items',
  'bank.save_item',
  'bank.shop_statement',
  'bank.statement_export',
  // ledger
  'bank.accounts',
  'bank.account_entries',
  'bank.waiting_credits',
  'bank.verify',
  'visit.my_visits',
  'activity.list',
  'activity.upcoming',
]);

type Observed = Cell | string;
interface CellResult {
  key: string;
  role: MatrixRole;
  expected: Cell;
  observed: Observed;
  detail: string;
}
const results: CellResult[] = [];

async function runCell(row: Row, role: MatrixRole): Promise<CellResult> {
  const [fn] = row.key.split('.');
  const make = PROBES[row.key] ?? (NO_DATA.has(row.key) ? async (key: string) => ({ event: { ...VALID_INPUTS[key] } }) : undefined);
  if (!make)
    return { key: row.key, role, expected: row.cells[role], observed: 'no probe', detail: `authz.test.ts has no probe for ${row.key}` };
  const probe = await make(row.key, role);
  const caller = callerFor(role, probe.owner);
  const seq0 = cloud.db.seq;
  let r: Called;
  try {
    r = await rec(caller, fn, probe.event);
  } catch (err) {
    return { key: row.key, role, expected: row.cells[role], observed: 'crash', detail: (err as Error).message };
  }
  const wrote = cloud.db.seq - seq0;
  await probe.cleanup?.();
  const code = r.error?.code ?? '';
  const denyCodes = [...DENY_CODES, ...(EXTRA_DENY_CODES[row.key] ?? [])];
  let observed: Observed;
  if (r.ok) observed = 'allow';
  else if (denyCodes.includes(code)) observed = wrote === 0 ? 'deny' : `deny but wrote ${wrote}`;
  else observed = `refused ${code}`;
  if (r.ok && row.key === 'user.whoami' && r.data.openid !== caller) observed = `whoami says ${r.data.openid}`;
  return {
    key: row.key,
    role,
    expected: row.cells[role],
    observed,
    detail: `${caller ?? '(no OPENID)'} → ${JSON.stringify(r.ok ? 'ok' : r.error)}`,
  };
}

beforeAll(async () => {
  cloud = await startFunctionsCloud({ poolSize: 2 });
  cloud.log.quiet = true;
  await addPeople(cloud);
  walker = wishWalker(rec, 'az');
});

afterAll(async () => {
  printFigures();
  await cloud?.stop();
});

// ---------------------------------------------------------------------------------------------

test('the matrix has exactly one row per registry action, and no others', () => {
  const keys = MATRIX.map((r) => r.key);
  assert.deepEqual(
    keys.filter((k, i) => keys.indexOf(k) !== i),
    [],
    'duplicate rows',
  );
  assert.deepEqual(
    ACTIONS.filter((k) => !keys.includes(k)),
    [],
    'registry actions without a row in authz-matrix.ts',
  );
  assert.deepEqual(
    keys.filter((k) => !ACTIONS.includes(k)),
    [],
    'rows for actions the registry does not have',
  );
});

describe('every cell of the matrix', () => {
  for (const row of MATRIX) {
    test(`${row.key}  (${row.source})`, async () => {
      const mine: CellResult[] = [];
      for (const role of ROLES) mine.push(await runCell(row, role));
      results.push(...mine);
      const diff = mine.filter((c) => c.observed !== c.expected);
      assert.deepEqual(
        diff.map((c) => `${c.role}: expected ${c.expected}, got ${c.observed} (${c.detail})`),
        [],
      );
    });
  }
});

// ---------------------------------------------------------------------------------------------

describe('IDOR probes', () => {
  const deny = (r: Called) => !r.ok && [...DENY_CODES, 'TEAM.NOT_FOUND'].includes(r.error?.code ?? '');

  test("another resident, other teams' volunteers, admin and merchant: real and guessed w_<requestId> ids reveal nothing and change nothing", async () => {
    const victims = [
      await walker.wishIn('submitted'),
      await walker.wishIn('dispatched'),
      await walker.wishIn('claimed'),
      await walker.wishIn('completed'),
    ];
    // the walker's requestIds are req_az_<n>: enumerate that pattern (hits real wishes of others) and a few plain guesses
    const guessed = [
      ...Array.from({ length: 40 }, (_x, i) => `w_req_az_${i + 1}`),
      'w_req_12345678',
      'w_0123456789abcdef',
      'w_',
      'w_1',
      'w_constructor',
      'w___proto__',
    ];
    const ids = [...new Set([...victims.map((v) => v.wishId), ...guessed])];
    const events = (wishId: string): Array<[string, Record<string, unknown>]> => [
      ['wish', { action: 'detail', wishId }],
      ['wish', { action: 'cancel', wishId, reason: '不要了' }],
      ['wish', { action: 'rate', wishId, stars: 1, comment: '差评' }],
    ];
    const bad: string[] = [];
    let probes = 0;
    for (const who of [P.otherResident, P.otherVolunteer, P.admin, P.merchant]) {
      for (const wishId of ids) {
        const w = cloud.db.get('wishes').docs.get(wishId) as { filedBy?: string } | undefined;
        if (w?.filedBy === who) continue;
        for (const [fn, event] of events(wishId)) {
          const seq0 = cloud.db.seq;
          const r = await rec(who, fn, event);
          probes++;
          if (!deny(r) || cloud.db.seq !== seq0)
            bad.push(
              `${who} ${fn}.${String(event.action)} ${wishId} → ${JSON.stringify(r.ok ? r.data : r.error)} (wrote ${cloud.db.seq - seq0})`,
            );
          if (JSON.stringify(r).includes('张桂兰')) bad.push(`${who} ${fn}.${String(event.action)} ${wishId} leaked the resident's name`);
        }
      }
      const mine = await rec(who, 'wish', { action: 'mine', page: 0 });
      const listed = (mine.data.items as Array<{ id: string }>).filter((i) => ids.includes(i.id));
      if (listed.length) bad.push(`${who} wish.mine lists other people's wishes ${listed.map((i) => i.id).join(', ')}`);
    }
    assert.ok(probes > 500, `${probes} probes`);
    assert.deepEqual(bad, []);
  });

  test("a non-viewer cannot tell someone else's wish from a missing one (same answer for every wish action)", async () => {
    // README/ARCHITECTURE: "Someone else's wish looks like a missing one" / "ids reveal nothing".
    const theirs = await walker.wishIn('dispatched');
    const wishActions = ACTIONS.filter((k) => 'wishId' in (VALID_INPUTS[k] ?? {}));
    const differ: string[] = [];
    for (const key of wishActions) {
      const [fn] = key.split('.');
      const base = { ...VALID_INPUTS[key], ...(key === 'volunteer.assign' ? { membershipId: `${TEAM}_${P.teamVolunteer}` } : {}) };
      for (const who of [P.otherResident, P.otherVolunteer, P.merchant]) {
        const real = await rec(who, fn, { ...base, wishId: theirs.wishId });
        const missing = await rec(who, fn, { ...base, wishId: 'w_req_az_does_not_exist' });
        if (real.error?.code !== missing.error?.code)
          differ.push(`${key} as ${who}: someone else's wish → ${real.error?.code ?? 'ok'}, a missing id → ${missing.error?.code ?? 'ok'}`);
      }
    }
    assert.deepEqual(differ, [], 'existence oracle: the answer tells a real wish id from a made-up one');
  });

  test("passbook takes no id and answers only the caller's own; ids smuggled in the event are refused or ignored", async () => {
    // make sure the team volunteer has points: a served wish, rated by its owner
    const w = await walker.wishIn('completed');
    const rated = await rec(w.owner, 'wish', { action: 'rate', wishId: w.wishId, stars: 5 });
    assert.equal(rated.data?.credited, true, JSON.stringify(rated));
    const journal = [...cloud.db.get('journal').docs.values()] as unknown as Array<{ _id: string; accounts: string[] }>;
    const bad: string[] = [];
    for (const who of [P.resident, P.otherResident, P.teamVolunteer, P.otherVolunteer, P.leader, P.dispatcher, P.admin, P.merchant]) {
      const r = await rec(who, 'volunteer', { action: 'passbook', page: 0 });
      const account = `passbook:${who}`;
      const stored = cloud.db.get('accounts').docs.get(account) as { balance?: number } | undefined;
      if (r.data.balance !== (stored?.balance ?? 0))
        bad.push(`${who}: balance ${r.data.balance}, own account holds ${stored?.balance ?? 0}`);
      for (const e of r.data.entries as Array<{ id: string }>) {
        const entry = journal.find((j) => j._id === e.id);
        if (!entry?.accounts.includes(account)) bad.push(`${who}: entry ${e.id} is not on their passbook`);
      }
      if (who === P.teamVolunteer && r.data.entries.length === 0) bad.push('the team volunteer sees no entries at all');
      for (const smuggled of [
        { openid: P.teamVolunteer },
        { account: `passbook:${P.teamVolunteer}` },
        { owner: P.teamVolunteer },
        { _openid: P.teamVolunteer },
      ]) {
        const s = await rec(who, 'volunteer', { action: 'passbook', page: 0, ...smuggled });
        if (s.error?.code !== 'INPUT.INVALID')
          bad.push(`${who} passbook with ${JSON.stringify(smuggled)} → ${JSON.stringify(s.ok ? s.data : s.error)}`);
      }
      // WeChat's injected userInfo is dropped, never trusted
      const injected = await rec(who, 'volunteer', {
        action: 'passbook',
        page: 0,
        userInfo: { appId: 'wx0000000000000000', openId: P.teamVolunteer },
      });
      if (JSON.stringify(injected.data) !== JSON.stringify(r.data))
        bad.push(`${who}: passbook with userInfo.openId of the team volunteer differs from their own`);
    }
    assert.deepEqual(bad, []);
  });

  test('members lists of other teams by teamId: refused, nothing written, no phone', async () => {
    const probes: Array<[string, string]> = [
      [P.leader, OTHER_TEAM],
      [P.leader, FREE_TEAM],
      [P.leader, 't-nonexistent'],
      [P.leader, '__proto__'],
      [P.leader, 'constructor'],
      [P.teamVolunteer, TEAM], // a member, not the leader
      [P.otherVolunteer, TEAM],
      [P.dispatcher, TEAM],
      [P.admin, TEAM],
      [P.merchant, OTHER_TEAM],
    ];
    const bad: string[] = [];
    for (const [who, teamId] of probes) {
      const seq0 = cloud.db.seq;
      const r = await rec(who, 'volunteer', { action: 'members', teamId });
      if (!deny(r) || cloud.db.seq !== seq0) bad.push(`${who} members of ${teamId} → ${JSON.stringify(r.ok ? r.data : r.error)}`);
    }
    assert.deepEqual(bad, []);
  });

  test('approving a membership of another team by membershipId: refused, nothing written, still pending', async () => {
    const other = await walker.applicant(OTHER_TEAM);
    const own = await walker.applicant(TEAM);
    const bad: string[] = [];
    const tries: Array<[string, string]> = [
      [P.leader, other.membershipId], // leader of another team
      [other.openid, other.membershipId], // the applicant themself
      [own.openid, own.membershipId],
      [P.teamVolunteer, own.membershipId], // a member, not the leader
      [P.dispatcher, own.membershipId],
      [P.admin, own.membershipId],
      [P.otherVolunteer, own.membershipId], // a member of the other team, not its leader
    ];
    for (const [who, membershipId] of tries) {
      const seq0 = cloud.db.seq;
      const r = await rec(who, 'volunteer', { action: 'approve', membershipId });
      const status = (cloud.db.get('memberships').docs.get(membershipId) as { status?: string }).status;
      if (!deny(r) || cloud.db.seq !== seq0 || status !== 'pending')
        bad.push(`${who} approve ${membershipId} → ${JSON.stringify(r.ok ? r.data : r.error)}, now ${status}`);
    }
    assert.deepEqual(bad, []);
  });

  test('assign to someone outside the team (another team, a pending applicant, a made-up id): TEAM.NOT_MEMBER, nothing written', async () => {
    const pending = await walker.applicant(TEAM);
    const bad: string[] = [];
    for (const membershipId of [
      `${OTHER_TEAM}_${P.otherVolunteer}`,
      pending.membershipId,
      `${TEAM}_nobody`,
      `${TEAM}_${P.otherVolunteer}`,
      `${TEAM}_${P.dispatcher}`,
    ]) {
      const w = await walker.wishIn('dispatched');
      const seq0 = cloud.db.seq;
      const r = await rec(P.leader, 'volunteer', { action: 'assign', wishId: w.wishId, membershipId });
      if (r.error?.code !== 'TEAM.NOT_MEMBER' || cloud.db.seq !== seq0)
        bad.push(`assign to ${membershipId} → ${JSON.stringify(r.ok ? r.data : r.error)} (wrote ${cloud.db.seq - seq0})`);
    }
    assert.deepEqual(bad, []);
  });

  test('identity comes from the WeChat context, never from the event', async () => {
    const bad: string[] = [];
    const asDispatcher = { userInfo: { appId: 'wx0000000000000000', openId: P.dispatcher } };
    const q = await rec(P.otherResident, 'dispatch', { action: 'queue', page: 0, ...asDispatcher });
    if (q.error?.code !== 'AUTH.FORBIDDEN')
      bad.push(`resident + userInfo(dispatcher) dispatch.queue → ${JSON.stringify(q.ok ? 'ok' : q.error)}`);
    const s = await rec(undefined, 'dispatch', { action: 'queue', page: 0, ...asDispatcher });
    if (s.error?.code !== 'AUTH.NO_IDENTITY') bad.push(`no OPENID + userInfo(dispatcher) → ${JSON.stringify(s.ok ? 'ok' : s.error)}`);
    const who = await rec(P.otherResident, 'user', { action: 'whoami', ...asDispatcher });
    if (who.data?.openid !== P.otherResident) bad.push(`whoami with userInfo → ${JSON.stringify(who.data ?? who.error)}`);
    for (const key of ['openid', 'OPENID', '_openid', 'FROM_OPENID', 'filedBy']) {
      const r = await rec(P.otherResident, 'dispatch', { action: 'queue', page: 0, [key]: P.dispatcher });
      if (r.error?.code !== 'INPUT.INVALID') bad.push(`dispatch.queue with ${key} → ${JSON.stringify(r.ok ? 'ok' : r.error)}`);
    }
    assert.deepEqual(bad, []);
  });

  /** Every page of a hall tab. */
  async function hallAll(who: string, tab: 'open' | 'mine'): Promise<Array<{ id: string; contact: { phone: string; masked: boolean } }>> {
    const items = [];
    for (let page = 0; page < 100; page++) {
      const r = await rec(who, 'volunteer', { action: 'hall', tab, page });
      assert.equal(r.ok, true, JSON.stringify(r.error));
      items.push(...r.data.items);
      if (!r.data.hasMore) break;
    }
    return items;
  }

  test('the hall: the open tab shows only my teams\u2019 orders, masked; the mine tab only my claims', async () => {
    const w = await walker.wishIn('dispatched');
    const claimed = await walker.wishIn('claimed');
    const other = await hallAll(P.otherVolunteer, 'open');
    assert.ok(!other.some((i) => i.id === w.wishId), "another team's volunteer sees 乐修匠's open order");
    const card = (await hallAll(P.leader, 'open')).find((i) => i.id === w.wishId);
    assert.equal(card?.contact.masked, true);
    assert.doesNotMatch(card.contact.phone, PHONE);
    for (const who of [P.leader, P.otherVolunteer, P.otherResident, P.dispatcher]) {
      assert.ok(!(await hallAll(who, 'mine')).some((i) => i.id === claimed.wishId), `${who} sees the team volunteer's claim under "mine"`);
    }
    const mine = (await hallAll(P.teamVolunteer, 'mine')).find((i) => i.id === claimed.wishId);
    assert.equal(mine?.contact.phone, claimed.phone, 'the claimant sees the phone to call the resident');
  });

  test("a resident's full phone: exactly its owner, its claimant and the dispatcher see it", async () => {
    const w = await walker.wishIn('claimed');
    const saw: string[] = [];
    for (const role of ROLES) {
      const who = callerFor(role, w.owner);
      const r = await rec(who, 'wish', { action: 'detail', wishId: w.wishId });
      if (JSON.stringify(r).includes(w.phone)) saw.push(role);
      if (r.ok && !JSON.stringify(r).includes(w.phone))
        assert.equal(r.data.contact.masked, true, `${role} sees an unmasked contact without the phone`);
    }
    assert.deepEqual(saw, ['resident', 'team-vol', 'dispatcher'], 'resident = owner, team-vol = the claimant');
  });

  test('filing for someone else (proxy) needs the helper or dispatcher role; refused, nothing written, for everyone else', async () => {
    const bad: string[] = [];
    for (const [who, allowed] of [
      [P.helper, true],
      [P.dispatcher, true],
      [P.resident, false],
      [P.teamVolunteer, false],
      [P.leader, false],
      [P.admin, false],
      [P.merchant, false],
    ] as const) {
      const { phone } = walker.newResident();
      const seq0 = cloud.db.seq;
      const r = await rec(
        who,
        'wish',
        wishForm({
          requestId: `req_az_proxy_${who}`,
          proxy: true,
          contact: { name: '王奶奶', phone },
          helper: { name: '周丽', phone: '13700000001' },
          proxyConsent: true,
        }),
      );
      const got = r.ok
        ? 'allow'
        : r.error?.code === 'AUTH.FORBIDDEN' && cloud.db.seq === seq0
          ? 'deny'
          : `refused ${r.error?.code} (wrote ${cloud.db.seq - seq0})`;
      if (got !== (allowed ? 'allow' : 'deny')) bad.push(`${who}: expected ${allowed ? 'allow' : 'deny'}, got ${got}`);
    }
    assert.deepEqual(bad, []);
  });

  test("submitting with the requestId of someone else's wish: it files the caller's own wish, theirs is untouched", async () => {
    const victim = await walker.wishIn('submitted');
    const before = JSON.stringify(cloud.db.get('wishes').docs.get(victim.wishId));
    const requestId = victim.wishId.replace(/^w_/, '');
    const bad: string[] = [];
    // a different phone (the usual case: an attacker who learned the id from the hall or a URL)
    const { phone } = walker.newResident();
    for (const [label, contactPhone] of [
      ['another phone', phone],
      ['the same phone', victim.phone],
    ] as const) {
      const r = await rec(
        P.otherResident,
        'wish',
        wishForm({ requestId, contact: { name: '李四', phone: contactPhone }, confirmDuplicate: true }),
      );
      // The wish id is derived from the filer and the requestId, so the same requestId from someone else is just another wish.
      if (!r.ok && r.error?.code === 'INTERNAL.ERROR') bad.push(`${label}: INTERNAL.ERROR`);
      if (r.ok && r.data.wishId === victim.wishId) bad.push(`${label}: answered with the victim's wish`);
      if (r.ok && (cloud.db.get('wishes').docs.get(r.data.wishId) as { filedBy?: string } | undefined)?.filedBy !== P.otherResident)
        bad.push(`${label}: the new wish is not the caller's`);
    }
    assert.equal(JSON.stringify(cloud.db.get('wishes').docs.get(victim.wishId)), before, "the victim's wish changed");
    assert.deepEqual(bad, []);
  });
});

test("no answer carries another person's OPENID (except a leader's members list)", () => {
  assert.deepEqual(
    openidHits.filter((h) => !h.allowed).map((h) => `${h.caller} ${h.fnAction} → ${h.openid}`),
    [],
  );
});

test('no answer in this file carries a full phone number to someone not allowed to see it', () => {
  const leaks = phoneHits.filter((h) => !h.allowedAs);
  assert.ok(phoneHits.length > 0, 'the scan saw no phone at all (owners, dispatcher and leader should)');
  assert.deepEqual(
    leaks.map((h) => `${h.caller} ${h.fnAction} → ${h.phone}`),
    [],
  );
});

// ---------------------------------------------------------------------------------------------

function label(openid: string): string {
  const named = Object.entries(P).find(([, id]) => id === openid);
  if (named) return named[0];
  if (openid.includes('-owner-')) return 'resident(owner)';
  if (openid.includes('-applicant-')) return 'applicant';
  return openid;
}

function printFigures(): void {
  const out = ['', `── authorisation matrix: ${MATRIX.length} actions × ${ROLES.length} callers = ${results.length} cells run ──`];
  const w = 11;
  out.push(['role'.padEnd(w), 'allowed', 'denied', 'expected a/d', 'differences'].join('  '));
  for (const role of ROLES) {
    const mine = results.filter((r) => r.role === role);
    const a = mine.filter((r) => r.observed === 'allow').length;
    const d = mine.filter((r) => r.observed === 'deny').length;
    const ea = mine.filter((r) => r.expected === 'allow').length;
    out.push(
      [
        role.padEnd(w),
        String(a).padStart(7),
        String(d).padStart(6),
        `${ea}/${mine.length - ea}`.padStart(12),
        String(mine.filter((r) => r.observed !== r.expected).length).padStart(11),
      ].join('  '),
    );
  }
  const diffs = results.filter((r) => r.observed !== r.expected);
  out.push(`differences: ${diffs.length}`);
  for (const d of diffs) out.push(`  ${d.key} as ${d.role}: expected ${d.expected}, got ${d.observed} — ${d.detail}`);
  const byPair = new Map<string, number>();
  for (const h of phoneHits) {
    const k = `${label(h.caller)} ${h.fnAction} [${h.allowedAs ?? 'NOT ALLOWED'}]`;
    byPair.set(k, (byPair.get(k) ?? 0) + 1);
  }
  out.push(
    `phone scan: ${answers} answers, ${phoneHits.length} full phone numbers, ${phoneHits.filter((h) => !h.allowedAs).length} not allowed`,
  );
  for (const [k, n] of [...byPair].sort()) out.push(`  ${String(n).padStart(4)}  ${k}`);
  const others = new Map<string, number>();
  for (const h of openidHits) {
    const k = `${label(h.caller)} ${h.fnAction} [${h.allowed ? 'leader, members list' : 'NOT ALLOWED'}]`;
    others.set(k, (others.get(k) ?? 0) + 1);
  }
  out.push(
    `OPENID scan: ${openidHits.length} other people's OPENIDs in answers, ${openidHits.filter((h) => !h.allowed).length} not allowed`,
  );
  for (const [k, n] of [...others].sort()) out.push(`  ${String(n).padStart(4)}  ${k}`);
  out.push(`file ${Date.now() - t0} ms`);
  console.log(out.join('\n'));
}
