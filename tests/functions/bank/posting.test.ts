// The one posting path (cloudfunctions/_lib/post.ts) through the real SDK in the local cloud: it opens
// the accounts an entry names, posts an entry once however often it is sent, and refuses an entry
// that would take an account below its floor without writing anything.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../../localcloud';
import { checkInvariants } from '../../security/race-invariants';
import { post, startLedgerCloud } from './fixtures/cloud';

let cloud: LocalCloud;
beforeAll(async () => {
  cloud = await startLedgerCloud('bank-posting');
});
afterAll(() => cloud.stop());

const account = (id: string) =>
  cloud.db.get('accounts').docs.get(id) as { kind: string; owner: string; balance: number; minutes: number } | undefined;
const grant = (id: string, sponsor: string, points: number) => ({
  _id: id,
  kind: 'budget_grant',
  lines: [
    { account: 'issuer:head-office', points: -points },
    { account: `sponsor:${sponsor}`, points },
  ],
  memo: '测试预算',
});

describe('postIn / postOnce', () => {
  test('opens the accounts an entry names, with kind and owner from their ids', async () => {
    assert.equal(account('sponsor:sp-new'), undefined);
    assert.deepEqual(await post(cloud, grant('grant:sp-new:1', 'sp-new', 30)), { outcome: 'posted' });
    assert.deepEqual(account('sponsor:sp-new'), { _id: 'sponsor:sp-new', kind: 'sponsor', owner: 'sp-new', balance: 30, minutes: 0 });
    const pay = {
      _id: 'bonus:test:0',
      kind: 'bonus',
      minutes: 45,
      lines: [
        { account: 'sponsor:sp-new', points: -10 },
        { account: 'passbook:o-new', points: 10 },
      ],
      memo: '测试',
    };
    assert.deepEqual(await post(cloud, pay), { outcome: 'posted' });
    assert.deepEqual(account('passbook:o-new'), { _id: 'passbook:o-new', kind: 'passbook', owner: 'o-new', balance: 10, minutes: 45 });
    assert.equal(account('sponsor:sp-new')!.balance, 20);
  });

  test('idempotent: the same entry sent 6 times at once is posted once', async () => {
    const before = account('sponsor:street-xmh')!.balance;
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => post(cloud, grant('grant:street-xmh:idem', 'street-xmh', 7))));
    assert.deepEqual(outcomes.map((o) => o.outcome).sort(), [
      'already_posted',
      'already_posted',
      'already_posted',
      'already_posted',
      'already_posted',
      'posted',
    ]);
    assert.equal(account('sponsor:street-xmh')!.balance, before + 7);
    assert.equal([...cloud.db.get('journal').docs.keys()].filter((k) => k === 'grant:street-xmh:idem').length, 1);
  });

  test('below the floor: refused, naming the account, and nothing is written', async () => {
    const seq = cloud.db.seq;
    const overdraw = {
      _id: 'bonus:test:1',
      kind: 'bonus',
      minutes: 30,
      lines: [
        { account: 'sponsor:sp-new', points: -21 },
        { account: 'passbook:o-other', points: 21 },
      ],
      memo: '测试',
    };
    assert.deepEqual(await post(cloud, overdraw), { outcome: 'below_floor', account: 'sponsor:sp-new' });
    assert.equal(cloud.db.seq, seq, 'no write');
    assert.equal(account('passbook:o-other'), undefined, 'no account opened');
    assert.equal(cloud.db.get('journal').docs.get('bonus:test:1'), undefined);
    // Exactly the balance is fine: the floor is 0, not 1.
    assert.equal(
      (
        await post(cloud, {
          ...overdraw,
          _id: 'bonus:test:2',
          lines: [
            { account: 'sponsor:sp-new', points: -20 },
            { account: 'passbook:o-other', points: 20 },
          ],
        })
      ).outcome,
      'posted',
    );
    assert.equal(account('sponsor:sp-new')!.balance, 0);
  });

  test('the store still satisfies every invariant', () => {
    assert.deepEqual(checkInvariants(cloud.db).violations, []);
  });
});
