// A transaction conflicts at commit when a document it only READ has changed since it first read it,
// not only when a document it wrote has (README: "any document it touched"). Otherwise write skew
// passes: T reads A, decides, writes B, while A changes underneath.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../localcloud';
import { Database } from '../../localcloud/store/database';
import { Transactions } from '../../localcloud/store/transactions';
import { CloudError } from '../../localcloud/types';
import { startTestCloud, target } from '../helpers/cloud';
import { withSdk } from '../helpers/sdk';

// The SDK's transaction object, as far as these tests use it.
/* eslint-disable-next-line @typescript-eslint/no-explicit-any */
type Tx = { collection(name: string): any };

describe('through the real SDK', () => {
  let cloud: LocalCloud;
  beforeAll(async () => {
    cloud = await startTestCloud({ manifestPath: path.join(__dirname, '../fixtures/manifest.json') });
  });
  afterAll(() => cloud.stop());

  test('T reads A with doc().get() and writes B; A changes meanwhile; the commit answers DATABASE_TRANSACTION_CONFLICT', async () => {
    const got = await withSdk(target(cloud), async ({ db, _ }) => {
      await db
        .collection('acct')
        .doc('readA')
        .set({ data: { bal: 10 } });
      await db
        .collection('acct')
        .doc('writeB')
        .set({ data: { copy: 0 } });
      const t = await db.startTransaction();
      const { data: a } = await t.collection('acct').doc('readA').get();
      // outside the transaction, someone else changes the document it read
      await db
        .collection('acct')
        .doc('readA')
        .update({ data: { bal: _.inc(5) } });
      await t
        .collection('acct')
        .doc('writeB')
        .update({ data: { copy: a.bal } });
      const commit = await t.commit().then(
        () => 'committed',
        (e: { message?: string }) => String(e?.message ?? e),
      );
      return { commit, copy: (await db.collection('acct').doc('writeB').get()).data.copy };
    });
    assert.match(got.commit, /transaction conflict/i, 'the SDK reports the DATABASE_TRANSACTION_CONFLICT answer');
    assert.equal(got.copy, 0, 'nothing of the conflicting transaction was written');
  });

  test('the same with a where().get() read inside the transaction', async () => {
    const got = await withSdk(target(cloud), async ({ db, _ }) => {
      await db.collection('orders').add({ data: { _id: 'skewA', status: 'open', n: 1 } });
      await db
        .collection('acct')
        .doc('skewB')
        .set({ data: { seen: 0 } });
      const t = await db.startTransaction();
      const { data: list } = await t.collection('orders').where({ status: 'open', _id: 'skewA' }).get();
      await db
        .collection('orders')
        .doc('skewA')
        .update({ data: { n: _.inc(1) } });
      await t
        .collection('acct')
        .doc('skewB')
        .update({ data: { seen: list.length } });
      const commit = await t.commit().then(
        () => 'committed',
        (e: { message?: string }) => String(e?.message ?? e),
      );
      return { read: list.length, commit, seen: (await db.collection('acct').doc('skewB').get()).data.seen };
    });
    assert.equal(got.read, 1);
    assert.match(got.commit, /transaction conflict/i);
    assert.equal(got.seen, 0);
  });

  test('runTransaction retries a read-only conflict and the retry sees the new value', async () => {
    const got = await withSdk(target(cloud), async ({ db, _ }) => {
      await db
        .collection('acct')
        .doc('srcA')
        .set({ data: { bal: 1 } });
      await db
        .collection('acct')
        .doc('dstB')
        .set({ data: { copy: 0 } });
      let runs = 0;
      await db.runTransaction(async (t: Tx) => {
        runs++;
        const { data } = await t.collection('acct').doc('srcA').get();
        if (runs === 1)
          await db
            .collection('acct')
            .doc('srcA')
            .update({ data: { bal: _.inc(41) } });
        await t
          .collection('acct')
          .doc('dstB')
          .update({ data: { copy: data.bal } });
      });
      return { runs, copy: (await db.collection('acct').doc('dstB').get()).data.copy };
    });
    assert.deepEqual(got, { runs: 2, copy: 42 });
  });
});

describe('in the store', () => {
  function store() {
    const db = new Database(fs.mkdtempSync(path.join(os.tmpdir(), 'msb-txr-')), { collections: { c: { indexes: [] } } });
    db.open();
    return { db, txs: new Transactions(db) };
  }
  const conflict = (err: unknown) => err instanceof CloudError && err.code === 'DATABASE_TRANSACTION_CONFLICT';

  test('write skew: two transactions read X and Y and each writes one of them; the second commit conflicts', async () => {
    const { db, txs } = store();
    await db.insert('c', [
      { _id: 'X', on: true },
      { _id: 'Y', on: true },
    ]);
    const [t1, t2] = [txs.start(), txs.start()];
    for (const t of [t1, t2]) for (const id of ['X', 'Y']) assert.equal(txs.getDoc(t, 'c', id)?.on, true);
    // "at least one stays on": each sees both on and turns one off
    txs.update(t1, 'c', 'X', { $set: { on: false } }, { replace: false, upsert: false });
    txs.update(t2, 'c', 'Y', { $set: { on: false } }, { replace: false, upsert: false });
    await txs.commit(t1);
    await assert.rejects(txs.commit(t2), conflict);
    assert.equal(db.get('c').docs.get('Y')?.on, true, 'the invariant holds');
    txs.close();
    db.close();
  });

  test('a document read as missing and created by someone else before the commit is a conflict', async () => {
    const { db, txs } = store();
    await db.insert('c', [{ _id: 'B', n: 0 }]);
    const t = txs.start();
    assert.equal(txs.getDoc(t, 'c', 'A'), undefined);
    await db.insert('c', [{ _id: 'A', n: 1 }]);
    txs.update(t, 'c', 'B', { $set: { sawA: false } }, { replace: false, upsert: false });
    await assert.rejects(txs.commit(t), conflict);
    assert.equal(db.get('c').docs.get('B')?.sawA, undefined);
    txs.close();
    db.close();
  });

  test('a read whose document did not change commits', async () => {
    const { db, txs } = store();
    await db.insert('c', [
      { _id: 'A', n: 1 },
      { _id: 'B', n: 0 },
      { _id: 'other', n: 0 },
    ]);
    const t = txs.start();
    const a = txs.getDoc(t, 'c', 'A');
    await db.update('c', { _id: 'other' }, { $inc: { n: 1 } }, { multi: false, replace: false, upsert: false });
    txs.update(t, 'c', 'B', { $set: { n: a?.n } }, { replace: false, upsert: false });
    await txs.commit(t);
    assert.equal(db.get('c').docs.get('B')?.n, 1);
    txs.close();
    db.close();
  });
});
