// `npm run bank:verify` over a store: the demo's books agree; a tampered balance, an unbalanced entry
// and an account below its floor are each reported.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { Database } from '../../../localcloud/store/database';
import { loadManifest } from '../../../localcloud/store/manifest';
import { agrees, describeReport, verifyDatabase } from '../../../scripts/bank-verify';
import { seedDemo } from '../../../scripts/demo-data';

let db: Database;
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bank-verify-'));
  db = new Database(path.join(dir, 'db'), loadManifest());
  db.open();
  await seedDemo(db);
});
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('bank:verify', () => {
  test('the demo books agree', () => {
    const r = verifyDatabase(db);
    assert.ok(r.entries > 0 && r.accounts > 0);
    assert.equal(agrees(r), true, describeReport(r).join('\n'));
  });

  test('a tampered balance, an unbalanced entry and an overdrawn account are reported', async () => {
    const noop = { multi: false, replace: false, upsert: false };
    await db.update('accounts', { _id: 'sponsor:street-xmh' }, { $inc: { balance: 3 } }, noop);
    await db.insert('journal', [
      {
        _id: 'bad:1',
        kind: 'bonus',
        at: new Date(),
        lines: [
          { account: 'passbook:o_x', points: -4 },
          { account: 'office:savings:c-1', points: 5 },
        ],
        memo: 'x',
      },
    ]);
    const r = verifyDatabase(db);
    assert.equal(agrees(r), false);
    assert.deepEqual(r.unbalanced, ['bad:1']);
    assert.equal(r.total, 1);
    assert.deepEqual(r.differences.map((d) => d.account).sort(), ['office:savings:c-1', 'passbook:o_x', 'sponsor:street-xmh']);
    assert.deepEqual(r.belowFloor, ['passbook:o_x']);
    assert.ok(describeReport(r).some((l) => l.includes('余额不符：sponsor:street-xmh')));
  });
});
