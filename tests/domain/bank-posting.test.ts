// The posting rule (floors) and a reservation's entries: a hold resolves once, by release or confirm.
import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { balancesOf, isBalanced, type AccountId, type JournalEntry } from '../../src/domain/bank/ledger';
import { decidePost } from '../../src/domain/bank/posting';
import { redemptionConfirm, redemptionHold, redemptionRelease } from '../../src/domain/bank/redemption';

const NOW = new Date('2026-12-01T02:00:00Z');
const R = { reservationId: 'r1', volunteer: 'o_v', shopId: 'shop-xingfu', points: 50, what: '花生油 · 幸福超市' };

/** Posts the entries in order through decidePost; answers which were refused. */
function run(start: Record<string, number>, entries: JournalEntry[]) {
  const bal = new Map<AccountId, number>(Object.entries(start) as Array<[AccountId, number]>);
  const refused: string[] = [];
  for (const e of entries) {
    const d = decidePost((a) => bal.get(a) ?? 0, e);
    if (!d.ok) refused.push(e._id);
    else for (const [a, m] of d.moves) bal.set(a, (bal.get(a) ?? 0) + m.points);
  }
  return { bal, refused };
}

describe('posting a reservation', () => {
  test('every entry balances and carries its category, who and why', () => {
    for (const e of [redemptionHold(R, NOW), redemptionRelease(R, 'expired', NOW), redemptionConfirm(R, 'o_shop', NOW)]) {
      assert.equal(isBalanced(e), true, e._id);
      assert.equal(e.category, 'redemption');
      assert.ok(e.by && e.reason, e._id);
    }
    assert.ok(redemptionConfirm(R, 'o_shop', NOW).accounts.includes('passbook:o_v'), 'the passbook lists the confirmation');
  });

  test.each([
    [
      'hold then confirm',
      60,
      [redemptionHold(R, NOW), redemptionConfirm(R, 'o_shop', NOW)],
      [],
      { 'passbook:o_v': 10, 'merchant:shop-xingfu': 50, 'hold:r1': 0 },
    ],
    ['hold then release', 60, [redemptionHold(R, NOW), redemptionRelease(R, 'expired', NOW)], [], { 'passbook:o_v': 60, 'hold:r1': 0 }],
    ['hold without the points', 40, [redemptionHold(R, NOW)], ['hold:r1'], { 'passbook:o_v': 40 }],
    [
      'confirm after release',
      60,
      [redemptionHold(R, NOW), redemptionRelease(R, 'cancelled', NOW), redemptionConfirm(R, 'o_shop', NOW)],
      ['redeem:r1'],
      { 'passbook:o_v': 60 },
    ],
    [
      'release after confirm',
      60,
      [redemptionHold(R, NOW), redemptionConfirm(R, 'o_shop', NOW), redemptionRelease(R, 'expired', NOW)],
      ['release:r1'],
      { 'merchant:shop-xingfu': 50 },
    ],
  ])('%s', (_name, start, entries, refused, expected) => {
    const out = run({ 'passbook:o_v': start }, entries);
    assert.deepEqual(out.refused, refused);
    for (const [a, v] of Object.entries(expected)) assert.equal(out.bal.get(a as AccountId) ?? 0, v, a);
    const posted = entries.filter((e) => !(refused as string[]).includes(e._id));
    for (const [a, v] of balancesOf(posted)) assert.equal(out.bal.get(a)! - (a === 'passbook:o_v' ? start : 0), v, a);
  });

  test('only the issuer goes below zero', () => {
    const grant = {
      lines: [
        { account: 'issuer:head-office' as AccountId, points: -5 },
        { account: 'sponsor:s' as AccountId, points: 5 },
      ],
    };
    assert.equal(decidePost(() => 0, grant).ok, true);
    const back = {
      lines: [
        { account: 'sponsor:s' as AccountId, points: -5 },
        { account: 'issuer:head-office' as AccountId, points: 5 },
      ],
    };
    assert.deepEqual(
      decidePost(() => 0, back),
      { ok: false, account: 'sponsor:s' },
    );
  });
});
