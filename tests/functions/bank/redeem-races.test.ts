// Reservations under contention, through the real `bank` function: the last items go to exactly as many
// volunteers as there are, a passbook is never spent twice, a code is confirmed once, and the store's
// invariants (journal, balances, reservations, stock) hold after every race.
import assert from 'node:assert/strict';
import { afterAll, afterEach, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../../localcloud';
import { checkInvariants } from '../../security/race-invariants';
import { startFunctionsCloud } from '../../helpers/functions';
import { person } from '../../helpers/people';
import { balanceIn, reservationViolations, rewardIn, rewardItem, volunteerWithPoints } from '../../helpers/redeem';

let cloud: LocalCloud;
let n = 0;
const req = () => `race${Date.now().toString(36)}${n++}`;

beforeAll(async () => {
  cloud = await startFunctionsCloud();
}, 120_000);
afterAll(() => cloud?.stop());
afterEach(() => {
  assert.deepEqual(reservationViolations(cloud), []);
  assert.deepEqual(checkInvariants(cloud.db).violations, []);
});

describe('reservation races', () => {
  test('50 volunteers at once for the last 3 items: 3 reserve, 47 hear out of stock, stock 0', async () => {
    await rewardItem(cloud.db, 'race-last3', 10, 3);
    const people = Array.from({ length: 50 }, (_, i) => `race-v${i}`);
    for (const p of people) await volunteerWithPoints(cloud.db, p, 10);
    const answers = await Promise.all(
      people.map((p) => person(cloud, p)('bank', { action: 'reserve', itemId: 'race-last3', requestId: req() })),
    );
    const codes = answers.map((a) => (a.ok ? 'ok' : a.error?.code));
    assert.equal(codes.filter((c) => c === 'ok').length, 3, JSON.stringify(codes));
    assert.equal(codes.filter((c) => c === 'REDEEM.OUT_OF_STOCK').length, 47, JSON.stringify(codes));
    const item = rewardIn(cloud.db, 'race-last3');
    assert.deepEqual([item.stock, item.available], [0, false]);
    const paid = people.filter((p) => balanceIn(cloud.db, `passbook:${p}`) === 0);
    assert.equal(paid.length, 3, 'exactly the three who reserved paid');
    // Six digits are unique among the shop's held reservations.
    const digits = answers.filter((a) => a.ok).map((a) => a.data.digits as string);
    assert.equal(new Set(digits).size, 3);
  });

  test('one passbook with points for one item, two phones at once: one reservation', async () => {
    await rewardItem(cloud.db, 'race-twophones', 40, 10);
    await volunteerWithPoints(cloud.db, 'race-two', 50);
    const me = person(cloud, 'race-two');
    const [a, b] = await Promise.all([1, 2].map(() => me('bank', { action: 'reserve', itemId: 'race-twophones', requestId: req() })));
    assert.deepEqual([a!.ok, b!.ok].sort(), [false, true]);
    assert.equal((a!.ok ? b! : a!).error?.code, 'REDEEM.NOT_ENOUGH_POINTS');
    assert.equal(balanceIn(cloud.db, 'passbook:race-two'), 10);
    assert.equal(rewardIn(cloud.db, 'race-twophones').stock, 9);
  });

  test('a code confirmed at once from three tills: once (five codes)', async () => {
    await rewardItem(cloud.db, 'race-confirm', 25, 5);
    const m = person(cloud, 'demo-merchant');
    for (let round = 0; round < 5; round++) {
      await volunteerWithPoints(cloud.db, `race-c${round}`, 25);
      const made = await person(cloud, `race-c${round}`)('bank', { action: 'reserve', itemId: 'race-confirm', requestId: req() });
      assert.equal(made.ok, true, JSON.stringify(made.error));
      const shopBefore = balanceIn(cloud.db, 'merchant:shop-xingfu');
      const tries = await Promise.all([1, 2, 3].map(() => m('bank', { action: 'redeem', reservationId: made.data.reservationId })));
      const codes = tries.map((t) => (t.ok ? 'ok' : t.error?.code)).sort();
      const errors = () =>
        JSON.stringify(
          cloud.host
            .recentLogs('bank')
            .filter((l) => l.level === 'error')
            .slice(-3),
        );
      assert.deepEqual(codes, ['REDEEM.ALREADY_REDEEMED', 'REDEEM.ALREADY_REDEEMED', 'ok'], errors());
      assert.equal(balanceIn(cloud.db, 'merchant:shop-xingfu'), shopBefore + 25);
    }
  });

  test('a cancel and a confirm at once: one of them', async () => {
    await rewardItem(cloud.db, 'race-cancel', 15, 5);
    await volunteerWithPoints(cloud.db, 'race-x', 15);
    const made = await person(cloud, 'race-x')('bank', { action: 'reserve', itemId: 'race-cancel', requestId: req() });
    const [cancel, confirm] = await Promise.all([
      person(cloud, 'race-x')('bank', { action: 'cancel_reservation', reservationId: made.data.reservationId }),
      person(cloud, 'demo-merchant')('bank', { action: 'redeem', reservationId: made.data.reservationId }),
    ]);
    assert.equal([cancel.ok, confirm.ok].filter(Boolean).length, 1, JSON.stringify([cancel.error, confirm.error]));
    assert.equal(rewardIn(cloud.db, 'race-cancel').stock, cancel.ok ? 5 : 4);
  });
});
