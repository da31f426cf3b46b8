// Bad input: for EVERY action in the registry, hundreds of hostile events through the real function
// host as plausible callers. Nothing may crash the host, nothing may answer INTERNAL.ERROR, every
// refusal code must be a known one, no answer may carry a stack trace, and a refused call must write
// nothing (cloud.db.seq unchanged; calls run one at a time).
//
// Per action: a systematic pass (every field × one value of every bad kind, every field removed,
// prototype/operator keys added to every object, action variants), then FAST_CHECK_RUNS (default
// 150, seeded by FAST_CHECK_SEED, a new seed each run) random events: fast-check mutations of a valid event (~88%),
// fc.anything() events with and without the right `action` (~10%), and a few valid events (~2%). Each valid event points at real data set up for it (a wish in the state the
// action needs, a pending application…), so mutations that stay valid reach the handlers.
//
// Not a test file: bad-input.test.ts and bad-input-b.test.ts each run one half of the registry's
// actions (every other one), so the two halves run in parallel workers.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import fc from 'fast-check';
import type { LocalCloud } from '../../localcloud';
import { ERROR_CODES } from '../../src/domain/errors';
import { registry } from '../../src/domain/schemas';
import { addDays, businessDate } from '../../src/domain/time';
import { VALID_INPUTS } from '../domain/schema-examples';
import { seedActivity } from '../helpers/activities';
import { startFunctionsCloud } from '../helpers/functions';
import { freshReservation, openWindow, volunteerWithPoints } from '../helpers/redeem';
import { clientCall, wishForm, type Called } from '../helpers/people';
import { storeElderVisit } from '../helpers/elders';
import { hourIn2025 } from '../helpers/journal';
import { demoSheetText } from '../../scripts/demo-data';
import { putImportFile } from '../../scripts/demo-import';
import {
  anythingEvent,
  anythingWithAction,
  applyMutations,
  mutations,
  preview,
  seedFor,
  systematicMutations,
  type Mutation,
} from './arbitraries';
import { addPeople, FREE_TEAM, P, plainCaller, TEAM, wishWalker, type Walker } from './authz-world';
import { documentedErrors } from './input-docs';
import { tokenHash } from '../../cloudfunctions/_lib/collections/invitations';
import { volunteerKey } from '../../cloudfunctions/_lib/collections/volunteers';

// 150 per action keeps `npm test` within CI's time; the seed changes every run, so runs add up, and
// FAST_CHECK_RUNS=1000 makes one deep run
const RUNS = Math.max(20, Number(process.env.FAST_CHECK_RUNS ?? 150));
const SEED = Number(process.env.FAST_CHECK_SEED ?? 20240501);
const N_VALID = Math.max(3, Math.round(RUNS * 0.02));
const N_ANY = Math.max(2, Math.round(RUNS * 0.05));
const N_MUT = RUNS - N_VALID - 2 * N_ANY;

/** Every `fn.action` in the registry: actions added later are fuzzed without touching this file. */
const ACTIONS = Object.entries(registry).flatMap(([fn, actions]) => Object.keys(actions).map((a) => `${fn}.${a}`));
const ALL_ACTION_NAMES = [...new Set(Object.values(registry).flatMap((actions) => Object.keys(actions)))];

type CallerKind = 'resident' | 'volunteer' | 'dispatcher' | 'leader' | 'admin' | 'merchant' | 'stranger';

/** What a fuzzed action calls with: a valid event built on real data, and who would plausibly send it. */
interface Target {
  base: () => Record<string, unknown>;
  plausible: CallerKind;
  /** The resident for this action (a wish's owner), else demo-resident. */
  resident?: string;
}

