// Sign-up through the real `activity` function: first come up to the quota, a waiting list behind it
// under 50 concurrent calls, a withdrawal moving the first waiting up, refusals, and the day-before
// reminder sent once across two timer runs; no promotion once the activity has started.
import assert from 'node:assert/strict';
import { afterAll, afterEach, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../../localcloud';
import { readOutbox } from '../../../localcloud/openapi/outbox';
import { checkInvariants } from '../../security/race-invariants';
import { startFunctionsCloud } from '../../helpers/functions';
import { person } from '../../helpers/people';
import { activityIn, publish, setTimes, signUpsIn, volunteer } from './fixtures';

let cloud: LocalCloud;
beforeAll(async () => {
  cloud = await startFunctionsCloud();
}, 180_000);
afterAll(() => cloud?.stop());
afterEach(() => assert.deepEqual(checkInvariants(cloud.db).violations, []));

const PLACED = ['signed_up', 'checked_in', 'checked_out', 'attended', 'no_show'];
/** The stored counters against the documents. */
function counters(id: string) {
  const a = activityIn(cloud.db, id);
  const docs = signUpsIn(cloud.db, id);
  return {
    stored: [a.signedUp, a.waiting],
    counted: [docs.filter((s) => PLACED.includes(s.status)).length, docs.filter((s) => s.status === 'waiting').length],
  };
}

describe('first come, then the waiting list', () => {
  test('50 volunteers at once for 10 places: 10 signed up, 40 waiting numbered 1..40, counters match', async () => {
    const id = await publish(cloud, { quota: 10 });
    const people = Array.from({ length: 50 }, (_, i) => `su-v${i}`);
    for (const p of people) await volunteer(cloud.db, p);
    const answers = await Promise.all(people.map((p) => person(cloud, p)('activity', { action: 'sign_up', activityId: id })));
    assert.deepEqual(
      answers.filter((a) => !a.ok).map((a) => a.error),
      [],
    );
    const statuses = answers.map((a) => a.data.status as string);
    assert.equal(statuses.filter((s) => s === 'signed_up').length, 10);
    assert.equal(statuses.filter((s) => s === 'waiting').length, 40);
    const seqs = signUpsIn(cloud.db, id)
      .filter((s) => s.status === 'waiting')
      .map((s) => s.seq!)
      .sort((a, b) => a - b);
    assert.deepEqual(
      seqs,
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    const { stored, counted } = counters(id);
    assert.deepEqual(stored, [10, 40]);
    assert.deepEqual(counted, stored);
    assert.equal(activityIn(cloud.db, id).waitSeq, 40);
    // Each waiting answer's position is its place in line at the time it was given (1..40, distinct).
    const positions = answers.filter((a) => a.data.status === 'waiting').map((a) => a.data.position as number);
    assert.equal(new Set(positions).size, 40);

    // A withdrawal frees a place: number 1 moves up and is told.
    const first = signUpsIn(cloud.db, id).find((s) => s.seq === 1)!;
    const leaver = signUpsIn(cloud.db, id).find((s) => s.status === 'signed_up')!;
    const before = (await readOutbox(cloud.dataDir)).length;
    const w = await person(cloud, leaver.openid)('activity', { action: 'withdraw', activityId: id });
    assert.deepEqual(w.data, { activityId: id, status: 'withdrawn' });
    assert.equal(cloud.db.get('signups').docs.get(first._id)!.status, 'signed_up');
    const sent = (await readOutbox(cloud.dataDir)).slice(before);
    assert.deepEqual(
      sent.map((m) => [m.touser, m.templateId]),
      [[first.openid, 'TPL_ACTIVITY_PROMOTED']],
    );
    assert.deepEqual(counters(id).stored, [10, 39]);
    assert.deepEqual(counters(id).counted, [10, 39]);

    // The one who withdrew may sign up again: at the back of the line.
    const again = await person(cloud, leaver.openid)('activity', { action: 'sign_up', activityId: id });
    assert.deepEqual(again.data, { activityId: id, status: 'waiting', position: 40 });
    assert.equal(cloud.db.get('signups').docs.get(leaver._id)!.seq, 41);
  }, 120_000);

  const refusals: Array<[string, (id: string) => Promise<void>, Record<string, unknown>, string]> = [
    [
      'signing up twice',
      async (id) => void (await person(cloud, 'su-twice')('activity', { action: 'sign_up', activityId: id })),
      { action: 'sign_up' },
      'ACTIVITY.ALREADY_SIGNED_UP',
    ],
    [
      'after the deadline',
      (id) => setTimes(cloud.db, id, { start: 5, end: 8, signUpBy: -1 }),
      { action: 'sign_up' },
      'ACTIVITY.SIGNUP_CLOSED',
    ],
    ['withdrawing unsigned', async () => undefined, { action: 'withdraw' }, 'ACTIVITY.NOT_SIGNED_UP'],
    [
      'withdrawing after the cut-off',
      async (id) => {
        await person(cloud, 'su-twice')('activity', { action: 'sign_up', activityId: id });
        await setTimes(cloud.db, id, { start: 5, end: 8, signUpBy: 1, withdrawBy: -1 });
      },
      { action: 'withdraw' },
      'ACTIVITY.WITHDRAW_CLOSED',
    ],
  ];
  test.each(refusals)('%s is refused', async (_name, arrange, event, code) => {
    await volunteer(cloud.db, 'su-twice');
    const id = await publish(cloud);
    await arrange(id);
    const r = await person(cloud, 'su-twice')('activity', { ...event, activityId: id });
    assert.equal(r.error?.code, code);
  });

  test('two sign-ups of one person at once: one place', async () => {
    await volunteer(cloud.db, 'su-both');
    const id = await publish(cloud);
    const rs = await Promise.all([1, 2].map(() => person(cloud, 'su-both')('activity', { action: 'sign_up', activityId: id })));
    assert.deepEqual(rs.map((r) => r.ok).sort(), [false, true]);
    assert.deepEqual(counters(id).stored, [1, 0]);
  });

  test('a resident who is not a volunteer cannot sign up', async () => {
    const id = await publish(cloud);
    const r = await person(cloud, 'demo-resident')('activity', { action: 'sign_up', activityId: id });
    assert.equal(r.error?.code, 'VOLUNTEER.NOT_REGISTERED');
  });
});

describe('the hourly timer', () => {
  const fire = async (at: Date) => {
    const r = await cloud.host.invoke(
      'activity',
      { Type: 'Timer', TriggerName: 'activity-hourly', Time: at.toISOString() },
      { source: 'wx_trigger' },
    );
    if (!r.ok) throw new Error(`timer: ${r.code} ${r.message}`);
    return (r.result as { data: { reminded: number; promoted: number; closed: number } }).data;
  };

  test('the day-before reminder goes to those with a place, once across two runs; no name in it', async () => {
    const id = await publish(cloud, { quota: 1 });
    for (const p of ['su-r1', 'su-r2']) {
      await volunteer(cloud.db, p);
      await person(cloud, p)('activity', { action: 'sign_up', activityId: id });
    }
    await setTimes(cloud.db, id, { start: 20, end: 23, signUpBy: 10 });
    const before = (await readOutbox(cloud.dataDir)).length;
    const [a, b] = [await fire(new Date()), await fire(new Date())];
    // (the first run also reminds the earlier tests' activities that start within a day)
    assert.ok(a.reminded >= 1);
    assert.equal(b.reminded, 0);
    const sent = (await readOutbox(cloud.dataDir))
      .slice(before)
      .filter((m) => m.templateId === 'TPL_ACTIVITY_REMINDER' && m.page?.endsWith(`?id=${id}`));
    assert.deepEqual(
      sent.map((m) => m.touser),
      ['su-r1'],
    );
    assert.ok(!JSON.stringify(sent).includes('李志愿'));
    assert.ok(activityIn(cloud.db, id).remindedAt);
  });

  test('catch-up: a free place with people waiting is filled by the timer', async () => {
    const id = await publish(cloud, { quota: 1 });
    for (const p of ['su-c1', 'su-c2']) {
      await volunteer(cloud.db, p);
      await person(cloud, p)('activity', { action: 'sign_up', activityId: id });
    }
    // A withdrawal whose promotion never happened (as if the function died after it): a free place, one waiting.
    await cloud.db.update(
      'signups',
      { _id: `${id}_su-c1` },
      { $set: { status: 'withdrawn' } },
      { multi: false, replace: false, upsert: false },
    );
    await cloud.db.update('activities', { _id: id }, { $set: { signedUp: 0 } }, { multi: false, replace: false, upsert: false });
    const r = await fire(new Date());
    assert.ok(r.promoted >= 1);
    assert.equal(cloud.db.get('signups').docs.get(`${id}_su-c2`)!.status, 'signed_up');
    assert.deepEqual(counters(id).stored, [1, 0]);
  });

  test('once the activity has started, a free place is not filled from the waiting list', async () => {
    const id = await publish(cloud, { quota: 1 });
    for (const p of ['su-s1', 'su-s2']) {
      await volunteer(cloud.db, p);
      await person(cloud, p)('activity', { action: 'sign_up', activityId: id });
    }
    // The same lost promotion, but the activity began half an hour ago: the one waiting is not there.
    await cloud.db.update(
      'signups',
      { _id: `${id}_su-s1` },
      { $set: { status: 'withdrawn' } },
      { multi: false, replace: false, upsert: false },
    );
    await cloud.db.update('activities', { _id: id }, { $set: { signedUp: 0 } }, { multi: false, replace: false, upsert: false });
    await setTimes(cloud.db, id, { start: -0.5, end: 2, signUpBy: -1, withdrawBy: -1 });
    await fire(new Date());
    assert.equal(cloud.db.get('signups').docs.get(`${id}_su-s2`)!.status, 'waiting');
    assert.deepEqual(counters(id).stored, [0, 1]);
  });
});
