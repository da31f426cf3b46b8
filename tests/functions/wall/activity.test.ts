// Folding wishes into an activity (the weekly service day) through the real functions: the centre
// attaches wishes of the activity's community; the attendees (signed up or checked in) claim and serve
// them, each wish on its own lifecycle. The activity and its sign-ups are seeded as the contract stores them.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../../localcloud';
import type { Activity, SignUp } from '../../../src/domain/activity/activity';
import { seedActivity, seedSignUp } from '../../helpers/activities';
import { startFunctionsCloud } from '../../helpers/functions';
import { person, wishForm } from '../../helpers/people';

let cloud: LocalCloud;
beforeAll(async () => {
  cloud = await startFunctionsCloud();
});
afterAll(() => cloud.stop());

const dispatcher = () => person(cloud, 'demo-dispatcher');
let n = 0;

async function file(): Promise<{ wishId: string; owner: string }> {
  n++;
  const owner = `act-res-${n}`;
  const r = await person(cloud, owner)('wish', wishForm({ contact: { name: '张桂兰', phone: `1373333${String(n).padStart(4, '0')}` } }));
  assert.equal(r.data?.outcome, 'created', JSON.stringify(r.error));
  return { wishId: r.data.wishId, owner };
}

const activity = (over: Partial<Activity> = {}) => seedActivity(cloud.db, over);
const signUp = (activityId: string, openid: string, status: SignUp['status']) => seedSignUp(cloud.db, activityId, openid, status);

describe('attach_to_activity', () => {
  test("folds wishes into the activity: dispatched, due at the activity's end, listed once on the activity", async () => {
    const a = await activity();
    const [w1, w2] = [await file(), await file()];
    const detailOf = (w: { wishId: string; owner: string }) => person(cloud, w.owner)('wish', { action: 'detail', wishId: w.wishId });
    await detailOf(w1); // the place is cached reference data: the first call may read it
    const before = (await detailOf(w1)).requests.length;
    for (const w of [w1, w2]) {
      const r = await dispatcher()('dispatch', { action: 'attach_to_activity', wishId: w.wishId, activityId: a._id });
      assert.deepEqual([r.data?.status, r.data?.activityId], ['dispatched', a._id], JSON.stringify(r.error));
    }
    const again = await dispatcher()('dispatch', { action: 'attach_to_activity', wishId: w1.wishId, activityId: a._id });
    assert.equal(again.ok, true, 'a repeat is answered as done (and repairs the list)');
    const stored = cloud.db.get('activities').docs.get(a._id) as unknown as Activity;
    assert.deepEqual(stored.wishIds, [w1.wishId, w2.wishId]);
    const wish = cloud.db.get('wishes').docs.get(w1.wishId) as unknown as {
      activityId: string;
      dueAt: Date;
      history: Array<{ activityId?: string }>;
    };
    assert.equal(wish.activityId, a._id);
    assert.equal(new Date(wish.dueAt).getTime(), a.endAt.getTime());
    assert.equal(wish.history.at(-1)?.activityId, a._id);
    // The resident's detail (and the centre's) says what, when and where: one more read (1 → 2), only for such a wish.
    assert.equal((await detailOf(w1)).requests.length, before + 1);
    for (const who of [w1.owner, 'demo-dispatcher']) {
      const shown = await person(cloud, who)('wish', { action: 'detail', wishId: w1.wishId });
      assert.deepEqual(
        shown.data?.activity,
        { title: a.title, address: a.address, startAt: a.startAt.toISOString(), endAt: a.endAt.toISOString() },
        who,
      );
    }
  });

  test('refused: another community, cancelled, closed or missing; nothing written', async () => {
    const other = await activity({ communityId: 'c-qingyun' });
    const cancelled = await activity({ status: 'cancelled' });
    const closed = await activity({ status: 'closed' });
    const w = await file();
    const seq = cloud.db.seq;
    const cases: Array<[string, string]> = [
      [other._id, 'ACTIVITY.WRONG_COMMUNITY'],
      [cancelled._id, 'ACTIVITY.NOT_FOUND'],
      [closed._id, 'ACTIVITY.NOT_FOUND'],
      ['act-none', 'ACTIVITY.NOT_FOUND'],
    ];
    for (const [activityId, code] of cases) {
      const r = await dispatcher()('dispatch', { action: 'attach_to_activity', wishId: w.wishId, activityId });
      assert.equal(r.error?.code, code, activityId);
    }
    assert.equal(cloud.db.seq, seq);
  });

  test('an attendee claims and serves it; a non-attendee, a withdrawn or waiting one cannot', async () => {
    const a = await activity();
    const w = await file();
    await dispatcher()('dispatch', { action: 'attach_to_activity', wishId: w.wishId, activityId: a._id });
    await signUp(a._id, 'demo-volunteer-2', 'withdrawn');
    await signUp(a._id, 'demo-leader', 'waiting');
    for (const who of ['demo-volunteer-2', 'demo-leader', 'demo-resident-2']) {
      const r = await person(cloud, who)('volunteer', { action: 'claim', wishId: w.wishId });
      assert.equal(r.error?.code, 'WISH.NOT_FOUND', who);
    }
    await signUp(a._id, 'demo-volunteer', 'checked_in');
    const v = person(cloud, 'demo-volunteer');
    const claimed = await v('volunteer', { action: 'claim', wishId: w.wishId });
    assert.equal(claimed.data?.status, 'claimed', JSON.stringify(claimed.error));
    assert.equal((await v('volunteer', { action: 'check_in', wishId: w.wishId })).data?.status, 'in_service');
    const done = await v('volunteer', { action: 'complete', wishId: w.wishId, summary: '服务日现场修好了台灯', minutes: 30 });
    assert.equal(done.data?.status, 'completed');
  });

  test("a wish dispatched to a team since leaves the activity's list (wishIds is a copy)", async () => {
    const a = await activity();
    const [toTeam, stays] = [await file(), await file()];
    for (const w of [toTeam, stays]) await dispatcher()('dispatch', { action: 'attach_to_activity', wishId: w.wishId, activityId: a._id });
    const moved = await dispatcher()('dispatch', { action: 'dispatch', wishId: toTeam.wishId, teamId: 't-lexiujiang' });
    assert.equal(moved.data?.status, 'dispatched', JSON.stringify(moved.error));
    await signUp(a._id, 'demo-volunteer', 'signed_up');
    for (const who of ['demo-dispatcher', 'demo-volunteer']) {
      const shown = await person(cloud, who)('activity', { action: 'detail', activityId: a._id });
      assert.deepEqual(
        (shown.data?.wishes as Array<{ wishId: string }>).map((w) => w.wishId),
        [stays.wishId],
        `${who}: ${JSON.stringify(shown.error)}`,
      );
    }
  });

  test('only the centre attaches', async () => {
    const a = await activity();
    const w = await file();
    const r = await person(cloud, 'demo-leader')('dispatch', { action: 'attach_to_activity', wishId: w.wishId, activityId: a._id });
    assert.equal(r.error?.code, 'AUTH.FORBIDDEN');
  });
});

test('every query above was served by a declared index', () => {
  assert.equal(cloud.log.unindexed, 0);
});