/** Real data for the actions that act on something; any other action uses its example as is. */
const SETUPS: Record<string, (w: Walker) => Promise<Partial<Target>>> = {
  'wish.submit': async () => {
    let n = 0;
    // a fresh requestId per call and confirmDuplicate, so mutations that stay valid get past the
    // retry and duplicate checks to the quota, msgSecCheck and the insert
    return {
      plausible: 'resident',
      base: () => ({ ...VALID_INPUTS['wish.submit'], requestId: `req_fuzz_${++n}`, confirmDuplicate: true }),
    };
  },
  'wish.detail': async (w) => {
    const x = await w.wishIn('dispatched');
    return { plausible: 'resident', resident: x.owner, base: () => ({ ...VALID_INPUTS['wish.detail'], wishId: x.wishId }) };
  },
  'wish.cancel': async (w) => {
    const x = await w.wishIn('dispatched');
    return { plausible: 'resident', resident: x.owner, base: () => ({ ...VALID_INPUTS['wish.cancel'], wishId: x.wishId }) };
  },
  'wish.rate': async (w) => {
    const x = await w.wishIn('completed');
    return { plausible: 'resident', resident: x.owner, base: () => ({ ...VALID_INPUTS['wish.rate'], wishId: x.wishId }) };
  },
  'dispatch.queue': async () => ({ plausible: 'dispatcher' }),
  'dispatch.suggest': async (w) => {
    const x = await w.wishIn('submitted');
    return { plausible: 'dispatcher', resident: x.owner, base: () => ({ ...VALID_INPUTS['dispatch.suggest'], wishId: x.wishId }) };
  },
  'dispatch.dispatch': async (w) => {
    const x = await w.wishIn('submitted');
    return {
      plausible: 'dispatcher',
      resident: x.owner,
      base: () => ({ ...VALID_INPUTS['dispatch.dispatch'], wishId: x.wishId, teamId: TEAM }),
    };
  },
  'dispatch.reject': async (w) => {
    const x = await w.wishIn('submitted');
    return { plausible: 'dispatcher', resident: x.owner, base: () => ({ ...VALID_INPUTS['dispatch.reject'], wishId: x.wishId }) };
  },
  'volunteer.register': async () => ({ plausible: 'resident', resident: 'sec-registrant' }),
  'volunteer.profile': async () => ({ plausible: 'volunteer' }),
  'volunteer.teams': async () => ({ plausible: 'volunteer' }),
  'volunteer.join': async () => ({ plausible: 'volunteer', base: () => ({ ...VALID_INPUTS['volunteer.join'], teamId: FREE_TEAM }) }),
  'volunteer.members': async () => ({ plausible: 'leader', base: () => ({ ...VALID_INPUTS['volunteer.members'], teamId: TEAM }) }),
  'volunteer.approve': async (w) => {
    const a = await w.applicant(TEAM);
    return { plausible: 'leader', base: () => ({ ...VALID_INPUTS['volunteer.approve'], membershipId: a.membershipId }) };
  },
  'volunteer.hall': async () => ({ plausible: 'volunteer' }),
  'volunteer.claim': async (w) => {
    const x = await w.wishIn('dispatched');
    return { plausible: 'volunteer', resident: x.owner, base: () => ({ ...VALID_INPUTS['volunteer.claim'], wishId: x.wishId }) };
  },
  'volunteer.assign': async (w) => {
    const x = await w.wishIn('dispatched');
    return {
      plausible: 'leader',
      resident: x.owner,
      base: () => ({ ...VALID_INPUTS['volunteer.assign'], wishId: x.wishId, membershipId: `${TEAM}_${P.teamVolunteer}` }),
    };
  },
  'volunteer.release': async (w) => {
    const x = await w.wishIn('claimed');
    return { plausible: 'volunteer', resident: x.owner, base: () => ({ ...VALID_INPUTS['volunteer.release'], wishId: x.wishId }) };
  },
  'volunteer.return': async (w) => {
    const x = await w.wishIn('dispatched');
    return { plausible: 'leader', resident: x.owner, base: () => ({ ...VALID_INPUTS['volunteer.return'], wishId: x.wishId }) };
  },
  'volunteer.plan_visit': async (w) => {
    const x = await w.wishIn('claimed');
    const date = businessDate(addDays(new Date(), 1));
    return { plausible: 'volunteer', resident: x.owner, base: () => ({ ...VALID_INPUTS['volunteer.plan_visit'], wishId: x.wishId, date }) };
  },
  'volunteer.check_in': async (w) => {
    const x = await w.wishIn('claimed');
    return { plausible: 'volunteer', resident: x.owner, base: () => ({ ...VALID_INPUTS['volunteer.check_in'], wishId: x.wishId }) };
  },
  'volunteer.complete': async (w) => {
    const x = await w.wishIn('in_service');
    return { plausible: 'volunteer', resident: x.owner, base: () => ({ ...VALID_INPUTS['volunteer.complete'], wishId: x.wishId }) };
  },
  'volunteer.passbook': async () => ({ plausible: 'volunteer' }),
  'volunteer.history': async () => ({ plausible: 'volunteer' }),
  'volunteer.team_orders': async () => ({ plausible: 'leader', base: () => ({ ...VALID_INPUTS['volunteer.team_orders'], teamId: TEAM }) }),
  'volunteer.confirm_minutes': async (w) => {
    const x = await w.wishIn('completed', { minutes: 240 });
    return { plausible: 'leader', resident: x.owner, base: () => ({ ...VALID_INPUTS['volunteer.confirm_minutes'], wishId: x.wishId }) };
  },
  'people.invite': async () => ({ plausible: 'admin' }),
  'people.invite_code': async () => {
    const token = await adminToken();
    return { plausible: 'admin', base: () => ({ ...VALID_INPUTS['people.invite_code'], token }) };
  },
  'people.invitations': async () => ({ plausible: 'admin' }),
  'people.revoke_invitation': async () => {
    const invitationId = tokenHash(await adminToken());
    return { plausible: 'admin', base: () => ({ ...VALID_INPUTS['people.revoke_invitation'], invitationId }) };
  },
  'people.preview': async () => {
    const token = await adminToken();
    return { plausible: 'resident', base: () => ({ ...VALID_INPUTS['people.preview'], token }) };
  },
  'people.accept': async () => {
    const token = await adminToken();
    return { plausible: 'resident', resident: 'sec-invitee', base: () => ({ ...VALID_INPUTS['people.accept'], token }) };
  },
  'people.people': async () => ({ plausible: 'admin' }),
  'people.revoke_grant': async () => ({ plausible: 'admin' }),
  'people.audit': async () => ({ plausible: 'admin' }),
  'people.scopes': async () => ({ plausible: 'admin' }),
  // The admin area: its own stairwell and team, so fuzzed retirements and switches touch nothing the other actions use.
  'admin.places': async () => ({ plausible: 'admin' }),
  'admin.stairwells': async () => ({ plausible: 'admin' }),
  'admin.retire_stairwell': async () => {
    await cloud.db.insert('buildings', [
      { _id: 'BI-0001', name: '9栋', estateName: '翠湖小区', communityId: 'c-jinding', communityName: '金鼎社区', fixes: 'building' },
    ]);
    return { plausible: 'admin', base: () => ({ ...VALID_INPUTS['admin.retire_stairwell'], code: 'BI-0001' }) };
  },
  'admin.teams': async () => ({ plausible: 'admin' }),
  'admin.team_active': async () => {
    await cloud.db.insert('teams', [{ _id: 't-bi-fuzz', name: '模糊测试队', specialties: ['general'], communities: [], active: false }]);
    return { plausible: 'admin', base: () => ({ ...VALID_INPUTS['admin.team_active'], teamId: 't-bi-fuzz', active: false }) };
  },
  'admin.sponsors': async () => ({ plausible: 'admin' }),
  'admin.grant_budget': async () => ({ plausible: 'admin' }),
  'admin.shop': async () => ({ plausible: 'merchant' }),
  'bank.settings': async () => ({ plausible: 'admin' }),
  'bank.set_setting': async () => ({ plausible: 'admin' }),
  'bank.setting_history': async () => ({ plausible: 'admin' }),
  'bank.passbook_months': async () => ({ plausible: 'volunteer' }),
  'bank.recognition': async () => ({ plausible: 'volunteer' }),
  'bank.party_hours': async () => ({ plausible: 'admin' }),
  'bank.reviews': async () => ({ plausible: 'admin' }),
  'bank.offices': async () => ({ plausible: 'admin' }),
  'insight.dashboard': async () => ({ plausible: 'admin' }),
  'insight.month_report': async () => ({ plausible: 'admin' }),
  'insight.export_start': async () => {
    let n = 0;
    return { plausible: 'admin', base: () => ({ ...VALID_INPUTS['insight.export_start'], requestId: `req_bi_export_${n++}` }) };
  },
  'insight.export_step': async () => {
    const started = await clientCall(cloud, P.admin, 'insight', {
      ...VALID_INPUTS['insight.export_start'],
      requestId: 'req_bi_export_step',
    });
    return {
      plausible: 'admin',
      base: () => ({ ...VALID_INPUTS['insight.export_step'], jobId: (started.data as { jobId: string }).jobId }),
    };
  },
  'insight.exports': async () => ({ plausible: 'admin' }),
  'bank.prices': async () => ({ plausible: 'resident' }),
  'bank.households': async () => ({ plausible: 'dispatcher' }),
  'bank.set_household_tier': async () => ({ plausible: 'dispatcher' }),
  'bank.quote': async () => ({ plausible: 'resident' }),
  'bank.money_book': async () => ({ plausible: 'admin' }),
  'bank.fund_topup': async () => ({ plausible: 'admin' }),
  // redeem: demo-volunteer with points in an open window; the counter's actions on a real held reservation.
  'bank.rewards': async () => ({ plausible: 'volunteer' }),
  'bank.reserve': async () => {
    await volunteerWithPoints(cloud.db, P.teamVolunteer, 3000);
    await openWindow(cloud.db);
    let n = 0;
    return { plausible: 'volunteer', base: () => ({ ...VALID_INPUTS['bank.reserve'], requestId: `req_bi_reserve_${n++}` }) };
  },
  'bank.my_reservations': async () => ({ plausible: 'volunteer' }),
  'bank.cancel_reservation': async () => {
    const { reservationId } = await freshReservation(cloud, P.teamVolunteer);
    return { plausible: 'volunteer', base: () => ({ ...VALID_INPUTS['bank.cancel_reservation'], reservationId }) };
  },
  'bank.shop_items': async () => ({ plausible: 'merchant' }),
  'bank.save_item': async () => ({ plausible: 'merchant' }),
  'bank.lookup_code': async () => {
    const { digits } = await freshReservation(cloud, P.teamVolunteer);
    return { plausible: 'merchant', base: () => ({ ...VALID_INPUTS['bank.lookup_code'], code: digits }) };
  },
  'bank.redeem': async () => {
    const { reservationId } = await freshReservation(cloud, P.teamVolunteer);
    return { plausible: 'merchant', base: () => ({ ...VALID_INPUTS['bank.redeem'], reservationId }) };
  },
  'bank.shop_statement': async () => ({ plausible: 'merchant' }),
  'bank.statement_export': async () => ({ plausible: 'merchant' }),
  // ledger
  'bank.accounts': async () => ({ plausible: 'admin' }),
  'bank.account_entries': async () => ({ plausible: 'admin' }),
  'bank.correct': async () => ({ plausible: 'admin' }),
  'bank.waiting_credits': async () => ({ plausible: 'admin' }),
  'bank.verify': async () => ({ plausible: 'admin' }),
  'bank.office_grant': async () => ({ plausible: 'admin' }),
  'bank.bonus': async () => ({ plausible: 'admin' }),
  'dispatch.award': async (w) => {
    const x = await w.sentBack();
    return { plausible: 'dispatcher', resident: x.owner, base: () => ({ ...VALID_INPUTS['dispatch.award'], wishId: x.wishId }) };
  },
  // The admin's import: a real uploaded sheet (the demo's places: clean, changing nothing) and a real job.
  'sheets.template': async () => ({ plausible: 'admin' }),
  'sheets.jobs': async () => ({ plausible: 'admin' }),
  'sheets.export': async () => ({ plausible: 'admin' }),
  'sheets.check': async () => {
    const fileID = await demoPlacesFile();
    return { plausible: 'admin', base: () => ({ ...VALID_INPUTS['sheets.check'], kind: 'places', fileID }) };
  },
  'sheets.apply': async () => {
    const fileID = await demoPlacesFile();
    return { plausible: 'admin', base: () => ({ ...VALID_INPUTS['sheets.apply'], kind: 'places', fileID }) };
  },
  'sheets.job': async () => {
    const started = await clientCall(cloud, P.admin, 'sheets', { action: 'apply', kind: 'places', fileID: await demoPlacesFile() });
    return { plausible: 'admin', base: () => ({ ...VALID_INPUTS['sheets.job'], jobId: (started.data as { jobId: string }).jobId }) };
  },
  // sponsors: 新增赞助方 (a fresh request id each), changing the street's sponsor, the merchant's shop profile
  'admin.create_sponsor': async () => {
    let n = 0;
    return { plausible: 'admin', base: () => ({ ...VALID_INPUTS['admin.create_sponsor'], requestId: `req_bi_sponsor_${n++}` }) };
  },
  'admin.update_sponsor': async () => ({ plausible: 'admin' }),
  'admin.edit_shop': async () => ({ plausible: 'merchant' }),
  // SLA: the weekly service day (a wish at the centre; the dispatcher)
  'dispatch.schedule_service_day': async (w) => {
    const x = await w.wishIn('submitted');
    return {
      plausible: 'dispatcher',
      resident: x.owner,
      base: () => ({ ...VALID_INPUTS['dispatch.schedule_service_day'], wishId: x.wishId }),
    };
  },
  // 微心愿墙: a wish filed with the consent to publish; an open activity of 金鼎社区 to fold a wish into; the wall.
  'dispatch.publish_to_wall': async (w) => {
    const x = await w.wishIn('submitted', { wall: true });
    return { plausible: 'dispatcher', resident: x.owner, base: () => ({ ...VALID_INPUTS['dispatch.publish_to_wall'], wishId: x.wishId }) };
  },
  'dispatch.attach_to_activity': async (w) => {
    const [x, a] = [await w.wishIn('submitted'), await seedActivity(cloud.db)];
    return {
      plausible: 'dispatcher',
      resident: x.owner,
      base: () => ({ ...VALID_INPUTS['dispatch.attach_to_activity'], wishId: x.wishId, activityId: a._id }),
    };
  },
  'volunteer.wall': async () => ({ plausible: 'volunteer' }),
  // Visit orders: a real order of 乐修匠's pool to record, and one recorded 需要帮助 to turn into a wish.
  'visit.my_visits': async () => ({ plausible: 'volunteer' }),
  'visit.record': async () => {
    const visitId = await fuzzVisit('bi-elder-record');
    return { plausible: 'volunteer', base: () => ({ ...VALID_INPUTS['visit.record'], visitId }) };
  },
  'visit.to_wish': async () => {
    const visitId = await fuzzVisit('bi-elder-wish', { status: 'done', outcome: 'needs_help' });
    return { plausible: 'volunteer', base: () => ({ ...VALID_INPUTS['visit.to_wish'], visitId }) };
  },
  'visit.quote': async () => {
    const visitId = await fuzzVisit('bi-elder-quote', { status: 'done', outcome: 'needs_help' });
    return { plausible: 'volunteer', base: () => ({ ...VALID_INPUTS['visit.quote'], visitId }) };
  },
  // the elders' registry: saves with a fresh request id each (no named volunteer); a fuzz elder of its
  // own to retire; a clean elders' sheet and a real job of the dispatcher's.
  'visit.elders': async () => ({ plausible: 'dispatcher' }),
  'visit.elder': async () => ({ plausible: 'dispatcher' }),
  'visit.save_elder': async () => {
    const { volunteerKey: _k, ...event } = VALID_INPUTS['visit.save_elder'] as Record<string, unknown>;
    let n = 0;
    return { plausible: 'dispatcher', base: () => ({ ...event, requestId: `req_bi_elder_${n++}` }) };
  },
  'visit.retire_elder': async () => {
    const { volunteerKey: _k, ...event } = VALID_INPUTS['visit.save_elder'] as Record<string, unknown>;
    const made = await clientCall(cloud, P.dispatcher, 'visit', { ...event, requestId: 'req_bi_retire_elder', room: '901' });
    const elderId = (made.data as { elderId: string }).elderId;
    return { plausible: 'dispatcher', base: () => ({ ...VALID_INPUTS['visit.retire_elder'], elderId }) };
  },
  'visit.elder_template': async () => ({ plausible: 'dispatcher' }),
  'visit.elder_check': async () => {
    const fileID = await eldersFile();
    return { plausible: 'dispatcher', base: () => ({ ...VALID_INPUTS['visit.elder_check'], fileID }) };
  },
  'visit.elder_import': async () => {
    const fileID = await eldersFile();
    return { plausible: 'dispatcher', base: () => ({ ...VALID_INPUTS['visit.elder_import'], fileID }) };
  },
  'visit.elder_import_job': async () => {
    const started = await clientCall(cloud, P.dispatcher, 'visit', { ...VALID_INPUTS['visit.elder_import'], fileID: await eldersFile() });
    return {
      plausible: 'dispatcher',
      base: () => ({ ...VALID_INPUTS['visit.elder_import_job'], jobId: (started.data as { jobId: string }).jobId }),
    };
  },
  // the weekly digest: the centre's, and a leader's team
  'dispatch.digest': async () => ({ plausible: 'dispatcher' }),
  // activities: a real activity each (published by the street's dispatcher), team-vol signed up where
  // the action acts on a sign-up, under way (scan, correct) or ended (close) by its stored times
  'activity.publish': async () => {
    let n = 0;
    return { plausible: 'dispatcher', base: () => ({ ...fuzzActivityForm(), requestId: `req_bi_act_${n++}` }) };
  },
  'activity.list': async () => ({ plausible: 'volunteer' }),
  'activity.detail': async () => onActivity('detail', 'dispatcher'),
  'activity.sign_up': async () => onActivity('sign_up', 'volunteer'),
  'activity.withdraw': async () => onActivity('withdraw', 'volunteer', { signUp: true }),
  'activity.code': async () => onActivity('code', 'dispatcher'),
  'activity.scan': async () => {
    const activityId = await fuzzActivity({ signUp: true, at: 'under_way' });
    const code = await clientCall(cloud, P.dispatcher, 'activity', { action: 'code', activityId });
    return { plausible: 'volunteer', base: () => ({ action: 'scan', code: (code.data as { qr: string }).qr, activityId }) };
  },
  'activity.correct_times': async () => {
    const activityId = await fuzzActivity({ signUp: true, at: 'under_way' });
    const a = cloud.db.get('activities').docs.get(activityId) as unknown as { startAt: Date; endAt: Date };
    const times = { checkInAt: new Date(a.startAt).toISOString(), checkOutAt: new Date(a.endAt).toISOString() };
    return {
      plausible: 'dispatcher',
      base: () => ({ ...VALID_INPUTS['activity.correct_times'], activityId, signUpId: volunteerKey(P.teamVolunteer), ...times }),
    };
  },
  'activity.close': async () => onActivity('close', 'dispatcher', { signUp: true, at: 'ended' }),
  'activity.cancel': async () => onActivity('cancel', 'dispatcher', { signUp: true }),
  'activity.upcoming': async () => ({ plausible: 'resident' }),
  'activity.will_come': async () => onActivity('will_come', 'resident'),
  // certificates: the volunteer has an hour in the example's year, and a certificate to verify
  'cert.issue': async () => {
    await hourIn2025(cloud, P.teamVolunteer);
    return { plausible: 'volunteer' };
  },
  'cert.mine': async () => ({ plausible: 'volunteer' }),
  'cert.verify': async () => {
    await hourIn2025(cloud, P.teamVolunteer);
    const issued = await clientCall(cloud, P.teamVolunteer, 'cert', VALID_INPUTS['cert.issue']!);
    const number = (issued.data as { number: string }).number;
    return { plausible: 'resident', base: () => ({ ...VALID_INPUTS['cert.verify'], number }) };
  },
};
/** A publication in 金鼎社区 starting in two days. */
function fuzzActivityForm(): Record<string, unknown> {
  const h = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();
  const { teamId: _t, ...form } = VALID_INPUTS['activity.publish'] as Record<string, unknown>;
  return { ...form, startAt: h(48), endAt: h(51), signUpBy: h(24), withdrawBy: h(24) };
}
let fuzzActivities = 0;
/** A real activity: team-vol signed up when asked; under way or ended by its stored times. */
async function fuzzActivity(opts: { signUp?: boolean; at?: 'under_way' | 'ended' } = {}): Promise<string> {
  const made = await clientCall(cloud, P.dispatcher, 'activity', {
    ...fuzzActivityForm(),
    requestId: `req_bi_fuzz_act_${fuzzActivities++}`,
  });
  const activityId = (made.data as { activityId: string }).activityId;
  if (opts.signUp) await clientCall(cloud, P.teamVolunteer, 'activity', { action: 'sign_up', activityId });
  if (opts.at) {
    const h = (n: number) => new Date(Date.now() + n * 3_600_000);
    const times = opts.at === 'ended' ? { startAt: h(-3), endAt: h(-1) } : { startAt: h(-1), endAt: h(2) };
    const $set = { ...times, signUpBy: h(-4), withdrawBy: h(-4) };
    await cloud.db.update('activities', { _id: activityId }, { $set }, { multi: false, replace: false, upsert: false });
  }
  return activityId;
}
async function onActivity(action: string, plausible: CallerKind, opts: Parameters<typeof fuzzActivity>[0] = {}): Promise<Partial<Target>> {
  const activityId = await fuzzActivity(opts);
  return { plausible, base: () => ({ ...VALID_INPUTS[`activity.${action}`], activityId }) };
}
let elderRooms = 950;
/** A clean one-row elders' sheet (a new elder in a room of its own). */
const eldersFile = () =>
  putImportFile(
    cloud,
    Buffer.from(`姓名,出生年份,楼栋码,房号,同意方式,同意日期\n孙秀兰,1948,B-0013,${++elderRooms},本人签字,2026-01-05\n`, 'utf8'),
    'csv',
  );
