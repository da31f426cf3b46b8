// Activities with time as an argument: the publication's times, the scan windows, the minutes (capped at
// the activity's length), the rotating code's windows (current and previous accepted, older expired,
// foreign or forged invalid), the two lifecycle tables and their counters, the closing plan.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from '@jest/globals';
import type { Activity, SignUp } from '../../src/domain/activity/activity';
import { CODE_WINDOW_MS, digitsOf, judgeCode, macMessage, parseCode, qrText, validUntil, windowOf } from '../../src/domain/activity/code';
import { activityRelationsOf, decideActivity } from '../../src/domain/activity/lifecycle';
import { countersAfter, decideSignUp, SIGNUP_LIFECYCLE, type SignUpDoc } from '../../src/domain/activity/signup';
import { checkTimes, closingPlan, dueForReminder, minutesOf, promotionOpen, scanWindow } from '../../src/domain/activity/rules';
import { activityCredit, isBalanced } from '../../src/domain/bank/ledger';
import { applyChange, isLegalHistory } from '../../src/domain/lifecycle';

const T = new Date('2026-12-05T01:00:00.000Z'); // the start (09:00 Beijing)
const at = (min: number) => new Date(T.getTime() + min * 60_000);
const activity = (over: Partial<Activity> = {}): Activity => ({
  _id: 'act-1',
  status: 'published',
  version: 3,
  title: '周末义务理发',
  content: '免费理发',
  services: ['haircut'],
  communityId: 'c-1',
  address: '广场',
  startAt: T,
  endAt: at(180),
  quota: 2,
  skills: [],
  signUpBy: at(-24 * 60),
  withdrawBy: at(-12 * 60),
  points: 20,
  sponsorId: 'sp-1',
  teamId: 't-1',
  organiser: 'o_pub',
  signedUp: 0,
  waiting: 0,
  waitSeq: 0,
  willCome: 0,
  wishIds: [],
  codeKey: 'key-1',
  createdAt: at(-7 * 24 * 60),
  history: [],
  ...over,
});
const signUp = (over: Partial<SignUpDoc> = {}): SignUpDoc => ({
  _id: 'act-1_o_v',
  activityId: 'act-1',
  openid: 'o_v',
  status: 'signed_up',
  version: 1,
  signedUpAt: at(-3 * 24 * 60),
  history: [],
  ...over,
});

describe('publication times', () => {
  const now = at(-48 * 60);
  const cases: Array<[string, Partial<Record<'startAt' | 'endAt' | 'signUpBy' | 'withdrawBy', Date>>, boolean]> = [
    ['a sensible one', {}, true],
    ['the end before the start', { endAt: at(-1) }, false],
    ['the end at the start', { endAt: T }, false],
    ['sign-up closing after the start', { signUpBy: at(1) }, false],
    ['sign-up closing at the start', { signUpBy: T }, true],
    ['withdrawing closing after the start', { withdrawBy: at(5) }, false],
    ['a start already past', { startAt: at(-49 * 60), signUpBy: at(-50 * 60) }, false],
  ];
  for (const [name, over, good] of cases)
    it(name, () => {
      const r = checkTimes({ startAt: T, endAt: at(180), signUpBy: at(-60), ...over }, now);
      assert.equal(r.ok, good);
      if (!r.ok) assert.equal(r.error.code, 'ACTIVITY.BAD_TIMES');
    });
  it('withdrawing closes with sign-up unless said', () => {
    const r = checkTimes({ startAt: T, endAt: at(180), signUpBy: at(-60) }, now);
    assert.deepEqual(r.ok && r.data.withdrawBy, at(-60));
  });
});

describe('scan windows and minutes', () => {
  const a = activity();
  const windows: Array<[number, 'check_in' | 'check_out', string | undefined]> = [
    [-61, 'check_in', 'ACTIVITY.NOT_STARTED'],
    [-60, 'check_in', undefined],
    [180, 'check_in', undefined],
    [181, 'check_in', 'ACTIVITY.ENDED'],
    [300, 'check_out', undefined],
    [301, 'check_out', 'ACTIVITY.ENDED'],
  ];
  for (const [min, step, code] of windows)
    it(`${step} at ${min} min: ${code ?? 'open'}`, () => assert.equal(scanWindow(a, step, at(min)), code));

  const minutes: Array<[string, number | undefined, number | undefined, number]> = [
    ['in and out inside', 30, 100, 70],
    ['in before the start, out after the end: the length', -45, 240, 180],
    ['no check-out: to the end', 60, undefined, 120],
    ['no check-in: nothing', undefined, 100, 0],
    ['out before in: nothing', 100, 30, 0],
    ['both after the end: nothing', 200, 250, 0],
  ];
  for (const [name, i, o, expect] of minutes)
    it(name, () => assert.equal(minutesOf(a, i === undefined ? undefined : at(i), o === undefined ? undefined : at(o)), expect));
});

