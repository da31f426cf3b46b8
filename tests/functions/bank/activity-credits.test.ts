// An hour served at an activity is an hour served: an activity's credit (closed through the real
// `activity` function) counts in the volunteer's badges, hours this year and party hours, in the
// street's party-hours list and reviews, and in the savings office's hours and projects (one project
// however many attended); an admin's correction of it names the activity and takes it all back.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../../localcloud';
import { checkInvariants } from '../../security/race-invariants';
import { startFunctionsCloud } from '../../helpers/functions';
import { person } from '../../helpers/people';
import { publish, setTimes, volunteer } from '../activity/fixtures';

let cloud: LocalCloud;
const [A, B] = ['ac-party', 'ac-other'];
const NAME = '郑活动';
const YEAR = Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4));
let activityId = '';

beforeAll(async () => {
  cloud = await startFunctionsCloud();
  await volunteer(cloud.db, A, 'c-jinding', NAME);
  await volunteer(cloud.db, B, 'c-jinding', '钱活动');
  await cloud.db.update('volunteers', { _id: A }, { $set: { partyMember: true } }, { multi: false, replace: false, upsert: false });
}, 180_000);
afterAll(() => cloud?.stop());

const dispatcher = () => person(cloud, 'demo-dispatcher');
const recognition = async (who: string) => {
  const r = await person(cloud, who)('bank', { action: 'recognition' });
  assert.equal(r.ok, true, JSON.stringify(r.error));
  return r.data as { minutesThisYear: number; party?: { minutes: number }; earned: Array<{ id: string }> };
};
const jinding = async () => {
  const r = await dispatcher()('bank', { action: 'offices', year: YEAR });
  assert.equal(r.ok, true, JSON.stringify(r.error));
  const office = (r.data.offices as Array<{ communityId: string; indicators: Array<{ key: string; value: number }> }>).find(
    (o) => o.communityId === 'c-jinding',
  )!;
  return Object.fromEntries(office.indicators.map((i) => [i.key, i.value]));
};
const partyMinutes = async () => {
  const r = await dispatcher()('bank', { action: 'party_hours', communityId: 'c-jinding', page: 0 });
  assert.equal(r.ok, true, JSON.stringify(r.error));
  return (r.data.items as Array<{ name: string; minutes: number }>).find((i) => i.name === NAME)?.minutes;
};

describe("an activity's credit", () => {
  let before: Record<string, number>;

  test('two volunteers attend (2 h and 1 h) and the activity closes', async () => {
    assert.deepEqual((await recognition(A)).earned, [], 'nothing yet');
    assert.equal(await partyMinutes(), 0);
    before = await jinding();
    activityId = await publish(cloud, { quota: 5, points: 20 });
    for (const p of [A, B]) assert.equal((await person(cloud, p)('activity', { action: 'sign_up', activityId })).ok, true);
    await setTimes(cloud.db, activityId, { start: -3, end: -1 });
    const start = new Date(cloud.db.get('activities').docs.get(activityId)!.startAt as Date).getTime();
    for (const [p, minutes] of [
      [A, 120],
      [B, 60],
    ] as const)
      await cloud.db.update(
        'signups',
        { _id: `${activityId}_${p}` },
        { $set: { status: 'checked_out', checkInAt: new Date(start), checkOutAt: new Date(start + minutes * 60_000) } },
        { multi: false, replace: false, upsert: false },
      );
    const closed = await dispatcher()('activity', { action: 'close', activityId });
    assert.deepEqual([closed.data?.attended, closed.data?.minutes], [2, 180], JSON.stringify(closed.error));
  });

  test("counts in the volunteer's badges, hours this year and party hours", async () => {
    const mine = await recognition(A);
    assert.deepEqual(
      mine.earned.map((b) => b.id),
      ['first_service'],
    );
    assert.deepEqual([mine.minutesThisYear, mine.party?.minutes], [120, 120]);
    const months = await person(cloud, A)('bank', { action: 'passbook_months', year: YEAR });
    assert.equal(months.data.minutesThisYear, 120, '存折 本年服务时长');
  });

  test("counts in the street's party hours, the reviews and the savings office (one project, three hours)", async () => {
    assert.equal(await partyMinutes(), 120);
    const after = await jinding();
    assert.deepEqual([after.hours - before.hours, after.projects - before.projects], [3, 1]);
    const review = await dispatcher()('bank', { action: 'reviews', period: 'year', at: `${YEAR}-06` });
    assert.equal(review.ok, true, JSON.stringify(review.error));
    const ranked = (review.data.street as Array<{ name: string; points: number; minutes: number }>).find((s) => s.name === NAME);
    assert.deepEqual(ranked && [ranked.points, ranked.minutes], [20, 120]);
  });

  test('an admin corrects it: the reversal names the activity, and the badge and the hours go', async () => {
    const entryId = `activity:${activityId}:${A}`;
    const r = await person(cloud, 'demo-admin')('bank', { action: 'correct', entryId, reason: '未实际到场', requestId: 'req_ac_fix_1' });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    const reversal = cloud.db.get('journal').docs.get(`reversal:${entryId}`) as { activityId?: string; minutes?: number };
    assert.deepEqual([reversal.activityId, reversal.minutes], [activityId, -120]);
    const mine = await recognition(A);
    assert.deepEqual([mine.earned, mine.minutesThisYear, mine.party?.minutes], [[], 0, 0]);
    assert.equal(await partyMinutes(), 0);
    assert.deepEqual(checkInvariants(cloud.db).violations, []);
  });
});
