// On site and closing through the real `activity` function: the rotating code (current and previous
// window accepted, an older one expired, another activity's refused, six digits with the activity),
// check-in/out and the minutes capped at the activity's length, the organiser's corrections, and
// closing: one balanced entry per attendee, once, no-shows recorded, nothing written when the budget is short.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../../localcloud';
import { readOutbox } from '../../../localcloud/openapi/outbox';
import { digitsOf, macMessage, qrText, windowOf } from '../../../src/domain/activity/code';
import { volunteerKey } from '../../../cloudfunctions/_lib/collections/volunteers';
import { checkInvariants } from '../../security/race-invariants';
import { startFunctionsCloud } from '../../helpers/functions';
import { person } from '../../helpers/people';
import { activityIn, publish, setTimes, signUpsIn, sponsor, volunteer } from './fixtures';

let cloud: LocalCloud;
beforeAll(async () => {
  cloud = await startFunctionsCloud();
  for (const p of ['os-a', 'os-b', 'os-c', 'os-d', 'os-x']) await volunteer(cloud.db, p);
}, 180_000);
afterAll(() => cloud?.stop());
afterEach(() => assert.deepEqual(checkInvariants(cloud.db).violations, []));

const MIN = 60_000;
const dispatcher = () => person(cloud, 'demo-dispatcher');
const scan = (who: string, code: string, activityId?: string) =>
  person(cloud, who)('activity', { action: 'scan', code, ...(activityId ? { activityId } : {}) });
const signUp = (who: string, activityId: string) => person(cloud, who)('activity', { action: 'sign_up', activityId });
/** The code of `id` in the window `back` windows ago, made with its stored key (as a photo of an old code). */
function oldCode(id: string, back: number) {
  const w = windowOf(new Date()) - back;
  const mac = createHmac('sha256', activityIn(cloud.db, id).codeKey).update(macMessage(id, w)).digest('hex');
  return { qr: qrText(id, w, mac), digits: digitsOf(mac) };
}
const balance = (account: string) => (cloud.db.get('accounts').docs.get(account) as { balance?: number } | undefined)?.balance ?? 0;
const minutesOf = (account: string) => (cloud.db.get('accounts').docs.get(account) as { minutes?: number } | undefined)?.minutes ?? 0;
const setDoc = (c: string, _id: string, $set: Record<string, unknown>) =>
  cloud.db.update(c, { _id }, { $set }, { multi: false, replace: false, upsert: false });

/** An activity under way (started an hour ago, ends in two) with these volunteers signed up. */
async function underWay(people: string[], overrides: Record<string, unknown> = {}) {
  const id = await publish(cloud, overrides);
  for (const p of people) assert.equal((await signUp(p, id)).ok, true);
  await setTimes(cloud.db, id, { start: -1, end: 2, signUpBy: -2 });
  return id;
}