describe('the rotating code', () => {
  const mac = (key: string, id: string, w: number) => createHmac('sha256', key).update(macMessage(id, w)).digest('hex');
  const same = (x: string, y: string) => x === y;
  const now = at(5);
  const w = windowOf(now);
  const judge = (raw: string, id = 'act-1') => judgeCode(parseCode(raw)!, id, now, (x) => mac('key-1', id, x), same);

  it('windows are 10 minutes; a code is good until the end of the next window', () => {
    assert.equal(windowOf(new Date(w * CODE_WINDOW_MS)), w);
    assert.equal(validUntil(w).getTime() - new Date(w * CODE_WINDOW_MS).getTime(), 20 * 60_000);
  });
  const cases: Array<[string, () => string, string | undefined]> = [
    ['the current QR', () => qrText('act-1', w, mac('key-1', 'act-1', w)), undefined],
    ['the previous QR', () => qrText('act-1', w - 1, mac('key-1', 'act-1', w - 1)), undefined],
    ['a QR two windows old', () => qrText('act-1', w - 2, mac('key-1', 'act-1', w - 2)), 'ACTIVITY.CODE_EXPIRED'],
    ['a QR of the next window', () => qrText('act-1', w + 1, mac('key-1', 'act-1', w + 1)), 'ACTIVITY.CODE_INVALID'],
    ["another activity's QR", () => qrText('act-2', w, mac('key-2', 'act-2', w)), 'ACTIVITY.CODE_INVALID'],
    ['a QR naming this activity, made with another key', () => qrText('act-1', w, mac('key-2', 'act-1', w)), 'ACTIVITY.CODE_INVALID'],
    ['an old QR with a wrong mac', () => qrText('act-1', w - 5, mac('key-2', 'act-1', w - 5)), 'ACTIVITY.CODE_INVALID'],
    ['the current digits', () => digitsOf(mac('key-1', 'act-1', w)), undefined],
    ['the previous digits', () => digitsOf(mac('key-1', 'act-1', w - 1)), undefined],
    ['digits three windows old', () => digitsOf(mac('key-1', 'act-1', w - 3)), 'ACTIVITY.CODE_EXPIRED'],
    ["another activity's digits", () => digitsOf(mac('key-2', 'act-2', w)), 'ACTIVITY.CODE_INVALID'],
  ];
  for (const [name, code, expect] of cases) it(name, () => assert.equal(judge(code()), expect));
  it('reads only the QR format and six digits', () => {
    for (const bad of ['', '12345', '1234567', 'HD1.act-1.x.0123456789abcdef', 'HD2.act-1.1.0123456789abcdef', 'HD1.act-1.1.0123'])
      assert.equal(parseCode(bad), undefined, bad);
    assert.deepEqual(parseCode('HD1.act-1.42.0123456789abcdef'), { kind: 'qr', activityId: 'act-1', window: 42, mac: '0123456789abcdef' });
  });
});

describe('ACTIVITY_LIFECYCLE', () => {
  const organiser = { openid: 'o_pub', relations: ['organiser', 'volunteer'] as const };
  it('close: organisers only, after the end; closing resumes; closed and cancelled refuse', () => {
    assert.equal(
      (decideActivity('close', activity(), { openid: 'o_x', relations: ['volunteer'] }, at(200)) as { error: { code: string } }).error.code,
      'ACTIVITY.NOT_ORGANISER',
    );
    assert.equal((decideActivity('close', activity(), organiser, at(179)) as { error: { code: string } }).error.code, 'ACTIVITY.NOT_ENDED');
    const r = decideActivity('close', activity(), organiser, at(181));
    assert.deepEqual(r.ok && [r.data.from, r.data.to, r.data.version], ['published', 'closing', 3]);
    for (const [status, code] of [
      ['closing', 'ACTIVITY.ALREADY_CLOSED'],
      ['closed', 'ACTIVITY.ALREADY_CLOSED'],
      ['cancelled', 'ACTIVITY.NOT_FOUND'],
    ] as const)
      assert.equal((decideActivity('close', activity({ status }), organiser, at(200)) as { error: { code: string } }).error.code, code);
    const done = decideActivity('finish_closing', activity({ status: 'closing' }), { openid: 'system', relations: ['system'] }, at(200));
    assert.deepEqual(done.ok && [done.data.to, done.data.set.closedAt], ['closed', at(200)]);
  });
  it('relations: the publisher, a dispatcher of the community, the leader of its team', () => {
    const a = activity();
    const none = { dispatchesIn: () => false, leads: [] };
    assert.deepEqual(activityRelationsOf(a, 'o_pub', none), ['organiser', 'volunteer']);
    assert.deepEqual(activityRelationsOf(a, 'o_d', { dispatchesIn: (c) => c === 'c-1', leads: [] }), ['organiser', 'volunteer']);
    assert.deepEqual(activityRelationsOf(a, 'o_l', { dispatchesIn: () => false, leads: ['t-1'] }), ['organiser', 'volunteer']);
    assert.deepEqual(activityRelationsOf(a, 'o_l', { dispatchesIn: () => false, leads: ['t-2'] }), ['volunteer']);
  });
});