const demoPlacesFile = () => putImportFile(cloud, Buffer.from(demoSheetText('places'), 'utf8'), 'csv');

/** An elder of 乐修匠's pool and one order of theirs due today: its id. */
const fuzzVisit = (elderId: string, order: Record<string, unknown> = {}) => storeElderVisit(cloud, elderId, { order });

/** A new open invitation made by the admin (through the function): its token. */
async function adminToken(): Promise<string> {
  const r = await plainCaller(cloud)(P.admin, 'people', { ...VALID_INPUTS['people.invite'], role: 'helper' });
  if (!r.ok) throw new Error(`invite failed: ${JSON.stringify(r.error)}`);
  return r.data.token as string;
}

/** One payload: how it was made, who sends it, and the event (mutations are applied at call time). */
type Payload =
  | { kind: 'mutation' | 'systematic'; caller: CallerKind; muts: Mutation[] }
  | { kind: 'anything' | 'anything+action'; caller: CallerKind; event: unknown }
  | { kind: 'valid'; caller: CallerKind };

function callerArb(plausible: CallerKind): fc.Arbitrary<CallerKind> {
  const others = (['resident', 'volunteer', 'dispatcher'] as const).filter((k) => k !== plausible);
  return fc.oneof(
    { weight: 8, arbitrary: fc.constant(plausible) },
    ...others.map((k) => ({ weight: 2, arbitrary: fc.constant<CallerKind>(k) })),
    { weight: 2, arbitrary: fc.constant<CallerKind>('stranger') },
  );
}

