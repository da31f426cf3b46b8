// 等待预算 as the volunteer sees it: credits waiting for their sponsor's budget are counted on the
// passbook (how many, how many points) and marked on 我的 (volunteer.history), read through the index
// volunteer_1_status_1_since_1; another volunteer sees none; a grant pays them and the marks go.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../../localcloud';
import { SERVICE_MENU } from '../../../src/domain/menu';
import { person, wishForm, type Called } from '../../helpers/people';
import { startLedgerCloud } from './fixtures/cloud';

let cloud: LocalCloud;
const VOLUNTEER = 'demo-volunteer';
beforeAll(async () => {
  cloud = await startLedgerCloud('bank-waiting-volunteer');
  // 金鼎's services are paid by sp-empty, which has no budget: every credit waits.
  await cloud.db.update(
    'communities',
    { _id: 'c-jinding' },
    { $set: { sponsorId: 'sp-empty' } },
    { multi: false, replace: false, upsert: false },
  );
  await cloud.db.insert('accounts', [{ _id: 'sponsor:sp-empty', kind: 'sponsor', name: '包联单位', balance: 0, minutes: 0 }]);
});
afterAll(() => cloud.stop());

let residents = 0;
/** A repair of 金鼎 served by the demo volunteer and rated 5★: answers its id and whether it was paid. */
async function servedAndRated(): Promise<{ wishId: string; credited: boolean }> {
  residents++;
  const resident = person(cloud, `waiting-res-${residents}`);
  const s = await resident('wish', wishForm({ contact: { name: '张桂兰', phone: `1371000${String(residents).padStart(4, '0')}` } }));
  assert.equal(s.data?.outcome, 'created', JSON.stringify(s.error));
  const wishId = s.data.wishId as string;
  assert.equal((await person(cloud, 'demo-dispatcher')('dispatch', { action: 'dispatch', wishId, teamId: 't-lexiujiang' })).ok, true);
  const v = person(cloud, VOLUNTEER);
  for (const event of [
    { action: 'claim', wishId },
    { action: 'check_in', wishId },
    { action: 'complete', wishId, summary: '已修好', minutes: 30 },
  ]) {
    const r = await v('volunteer', event);
    assert.equal(r.ok, true, JSON.stringify(r.error));
  }
  const rated = await resident('wish', { action: 'rate', wishId, stars: 5 });
  assert.equal(rated.ok, true, JSON.stringify(rated.error));
  return { wishId, credited: rated.data.credited };
}

const waitingReads = (r: Called) => r.requests.filter((q) => q.collection === 'waitingCredits');
const category = wishForm().category as keyof typeof SERVICE_MENU;

describe('等待预算 for the volunteer', () => {
  const ids: string[] = [];

  test('two credits wait: the passbook counts them and their points, through the index', async () => {
    for (let i = 0; i < 2; i++) {
      const { wishId, credited } = await servedAndRated();
      assert.equal(credited, false, 'no budget: it waits');
      ids.push(wishId);
    }
    // Someone else's credits wait too (another sponsor): they are neither counted nor examined.
    await cloud.db.insert(
      'waitingCredits',
      [1, 2, 3].map((n) => ({
        _id: `other-wish-${n}`,
        sponsorId: 'sp-other',
        volunteer: 'someone-else',
        category,
        points: 10,
        rulesVersion: 0,
        status: 'waiting',
        since: new Date(Date.now() - n * 60_000),
      })),
    );
    const r = await person(cloud, VOLUNTEER)('volunteer', { action: 'passbook', page: 0 });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    assert.deepEqual(r.data.waiting, { count: 2, points: 2 * SERVICE_MENU[category].points });
    const reads = waitingReads(r);
    assert.equal(reads.length, 1, JSON.stringify(r.requests));
    assert.deepEqual(
      reads.map((q) => [q.index, q.examined]),
      [['volunteer_1_status_1_since_1', 2]],
      'only my waiting credits are examined',
    );
  });

  test('我的 marks the waiting services 等待预算; a served wish paid or unrated is not marked', async () => {
    const r = await person(cloud, VOLUNTEER)('volunteer', { action: 'history', page: 0 });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    const marked = r.data.items.filter((i: { waitingBudget?: boolean }) => i.waitingBudget).map((i: { wish: { id: string } }) => i.wish.id);
    assert.deepEqual(marked.sort(), [...ids].sort());
    for (const i of r.data.items) assert.equal(i.outcome, 'waiting');
    assert.ok(waitingReads(r).every((q) => q.served));
  });

  test('another volunteer sees nothing waiting (and 我的 without an unpaid service reads no queue)', async () => {
    const other = person(cloud, 'demo-volunteer-2');
    const p = await other('volunteer', { action: 'passbook', page: 0 });
    assert.deepEqual(p.data.waiting, { count: 0, points: 0 });
    const h = await other('volunteer', { action: 'history', page: 0 });
    assert.equal(h.ok, true, JSON.stringify(h.error));
    assert.equal(waitingReads(h).length, 0);
  });

  test('a grant pays the queue: nothing waits any more and 我的 shows them paid', async () => {
    const g = await person(cloud, 'demo-admin')('admin', {
      action: 'grant_budget',
      sponsorId: 'sp-empty',
      points: 1000,
      reason: '包联单位拨付',
      requestId: 'req_waiting_volunteer_1',
    });
    assert.equal(g.ok, true, JSON.stringify(g.error));
    assert.equal(g.data.released, 2);
    const v = person(cloud, VOLUNTEER);
    assert.deepEqual((await v('volunteer', { action: 'passbook', page: 0 })).data.waiting, { count: 0, points: 0 });
    const h = await v('volunteer', { action: 'history', page: 0 });
    for (const i of h.data.items) {
      assert.equal(i.outcome, 'paid');
      assert.equal(i.waitingBudget, undefined);
    }
  });
});