describe('SIGNUP_LIFECYCLE', () => {
  const me = { openid: 'o_v', relations: ['volunteer'] as const };
  const sys = { openid: 'system', relations: ['system'] as const };
  const fresh = signUp({ status: 'none', version: 0 });
  const now = at(-3 * 24 * 60);
  it('first come up to the quota, then the waiting list with the next number', () => {
    const placed = decideSignUp('sign_up', fresh, me, now, { activity: activity({ signedUp: 1 }) });
    assert.deepEqual(placed.ok && placed.data.to, 'signed_up');
    const waits = decideSignUp('sign_up', fresh, me, now, { activity: activity({ signedUp: 2, waitSeq: 7 }) });
    assert.deepEqual(waits.ok && [waits.data.to, waits.data.set.seq], ['waiting', 8]);
    assert.deepEqual(countersAfter('none', 'waiting'), { signedUp: 0, waiting: 1 });
    assert.deepEqual(countersAfter('waiting', 'signed_up'), { signedUp: 1, waiting: -1 });
    assert.deepEqual(countersAfter('signed_up', 'withdrawn'), { signedUp: -1, waiting: 0 });
    assert.deepEqual(countersAfter('checked_out', 'attended'), { signedUp: 0, waiting: 0 });
  });
  const refusals: Array<[string, Parameters<typeof decideSignUp>, string]> = [
    ['twice', ['sign_up', signUp(), me, now, { activity: activity() }], 'ACTIVITY.ALREADY_SIGNED_UP'],
    ['while waiting', ['sign_up', signUp({ status: 'waiting' }), me, now, { activity: activity() }], 'ACTIVITY.ALREADY_SIGNED_UP'],
    ['after the deadline', ['sign_up', fresh, me, at(-23 * 60), { activity: activity() }], 'ACTIVITY.SIGNUP_CLOSED'],
    ['once closing', ['sign_up', fresh, me, now, { activity: activity({ status: 'closing' }) }], 'ACTIVITY.SIGNUP_CLOSED'],
    ['withdraw without a sign-up', ['withdraw', fresh, me, now, { activity: activity() }], 'ACTIVITY.NOT_SIGNED_UP'],
    ['withdraw after the cut-off', ['withdraw', signUp(), me, at(-11 * 60), { activity: activity() }], 'ACTIVITY.WITHDRAW_CLOSED'],
    [
      'withdraw once checked in',
      ['withdraw', signUp({ status: 'checked_in' }), me, now, { activity: activity() }],
      'ACTIVITY.WITHDRAW_CLOSED',
    ],
    [
      'promote with no free place',
      ['promote', signUp({ status: 'waiting', seq: 1 }), sys, now, { activity: activity({ signedUp: 2 }) }],
      'ACTIVITY.CHANGED',
    ],
    ['check in while waiting', ['check_in', signUp({ status: 'waiting' }), me, at(0), { activity: activity() }], 'ACTIVITY.NOT_SIGNED_UP'],
    ['check in too early', ['check_in', signUp(), me, at(-61), { activity: activity() }], 'ACTIVITY.NOT_STARTED'],
    ['check in after the end', ['check_in', signUp(), me, at(181), { activity: activity() }], 'ACTIVITY.ENDED'],
    [
      'check out twice',
      ['check_in', signUp({ status: 'checked_out' }), me, at(10), { activity: activity() }],
      'ACTIVITY.ALREADY_CHECKED_OUT',
    ],
    [
      'correct by a volunteer',
      ['correct_times', signUp(), me, at(10), { activity: activity(), checkInAt: at(0), checkOutAt: at(10) }],
      'ACTIVITY.NOT_ORGANISER',
    ],
    [
      'correct once closing',
      [
        'correct_times',
        signUp(),
        { openid: 'o_pub', relations: ['organiser'] },
        at(200),
        { activity: activity({ status: 'closing' }), checkInAt: at(0), checkOutAt: at(10) },
      ],
      'ACTIVITY.ALREADY_CLOSED',
    ],
    [
      'correct out before in',
      [
        'correct_times',
        signUp(),
        { openid: 'o_pub', relations: ['organiser'] },
        at(200),
        { activity: activity(), checkInAt: at(50), checkOutAt: at(10) },
      ],
      'INPUT.INVALID',
    ],
  ];
  for (const [name, args, code] of refusals)
    it(`refuses ${name}`, () => {
      const r = decideSignUp(...args);
      assert.equal(r.ok ? 'ok' : r.error.code, code);
    });

  // A place freed once the activity has begun is not given to someone who is not there.
  const promotions: Array<[string, Date, string]> = [
    ['a day before the start', at(-24 * 60), 'signed_up'],
    ['a minute before the start', at(-1), 'signed_up'],
    ['at the start', at(0), 'ACTIVITY.CHANGED'],
    ['during the activity', at(60), 'ACTIVITY.CHANGED'],
    ['after the end', at(200), 'ACTIVITY.CHANGED'],
  ];
  for (const [name, when, expected] of promotions)
    it(`promotes from the waiting list ${name}: ${expected}`, () => {
      const r = decideSignUp('promote', signUp({ status: 'waiting', seq: 1 }), sys, when, { activity: activity({ signedUp: 1 }) });
      assert.equal(r.ok ? r.data.to : r.error.code, expected);
      assert.equal(promotionOpen(activity(), when), expected === 'signed_up');
    });

  it('a whole walk is a legal history: sign up, wait, promoted, in, out, corrected, attended', () => {
    let doc: SignUpDoc = fresh;
    const a = activity({ signedUp: 2 });
    const steps: Array<[Parameters<typeof decideSignUp>[0], Parameters<typeof decideSignUp>[2], Date, Parameters<typeof decideSignUp>[4]]> =
      [
        ['sign_up', me, now, { activity: a }],
        ['promote', sys, now, { activity: { ...a, signedUp: 1 } }],
        ['check_in', me, at(-10), { activity: a }],
        ['check_out', me, at(200), { activity: a }],
        [
          'correct_times',
          { openid: 'o_pub', relations: ['organiser'] },
          at(210),
          { activity: a, checkInAt: at(-30), checkOutAt: at(90), note: '补录' },
        ],
        ['attend', sys, at(300), { activity: a, creditEntryId: 'activity:act-1:o_v' }],
      ];
    for (const [action, actor, when, params] of steps) {
      const r = decideSignUp(action, doc, actor, when, params);
      assert.ok(r.ok, `${action}: ${JSON.stringify(!r.ok && r.error)}`);
      doc = applyChange(doc, r.data);
    }
    assert.deepEqual([doc.status, doc.minutes, doc.creditEntryId, doc.seq], ['attended', 90, 'activity:act-1:o_v', undefined]);
    assert.ok(isLegalHistory(SIGNUP_LIFECYCLE, 'none', doc.history));
    assert.deepEqual(
      doc.history.map((h) => h.to),
      ['waiting', 'signed_up', 'checked_in', 'checked_out', 'checked_out', 'attended'],
    );
  });
});

