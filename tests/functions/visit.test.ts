// 约定上门 through the real functions: the claimant writes down the day and window; the resident's
// detail shows it beside who serves; nobody else can write it; a past day is refused; releasing the
// order clears it (the history keeps what was planned).
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../localcloud';
import { addDays, businessDate } from '../../src/domain/time';
import { isLegalHistory } from '../../src/domain/wish/machine';
import type { Wish } from '../../src/domain/wish/wish';
import { startFunctionsCloud } from '../helpers/functions';
import { person, wishForm } from '../helpers/people';

let cloud: LocalCloud;
beforeAll(async () => {
  cloud = await startFunctionsCloud();
});
afterAll(() => cloud.stop());

const TOMORROW = () => businessDate(addDays(new Date(), 1));
const YESTERDAY = () => businessDate(addDays(new Date(), -1));
const stored = (wishId: string) => cloud.db.get('wishes').docs.get(wishId) as unknown as Wish;

let residents = 0;
/** A wish of its own resident, dispatched to 乐修匠 and claimed by 小李 (demo-volunteer). */
async function claimedWish(): Promise<{ wishId: string; resident: ReturnType<typeof person> }> {
  residents++;
  const resident = person(cloud, `visit-res-${residents}`);
  const s = await resident('wish', wishForm({ contact: { name: '张桂兰', phone: `1371111${String(residents).padStart(4, '0')}` } }));
  assert.equal(s.data?.outcome, 'created', JSON.stringify(s.error));
  const wishId: string = s.data.wishId;
  const d = await person(cloud, 'demo-dispatcher')('dispatch', { action: 'dispatch', wishId, teamId: 't-lexiujiang' });
  assert.equal(d.ok, true, JSON.stringify(d.error));
  const c = await person(cloud, 'demo-volunteer')('volunteer', { action: 'claim', wishId });
  assert.equal(c.ok, true, JSON.stringify(c.error));
  return { wishId, resident };
}

describe('volunteer.plan_visit', () => {
  test('the claimant plans; the resident and the leader see it; the timeline records it', async () => {
    const { wishId, resident } = await claimedWish();
    const date = TOMORROW();
    const planned = await person(cloud, 'demo-volunteer')('volunteer', { action: 'plan_visit', wishId, date, window: 'morning' });
    assert.equal(planned.ok, true, JSON.stringify(planned.error));
    assert.deepEqual(planned.data, { wishId, status: 'claimed', version: stored(wishId).version });

    const seen = await resident('wish', { action: 'detail', wishId });
    assert.deepEqual(seen.data.plannedVisit, { date, window: 'morning' });
    assert.equal(seen.data.servedBy.name, '李*');
    const last = seen.data.history.at(-1);
    assert.deepEqual(
      { action: last.action, as: last.as, visit: last.visit },
      { action: 'plan_visit', as: 'claimant', visit: { date, window: 'morning' } },
    );
    assert.ok(isLegalHistory(seen.data.history));

    const leader = await person(cloud, 'demo-leader')('wish', { action: 'detail', wishId });
    assert.deepEqual(leader.data.plannedVisit, { date, window: 'morning' });

    // Again, to change it: the latest plan stands.
    const again = await person(cloud, 'demo-volunteer')('volunteer', { action: 'plan_visit', wishId, date, window: 'evening' });
    assert.equal(again.ok, true, JSON.stringify(again.error));
    assert.deepEqual(stored(wishId).plannedVisit, { date, window: 'evening' });
  });

  test('nobody but the claimant can write it, and a refusal writes nothing', async () => {
    const { wishId } = await claimedWish();
    const before = stored(wishId).version;
    const cases: Array<[string, string[]]> = [
      ['demo-volunteer-2', ['AUTH.FORBIDDEN']], // same team, not the claimant
      ['demo-leader', ['AUTH.FORBIDDEN']], // the leader may release it, not plan for the volunteer
      [`visit-res-${residents}`, ['AUTH.FORBIDDEN']], // the owner
      ['demo-resident-2', ['WISH.NOT_FOUND']], // a stranger to the wish
    ];
    for (const [openid, codes] of cases) {
      const r = await person(cloud, openid)('volunteer', { action: 'plan_visit', wishId, date: TOMORROW(), window: 'afternoon' });
      assert.equal(r.ok, false, openid);
      assert.ok(codes.includes(r.error?.code ?? ''), `${openid}: ${r.error?.code}`);
    }
    assert.equal(stored(wishId).version, before);
    assert.equal(stored(wishId).plannedVisit, undefined);
  });

  test('a day already past in Shanghai is refused with VISIT.DATE_PASSED', async () => {
    const { wishId } = await claimedWish();
    const r = await person(cloud, 'demo-volunteer')('volunteer', { action: 'plan_visit', wishId, date: YESTERDAY(), window: 'morning' });
    assert.equal(r.ok, false);
    assert.equal(r.error?.code, 'VISIT.DATE_PASSED');
    assert.equal(stored(wishId).plannedVisit, undefined);
    const today = await person(cloud, 'demo-volunteer')('volunteer', {
      action: 'plan_visit',
      wishId,
      date: businessDate(new Date()),
      window: 'any',
    });
    assert.equal(today.ok, true, JSON.stringify(today.error));
  });

  test('released: the plan goes with the claim; the history keeps it; the next claimant starts afresh', async () => {
    const { wishId, resident } = await claimedWish();
    const volunteer = person(cloud, 'demo-volunteer');
    assert.equal((await volunteer('volunteer', { action: 'plan_visit', wishId, date: TOMORROW(), window: 'morning' })).ok, true);
    const released = await volunteer('volunteer', { action: 'release', wishId });
    assert.equal(released.data.status, 'dispatched', JSON.stringify(released.error));
    assert.equal(stored(wishId).plannedVisit, undefined);
    assert.equal('plannedVisit' in stored(wishId), false);
    const seen = await resident('wish', { action: 'detail', wishId });
    assert.equal(seen.data.plannedVisit, undefined);
    assert.ok(seen.data.history.some((h: { action: string; visit?: unknown }) => h.action === 'plan_visit' && h.visit));

    // Planning needs a claim: in the hall it is refused by state.
    const inHall = await volunteer('volunteer', { action: 'plan_visit', wishId, date: TOMORROW(), window: 'morning' });
    assert.equal(inHall.ok, false);
    const other = person(cloud, 'demo-volunteer-2');
    assert.equal((await other('volunteer', { action: 'claim', wishId })).ok, true);
    assert.equal((await other('wish', { action: 'detail', wishId })).data.plannedVisit, undefined);
  });
});