/** The payloads of one action, the same for the same seed and run count. */
function payloadsFor(key: string, example: Record<string, unknown>, plausible: CallerKind): Payload[] {
  const action = key.split('.')[1];
  const seed = seedFor(key, SEED);
  const caller = callerArb(plausible);
  const mut = fc.sample(fc.record({ caller, muts: mutations(example, ALL_ACTION_NAMES) }), { seed, numRuns: N_MUT });
  const any = fc.sample(fc.record({ caller, event: anythingEvent() }), { seed: seed ^ 0x5a5a, numRuns: N_ANY });
  const anyAction = fc.sample(fc.record({ caller, event: anythingWithAction(action) }), { seed: seed ^ 0xa5a5, numRuns: N_ANY });
  return [
    ...Array.from({ length: N_VALID }, (): Payload => ({ kind: 'valid', caller: plausible })),
    ...systematicMutations(example).map((muts): Payload => ({ kind: 'systematic', caller: plausible, muts })),
    ...mut.map((m): Payload => ({ kind: 'mutation', ...m })),
    ...any.map((a): Payload => ({ kind: 'anything', ...a })),
    ...anyAction.map((a): Payload => ({ kind: 'anything+action', ...a })),
  ];
}

interface Sample {
  caller: CallerKind;
  event: string;
  answer: string;
}
interface Stats {
  calls: number;
  accepted: number;
  refused: number;
  byCode: Map<string, number>;
  crashes: Sample[];
  internal: Sample[];
  /** Refused calls that changed cloud.db.seq, and how many writes they made in all. */
  refusedWriters: Sample[];
  refusedWrites: number;
  unknownCodes: Sample[];
  stackEchoes: Sample[];
  undocumented: Map<string, Sample>;
  maxAnswerBytes: number;
  ms: number;
}