describe('the rotating code', () => {
  test('the organiser shows it; the first scan checks in, the second out, a third is refused', async () => {
    const id = await underWay(['os-a']);
    const code = await dispatcher()('activity', { action: 'code', activityId: id });
    assert.equal(code.ok, true);
    assert.match(code.data.qr, new RegExp(`^HD1\\.${id}\\.\\d+\\.[0-9a-f]{16}$`));
    assert.match(code.data.digits, /^\d{6}$/);
    assert.ok(!JSON.stringify(code.data).includes(activityIn(cloud.db, id).codeKey));
    const i = await scan('os-a', code.data.qr);
    assert.deepEqual([i.ok, i.data.status], [true, 'checked_in']);
    const o = await scan('os-a', code.data.qr, id);
    assert.deepEqual([o.data.status, o.data.minutes], ['checked_out', 0]);
    assert.equal((await scan('os-a', code.data.qr)).error?.code, 'ACTIVITY.ALREADY_CHECKED_OUT');
  });

  test.each([
    ['the previous window', 1, undefined],
    ['two windows back', 2, 'ACTIVITY.CODE_EXPIRED'],
    ['an hour back', 6, 'ACTIVITY.CODE_EXPIRED'],
  ])('a QR of %s (%i back)', async (_name, back, code) => {
    const id = await underWay(['os-b']);
    // Made and scanned within one window (a window turning over in between would age the code by one).
    const attempt = async () => {
      const w = windowOf(new Date());
      const r = await scan('os-b', oldCode(id, back).qr, id);
      return { r, turned: windowOf(new Date()) !== w };
    };
    const first = await attempt();
    // refused while the window turned over, so nothing was written: once more
    const { r } = first.turned && first.r.error ? await attempt() : first;
    assert.equal(r.error?.code, code);
  });

  test('six digits work with the activity, and expire like the QR', async () => {
    const id = await underWay(['os-c']);
    assert.equal((await scan('os-c', oldCode(id, 3).digits, id)).error?.code, 'ACTIVITY.CODE_EXPIRED');
    assert.equal((await scan('os-c', oldCode(id, 0).digits)).error?.code, 'ACTIVITY.CODE_INVALID'); // which activity?
    const r = await scan('os-c', oldCode(id, 0).digits, id);
    assert.deepEqual([r.ok, r.data.status], [true, 'checked_in']);
  });

  test("another activity's valid code, a forged mac, a code from the future: invalid", async () => {
    const mine = await underWay(['os-d']);
    const other = await underWay([]);
    const foreign = (await dispatcher()('activity', { action: 'code', activityId: other })).data.qr as string;
    assert.equal((await scan('os-d', foreign, mine)).error?.code, 'ACTIVITY.CODE_INVALID');
    const good = oldCode(mine, 0).qr;
    const forged = good.slice(0, -1) + (good.endsWith('0') ? '1' : '0');
    assert.equal((await scan('os-d', forged, mine)).error?.code, 'ACTIVITY.CODE_INVALID');
    // two windows ahead: still ahead if a window turns over meanwhile
    assert.equal((await scan('os-d', oldCode(mine, -2).qr, mine)).error?.code, 'ACTIVITY.CODE_INVALID');
    assert.equal((await scan('os-d', 'not-a-code', mine)).error?.code, 'ACTIVITY.CODE_INVALID');
    // and with the code of a stranger's activity alone: not signed up there
    assert.equal((await scan('os-d', foreign)).error?.code, 'ACTIVITY.NOT_SIGNED_UP');
  });

  test('waiting or not signed up: refused; too early; after the end', async () => {
    const id = await underWay(['os-a', 'os-b'], { quota: 1 });
    const qr = oldCode(id, 0).qr;
    assert.equal((await scan('os-b', qr)).error?.code, 'ACTIVITY.NOT_SIGNED_UP');
    assert.equal((await scan('os-x', qr)).error?.code, 'ACTIVITY.NOT_SIGNED_UP');
    await setTimes(cloud.db, id, { start: 2, end: 4, signUpBy: -1 });
    assert.equal((await scan('os-a', qr)).error?.code, 'ACTIVITY.NOT_STARTED');
    await setTimes(cloud.db, id, { start: -3, end: -0.5 });
    assert.equal((await scan('os-a', qr)).error?.code, 'ACTIVITY.ENDED');
  });

  test('only organisers see the code', async () => {
    const id = await underWay([]);
    assert.equal((await person(cloud, 'os-a')('activity', { action: 'code', activityId: id })).error?.code, 'ACTIVITY.NOT_ORGANISER');
    assert.equal((await dispatcher()('activity', { action: 'code', activityId: 'act-nosuch' })).error?.code, 'ACTIVITY.NOT_FOUND');
  });
});