describe('closing', () => {
  it('who is paid for how long, who is a no-show; one balanced entry each from the sponsor', () => {
    const a = activity();
    const plan = closingPlan(a, [
      signUp({ _id: 's1', openid: 'o_1', status: 'checked_out', checkInAt: at(-20), checkOutAt: at(60) }),
      signUp({ _id: 's2', openid: 'o_2', status: 'checked_in', checkInAt: at(30) }),
      signUp({ _id: 's3', openid: 'o_3', status: 'signed_up' }),
    ] as SignUp[]);
    assert.deepEqual(
      plan.attend.map((x) => [x.signUp.openid, x.minutes]),
      [
        ['o_1', 60],
        ['o_2', 150],
      ],
    );
    assert.deepEqual([plan.noShow.map((s) => s.openid), plan.points], [['o_3'], 40]);
    const e = activityCredit(a, 'o_1', 60, at(300));
    assert.deepEqual(
      [e._id, e.kind, e.category, e.minutes, e.activityId, isBalanced(e)],
      ['activity:act-1:o_1', 'activity_credit', 'service', 60, 'act-1', true],
    );
    assert.deepEqual(e.lines, [
      { account: 'sponsor:sp-1', points: -20 },
      { account: 'passbook:o_1', points: 20 },
    ]);
  });
  it('the reminder: within a day of the start, once', () => {
    const a = activity();
    assert.equal(dueForReminder(a, at(-24 * 60 - 1)), false);
    assert.equal(dueForReminder(a, at(-24 * 60)), true);
    assert.equal(dueForReminder({ ...a, remindedAt: at(-24 * 60) }, at(-60)), false);
    assert.equal(dueForReminder(a, at(1)), false);
  });
});