/** Stack-trace shapes; a hit counts only when the event itself did not carry that text. */
const STACK_PATTERNS = [
  /\n\s+at\s+\S/,
  /\bat\s+(?:async\s+)?[\w$.<>]+\s+\([^)]*:\d+:\d+\)/,
  /[\w.-]+\.(?:js|ts|cjs|mjs):\d+:\d+/,
  /node:internal\//,
  /\b(?:TypeError|ReferenceError|RangeError|SyntaxError): /,
  /wx-server-sdk\/|node_modules\//,
];

let cloud: LocalCloud;
const targets = new Map<string, Target>();
const stats = new Map<string, Stats>();
const DOCS = documentedErrors();
const t0 = Date.now();
let setupMs = 0;

function openidOf(kind: CallerKind, target: Target): string | undefined {
  switch (kind) {
    case 'resident':
      return target.resident ?? P.resident;
    case 'volunteer':
      return P.teamVolunteer;
    case 'dispatcher':
      return P.dispatcher;
    case 'leader':
      return P.leader;
    case 'admin':
      return P.admin;
    case 'merchant':
      return P.merchant;
    case 'stranger':
      return undefined;
  }
}

async function fuzz(key: string): Promise<Stats> {
  const [fn] = key.split('.');
  const target = targets.get(key)!;
  const st: Stats = {
    calls: 0,
    accepted: 0,
    refused: 0,
    byCode: new Map(),
    crashes: [],
    internal: [],
    refusedWriters: [],
    refusedWrites: 0,
    unknownCodes: [],
    stackEchoes: [],
    undocumented: new Map(),
    maxAnswerBytes: 0,
    ms: 0,
  };
  const started = Date.now();
  // A mutated `action` may name another action of the same function: its codes are that action's.
  const calledKey = (event: unknown): string => {
    const a = typeof event === 'object' && event !== null ? (event as { action?: unknown }).action : undefined;
    return typeof a === 'string' && Object.prototype.hasOwnProperty.call(registry[fn as keyof typeof registry], a) ? `${fn}.${a}` : key;
  };
  const documented = (event: unknown) => new Set([...(DOCS.perAction.get(calledKey(event)) ?? []), ...DOCS.everywhere]);
  for (const p of payloadsFor(key, VALID_INPUTS[key], target.plausible)) {
    const base = target.base();
    const event = p.kind === 'valid' ? base : 'muts' in p ? applyMutations(base, p.muts) : p.event;
    const openid = openidOf(p.caller, target);
    const sample = (answer: unknown): Sample => ({ caller: p.caller, event: preview(event), answer: preview(answer, 400) });
    st.calls++;
    const seq0 = cloud.db.seq;
    let r: Called;
    try {
      r = await plainCaller(cloud)(openid, fn, event as Record<string, unknown>);
    } catch (err) {
      st.crashes.push(sample(String((err as Error).message)));
      continue;
    }
    const { requests: _requests, ...answer } = r;
    const text = JSON.stringify(answer);
    st.maxAnswerBytes = Math.max(st.maxAnswerBytes, Buffer.byteLength(text));
    let sent = '';
    try {
      sent = JSON.stringify(event) ?? '';
    } catch {
      sent = '';
    }
    if (STACK_PATTERNS.some((re) => re.test(text) && !re.test(sent))) st.stackEchoes.push(sample(answer));
    if (r.ok) {
      st.accepted++;
      continue;
    }
    st.refused++;
    const code = String(r.error?.code);
    st.byCode.set(code, (st.byCode.get(code) ?? 0) + 1);
    if (!(ERROR_CODES as readonly string[]).includes(code)) st.unknownCodes.push(sample(answer));
    if (code === 'INTERNAL.ERROR') st.internal.push(sample(answer));
    const undocumentedKey = `${calledKey(event)} ${code}`;
    if (!documented(event).has(code) && !st.undocumented.has(undocumentedKey)) st.undocumented.set(undocumentedKey, sample(answer));
    const wrote = cloud.db.seq - seq0;
    if (wrote !== 0) {
      st.refusedWrites += wrote;
      st.refusedWriters.push(sample(answer));
    }
  }
  st.ms = Date.now() - started;
  return st;
}