describe('minutes', () => {
  test('checked in before the start, out after the end: the activity’s length', async () => {
    const id = await underWay(['os-a']);
    // started 3 h ago, ended 10 min ago (170 min); checked in 45 min before the start
    await setTimes(cloud.db, id, { start: -3, end: -10 / 60 });
    await setDoc('signups', `${id}_os-a`, { status: 'checked_in', checkInAt: new Date(Date.now() - 225 * MIN) });
    const o = await scan('os-a', oldCode(id, 0).qr);
    assert.deepEqual([o.data.status, o.data.minutes], ['checked_out', 170]);
  });

  test('the organiser corrects both times (the reason kept); outside the activity is capped; out before in refused', async () => {
    const id = await underWay(['os-b']);
    const a = activityIn(cloud.db, id);
    const at = (d: Date, m: number) => new Date(new Date(d).getTime() + m * MIN).toISOString();
    const correct = (inAt: string, outAt: string) =>
      dispatcher()('activity', {
        action: 'correct_times',
        activityId: id,
        signUpId: volunteerKey('os-b'),
        checkInAt: inAt,
        checkOutAt: outAt,
        reason: '忘记扫码，现场核实',
      });
    const wide = await correct(at(a.startAt, -60), at(a.endAt, 60));
    assert.deepEqual(wide.data, { signUpId: volunteerKey('os-b'), status: 'checked_out', minutes: 180 });
    const part = await correct(at(a.startAt, 30), at(a.startAt, 100));
    assert.equal(part.data.minutes, 70);
    assert.equal((await correct(at(a.startAt, 100), at(a.startAt, 30))).error?.code, 'INPUT.INVALID');
    const history = cloud.db.get('signups').docs.get(`${id}_os-b`)!.history as Array<{ action: string; note?: string; as: string }>;
    assert.deepEqual(
      history.filter((h) => h.action === 'correct_times').map((h) => [h.as, h.note]),
      [
        ['organiser', '忘记扫码，现场核实'],
        ['organiser', '忘记扫码，现场核实'],
      ],
    );
    const stranger = await person(cloud, 'os-b')('activity', {
      action: 'correct_times',
      activityId: id,
      signUpId: volunteerKey('os-b'),
      checkInAt: at(a.startAt, 0),
      checkOutAt: at(a.endAt, 0),
      reason: '我自己改',
    });
    assert.equal(stranger.error?.code, 'ACTIVITY.NOT_ORGANISER');
  });
});

