// `npm start`'s bank history (seedDemo's `history` option): the books agree with the pure verify, every
// entry balances, and each screen the demo is for has something to show.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { Database } from '../../../localcloud/store/database';
import { loadManifest } from '../../../localcloud/store/manifest';
import { seedDemo } from '../../../scripts/demo-data';
import { HISTORY_VOLUNTEERS } from '../../../scripts/demo-history-data';
import type { Account } from '../../../src/domain/bank/account';
import { isBalanced, type JournalEntry } from '../../../src/domain/bank/ledger';
import { verifyLedger } from '../../../src/domain/bank/verify';

let db: Database;
let dir: string;
const now = new Date('2026-06-15T04:00:00Z');
const all = <T>(name: string) => [...db.get(name).docs.values()] as unknown as T[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-history-'));
  db = new Database(path.join(dir, 'db'), loadManifest());
  db.open();
  assert.equal(await seedDemo(db, now, { welcomePoints: true, history: true }), true);
});
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the demo bank history', () => {
  test('verify finds no difference and every entry balances', () => {
    const journal = all<JournalEntry>('journal');
    const r = verifyLedger(journal, all<Account>('accounts'));
    assert.deepEqual(
      { total: r.total, unbalanced: r.unbalanced, differences: r.differences, belowFloor: r.belowFloor },
      {
        total: 0,
        unbalanced: [],
        differences: [],
        belowFloor: [],
      },
    );
    assert.ok(journal.length > 30);
    for (const e of journal) assert.ok(isBalanced(e), e._id);
  });

  test('every history volunteer has a passbook with points and minutes, paid by closed wishes', () => {
    const accounts = new Map(all<Account>('accounts').map((a) => [a._id, a]));
    const journal = new Map(all<JournalEntry>('journal').map((e) => [e._id, e]));
    const wishes = all<{ _id: string; status: string; claimant: string; creditEntryId?: string; rating?: { stars: number } }>('wishes');
    for (const openid of Object.keys(HISTORY_VOLUNTEERS)) {
      const passbook = accounts.get(`passbook:${openid}`);
      assert.ok(passbook && passbook.balance > 0 && passbook.minutes > 0, openid);
      const mine = wishes.filter((w) => w.claimant === openid);
      assert.ok(mine.length >= 4, openid);
      for (const w of mine) {
        assert.equal(w.status, 'closed');
        assert.ok(w.rating && journal.get(w.creditEntryId!)?.wishId === w._id, w._id);
      }
    }
    assert.ok(wishes.filter((w) => w.claimant === 'demo-volunteer' && w.rating?.stars === 5).length >= 10);
  });

  test('the offices hold their allotment and 幸福超市 has confirmed redemptions', () => {
    const accounts = new Map(all<Account>('accounts').map((a) => [a._id, a]));
    for (const office of ['office:branch:s-ximahe', 'office:savings:c-jinding', 'office:savings:c-qingyun'])
      assert.ok((accounts.get(office)?.balance ?? 0) > 0, office);
    const redeemed = all<{ shopId: string; status: string; points: number }>('reservations').filter((r) => r.status === 'redeemed');
    assert.ok(redeemed.length >= 2);
    assert.equal(
      accounts.get('merchant:shop-xingfu')?.balance,
      redeemed.filter((r) => r.shopId === 'shop-xingfu').reduce((s, r) => s + r.points, 0),
    );
  });

  test('without the option the seed writes no history', async () => {
    const plainDir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-plain-'));
    const plain = new Database(path.join(plainDir, 'db'), loadManifest());
    plain.open();
    try {
      await seedDemo(plain, now, { welcomePoints: true });
      assert.equal(plain.get('wishes').docs.size, 0);
      assert.equal(plain.get('reservations').docs.size, 0);
    } finally {
      plain.close();
      fs.rmSync(plainDir, { recursive: true, force: true });
    }
  });
});