const show = (label: string, samples: Sample[]) =>
  samples.length === 0
    ? ''
    : `\n${label} (${samples.length}), first ones:\n` +
      samples
        .slice(0, 3)
        .map((s) => `  as ${s.caller}: ${s.event}\n    → ${s.answer}`)
        .join('\n');

/**
 * The suite for one half of the actions: `part` 0 or 1 of 2 (every other action of the registry, so
 * both halves mix cheap and costly actions). Part 0 also checks that every action has an example;
 * part 1 runs the targeted refusals.
 */
export function badInputSuite(part: 0 | 1): void {
  const mine = ACTIONS.filter((_, i) => i % 2 === part);
  beforeAll(async () => {
    cloud = await startFunctionsCloud({ poolSize: 2 });
    cloud.log.quiet = true;
    await addPeople(cloud);
    const walker = wishWalker(plainCaller(cloud), 'bi');
    for (const key of mine) {
      const setup = SETUPS[key] ? await SETUPS[key](walker) : {};
      const example = VALID_INPUTS[key];
      targets.set(key, {
        base: setup.base ?? (() => ({ ...example })),
        plausible: setup.plausible ?? 'resident',
        resident: setup.resident,
      });
    }
    setupMs = Date.now() - t0;
  });

  afterAll(async () => {
    printFigures();
    await cloud?.stop();
  });

  if (part === 0) {
    test('the fuzz covers every action in the registry, each with a valid example', () => {
      const missing = ACTIONS.filter((k) => !VALID_INPUTS[k]);
      assert.deepEqual(missing, [], 'tests/domain/schema-examples.ts needs a valid example for these actions');
      assert.ok(ACTIONS.length >= 25, `registry has ${ACTIONS.length} actions`);
    });
  }

  describe('hostile events, action by action', () => {
    for (const key of mine) {
      test(`${key}: no crash, no INTERNAL.ERROR, known codes, no stack, refusals write nothing`, async () => {
        const st = await fuzz(key);
        stats.set(key, st);
        assert.ok(st.calls >= RUNS + systematicMutations(VALID_INPUTS[key]).length, `${st.calls} calls`);
        const problems =
          show('host crashes (FUNCTION_ERROR / FUNCTION_TIMEOUT)', st.crashes) +
          show('INTERNAL.ERROR answers', st.internal) +
          show('codes not in ERROR_CODES', st.unknownCodes) +
          show('answers echoing a stack trace', st.stackEchoes) +
          show(`refused calls that wrote (${st.refusedWrites} writes)`, st.refusedWriters);
        assert.equal(problems, '', `${key}:${problems}`);
      });
    }
  });

  test('every refusal code is one docs/API.md documents for its action', () => {
    const lines = [...stats].flatMap(([, st]) =>
      [...st.undocumented].map(([keyCode, s]) => `${keyCode.replace(' ', ' answered ')} (as ${s.caller}: ${s.event} → ${s.answer})`),
    );
    assert.deepEqual(lines, []);
  });

  if (part === 1) {
    describe('a refused submission writes nothing (targeted)', () => {
      const form = (openid: string, phone: string, extra: Record<string, unknown> = {}) =>
        wishForm({ requestId: `req_${openid}`, contact: { name: '孙丽', phone }, confirmDuplicate: true, ...extra });

      test('WISH.CONTENT_RISKY: nothing written, and the refusal does not use up the daily quota', async () => {
        const call = plainCaller(cloud);
        const seq0 = cloud.db.seq;
        const risky = await call('bi-risky-0', 'wish', form('bi-risky-0', '13700000101', { description: '这里有测试违规词需要处理' }));
        assert.equal(risky.error?.code, 'WISH.CONTENT_RISKY');
        const wrote = cloud.db.seq - seq0;
        // and 5 refused submissions must not lock the resident out for the day
        for (let i = 1; i <= 5; i++)
          await call('bi-risky-1', 'wish', form(`bi-risky-1-${i}`, `1370000020${i}`, { description: '这里有测试违规词需要处理' }));
        const clean = await call('bi-risky-1', 'wish', form('bi-risky-1-clean', '13700000299'));
        assert.deepEqual(
          { wrote, clean: clean.ok ? 'created' : clean.error?.code },
          { wrote: 0, clean: 'created' },
          'a submission refused by msgSecCheck took quota units (quotas written before the content check, never given back)',
        );
      });

      test('WISH.RATE_LIMITED for a phone used up by others: nothing written', async () => {
        const call = plainCaller(cloud);
        const phone = '13700000301';
        for (let i = 0; i < 5; i++) assert.equal((await call(`bi-rl-${i}`, 'wish', form(`bi-rl-${i}`, phone))).ok, true);
        const seq0 = cloud.db.seq;
        const sixth = await call('bi-rl-fresh', 'wish', form('bi-rl-fresh', phone));
        assert.equal(sixth.error?.code, 'WISH.RATE_LIMITED');
        const left = [...cloud.db.get('quotas').docs.values()].filter((d) => String(d._id).startsWith('wish:o:bi-rl-fresh:'));
        assert.deepEqual(
          { wrote: cloud.db.seq - seq0, counters: left.map((d) => d.n) },
          { wrote: 0, counters: [] },
          'the refused call created/updated its own quota counter',
        );
      });
    });
  }
}