describe('closing', () => {
  /** A: checked in and out (60 min), B: checked in only (to the end), C: never came, D: waiting. */
  async function finished(sponsorId?: string) {
    const id = await underWay(['os-a', 'os-b', 'os-c', 'os-d'], { quota: 3, points: 20, ...(sponsorId ? { sponsorId } : {}) });
    await setTimes(cloud.db, id, { start: -3, end: -1 });
    const a = activityIn(cloud.db, id);
    const start = new Date(a.startAt).getTime();
    await setDoc('signups', `${id}_os-a`, { status: 'checked_out', checkInAt: new Date(start), checkOutAt: new Date(start + 60 * MIN) });
    await setDoc('signups', `${id}_os-b`, { status: 'checked_in', checkInAt: new Date(start + 30 * MIN) });
    return id;
  }

  test('not before the end; then each attendee paid once, no-shows recorded, closed; a second close pays nothing', async () => {
    const running = await underWay(['os-a']);
    assert.equal((await dispatcher()('activity', { action: 'close', activityId: running })).error?.code, 'ACTIVITY.NOT_ENDED');
    const id = await finished();
    const close = () => dispatcher()('activity', { action: 'close', activityId: id });
    const before = {
      sponsor: balance('sponsor:street-xmh'),
      a: balance('passbook:os-a'),
      b: balance('passbook:os-b'),
      am: minutesOf('passbook:os-a'),
      bm: minutesOf('passbook:os-b'),
    };
    const r = await close();
    assert.deepEqual(r.data, { activityId: id, status: 'closed', attended: 2, noShows: 1, points: 40, minutes: 60 + 90 });
    assert.deepEqual(
      [
        balance('sponsor:street-xmh'),
        balance('passbook:os-a'),
        balance('passbook:os-b'),
        minutesOf('passbook:os-a'),
        minutesOf('passbook:os-b'),
      ],
      [before.sponsor - 40, before.a + 20, before.b + 20, before.am + 60, before.bm + 90],
    );
    const entries = [...cloud.db.get('journal').docs.values()].filter((e) => (e as { activityId?: string }).activityId === id);
    assert.deepEqual(entries.map((e) => [e._id, e.kind, e.category]).sort(), [
      [`activity:${id}:os-a`, 'activity_credit', 'service'],
      [`activity:${id}:os-b`, 'activity_credit', 'service'],
    ]);
    assert.deepEqual(Object.fromEntries(signUpsIn(cloud.db, id).map((s) => [s.openid, s.status])), {
      'os-a': 'attended',
      'os-b': 'attended',
      'os-c': 'no_show',
      'os-d': 'waiting',
    });
    assert.equal((await close()).error?.code, 'ACTIVITY.ALREADY_CLOSED');
    assert.equal(balance('sponsor:street-xmh'), before.sponsor - 40);
  });

  test('two closes at once, and a closing a crash left half done: one entry each', async () => {
    const id = await finished();
    const before = balance('sponsor:street-xmh');
    const both = await Promise.all([1, 2].map(() => dispatcher()('activity', { action: 'close', activityId: id })));
    assert.ok(
      both.some((r) => r.ok),
      JSON.stringify(both.map((r) => r.error)),
    );
    assert.equal(balance('sponsor:street-xmh'), before - 40);
    // The crash: the entry of A was posted but its sign-up not moved, the activity still closing.
    await setDoc('signups', `${id}_os-a`, { status: 'checked_out' });
    await setDoc('activities', id, { status: 'closing' });
    const again = await dispatcher()('activity', { action: 'close', activityId: id });
    assert.deepEqual([again.data.status, again.data.points], ['closed', 0]);
    assert.equal(cloud.db.get('signups').docs.get(`${id}_os-a`)!.status, 'attended');
    assert.equal(balance('sponsor:street-xmh'), before - 40);
    assert.equal([...cloud.db.get('journal').docs.values()].filter((e) => (e as { activityId?: string }).activityId === id).length, 2);
  });

  test('the hourly timer finishes a closing a crash left half done, paying nobody twice', async () => {
    const id = await finished();
    // The crash: published → closing happened, nobody paid yet.
    await setDoc('activities', id, { status: 'closing', version: activityIn(cloud.db, id).version + 1 });
    const before = balance('sponsor:street-xmh');
    const fire = () =>
      cloud.host.invoke(
        'activity',
        { Type: 'Timer', TriggerName: 'activity-hourly', Time: new Date().toISOString() },
        { source: 'wx_trigger' },
      );
    const closed = (r: Awaited<ReturnType<typeof fire>>) => (r.ok ? (r.result as { data: { closed: number } }).data.closed : -1);
    const first = closed(await fire());
    assert.equal(activityIn(cloud.db, id).status, 'closed');
    assert.ok(first >= 1);
    assert.equal(closed(await fire()), 0);
    assert.equal(balance('sponsor:street-xmh'), before - 40);
  });

  test('the sponsor cannot pay everyone: BUDGET_SHORT and nothing written', async () => {
    await sponsor(cloud.db, 'sp-tiny', 30);
    const id = await finished('sp-tiny');
    const seq = cloud.db.seq;
    const r = await dispatcher()('activity', { action: 'close', activityId: id });
    assert.equal(r.error?.code, 'ACTIVITY.BUDGET_SHORT');
    assert.equal(cloud.db.seq, seq);
    assert.equal(activityIn(cloud.db, id).status, 'published');
  });

  test('cancelling tells those signed up and waiting; an outsider may not', async () => {
    const id = await publish(cloud, { quota: 1 });
    for (const p of ['os-a', 'os-b']) await signUp(p, id);
    assert.equal(
      (await person(cloud, 'os-a')('activity', { action: 'cancel', activityId: id, reason: '天气原因' })).error?.code,
      'ACTIVITY.NOT_ORGANISER',
    );
    const before = (await readOutbox(cloud.dataDir)).length;
    const r = await dispatcher()('activity', { action: 'cancel', activityId: id, reason: '天气原因，改期举行' });
    assert.deepEqual(r.data, { activityId: id, status: 'cancelled' });
    const sent = (await readOutbox(cloud.dataDir)).slice(before);
    assert.deepEqual(sent.map((m) => [m.touser, m.templateId]).sort(), [
      ['os-a', 'TPL_ACTIVITY_CANCELLED'],
      ['os-b', 'TPL_ACTIVITY_CANCELLED'],
    ]);
    assert.equal((await signUp('os-c', id)).error?.code, 'ACTIVITY.NOT_FOUND');
  });
});