function printFigures(): void {
  const rows = ACTIONS.filter((k) => stats.has(k)).map((k) => [k, stats.get(k)!] as const);
  const total = {
    calls: 0,
    accepted: 0,
    refused: 0,
    crashes: 0,
    internal: 0,
    writes: 0,
    writers: 0,
    stack: 0,
    unknown: 0,
    undocumented: 0,
    ms: 0,
  };
  const codes = new Map<string, number>();
  const w = [22, 6, 8, 7, 7, 8, 13, 6, 7];
  const line = (cells: Array<string | number>) =>
    cells.map((c, i) => (i === 0 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join(' ');
  const out = [
    '',
    `── bad input: ${rows.length} actions × (systematic pass + ${RUNS} random: ${N_MUT} mutations, ${N_ANY} anything, ${N_ANY} anything+action, ${N_VALID} valid; seed ${SEED}) ──`,
    line(['fn.action', 'calls', 'accepted', 'crashes', 'internal', 'refused', 'refused+wrote', 'stack', 'ms']),
  ];
  for (const [k, st] of rows) {
    out.push(
      line([
        k,
        st.calls,
        st.accepted,
        st.crashes.length,
        st.internal.length,
        st.refused,
        `${st.refusedWriters.length} (${st.refusedWrites}w)`,
        st.stackEchoes.length,
        st.ms,
      ]),
    );
    out.push(
      `${''.padEnd(24)}codes: ${[...st.byCode]
        .sort((a, b) => b[1] - a[1])
        .map(([c, n]) => `${c} ${n}`)
        .join(', ')}; max answer ${Math.round(st.maxAnswerBytes / 1024)} KB`,
    );
    total.calls += st.calls;
    total.accepted += st.accepted;
    total.refused += st.refused;
    total.crashes += st.crashes.length;
    total.internal += st.internal.length;
    total.writes += st.refusedWrites;
    total.writers += st.refusedWriters.length;
    total.stack += st.stackEchoes.length;
    total.unknown += st.unknownCodes.length;
    total.undocumented += st.undocumented.size;
    total.ms += st.ms;
    for (const [c, n] of st.byCode) codes.set(c, (codes.get(c) ?? 0) + n);
  }
  out.push(
    line([
      'TOTAL',
      total.calls,
      total.accepted,
      total.crashes,
      total.internal,
      total.refused,
      `${total.writers} (${total.writes}w)`,
      total.stack,
      total.ms,
    ]),
  );
  out.push(
    `refused by code: ${[...codes]
      .sort((a, b) => b[1] - a[1])
      .map(([c, n]) => `${c} ${n}`)
      .join(', ')}`,
  );
  out.push(`codes outside ERROR_CODES: ${total.unknown}; (action, code) pairs not documented in docs/API.md: ${total.undocumented}`);
  out.push(
    `setup ${setupMs} ms, fuzz ${total.ms} ms, ${(total.ms / Math.max(1, total.calls)).toFixed(2)} ms/call, file ${Date.now() - t0} ms`,
  );
  console.log(out.join('\n'));
}
