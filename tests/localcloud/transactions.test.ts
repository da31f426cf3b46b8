// Transactions through the real SDK: commit, rollback, a conflict that runTransaction retries.
import assert from 'node:assert/strict';
import path from 'node:path';
import { afterAll, beforeAll, test } from '@jest/globals';
import type { LocalCloud } from '../../localcloud';
import { startTestCloud, target } from '../helpers/cloud';
import { withSdk } from '../helpers/sdk';

// The SDK's transaction object, as far as these tests use it.
/* eslint-disable @typescript-eslint/no-explicit-any */
type Tx = { collection(name: string): any; rollback(reason?: unknown): Promise<void> };
/* eslint-enable @typescript-eslint/no-explicit-any */

let cloud: LocalCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ manifestPath: path.join(__dirname, '../fixtures/manifest.json') });
});
afterAll(() => cloud.stop());

test('runTransaction commits reads, updates and inserts together', async () => {
  const got = await withSdk(target(cloud), async ({ db, _ }) => {
    await db
      .collection('acct')
      .doc('budget')
      .set({ data: { bal: 100 } });
    const before = await db.runTransaction(async (t: Tx) => {
      const { data } = await t.collection('acct').doc('budget').get();
      await t
        .collection('acct')
        .doc('budget')
        .update({ data: { bal: _.inc(-30) } });
      await t.collection('orders').add({ data: { _id: 'journal-1', amount: 30 } });
      return data.bal;
    });
    return {
      before,
      bal: (await db.collection('acct').doc('budget').get()).data.bal,
      entry: (await db.collection('orders').doc('journal-1').get()).data,
    };
  });
  assert.equal(got.before, 100);
  assert.equal(got.bal, 70);
  assert.equal(got.entry.amount, 30);
});

test('rollback and a thrown error leave nothing written', async () => {
  const got = await withSdk(target(cloud), async ({ db, _ }) => {
    await db
      .collection('acct')
      .doc('r')
      .set({ data: { bal: 5 } });
    const rolled = await db
      .runTransaction(async (t: Tx) => {
        await t
          .collection('acct')
          .doc('r')
          .update({ data: { bal: _.inc(-10) } });
        await t.rollback('insufficient');
      })
      .catch((e: unknown) => e);
    const thrown = await db
      .runTransaction(async (t: Tx) => {
        await t.collection('orders').add({ data: { _id: 'half-written' } });
        throw new Error('boom');
      })
      .catch((e: Error) => e.message);
    return {
      rolled,
      thrown,
      bal: (await db.collection('acct').doc('r').get()).data.bal,
      half: (await db.collection('orders').doc('half-written').get()).data,
    };
  });
  assert.deepEqual(got, { rolled: 'insufficient', thrown: 'boom', bal: 5, half: null });
});

test('a write that lands between read and commit makes commit conflict, and runTransaction retries', async () => {
  const got = await withSdk(target(cloud), async ({ db, _ }) => {
    await db
      .collection('acct')
      .doc('c')
      .set({ data: { bal: 0 } });
    let runs = 0;
    await db.runTransaction(async (t: Tx) => {
      runs++;
      await t.collection('acct').doc('c').get();
      // outside the transaction, someone else changes the same document (first run only)
      if (runs === 1)
        await db
          .collection('acct')
          .doc('c')
          .update({ data: { bal: _.inc(100) } });
      await t
        .collection('acct')
        .doc('c')
        .update({ data: { bal: _.inc(1) } });
    });
    return { runs, bal: (await db.collection('acct').doc('c').get()).data.bal };
  });
  assert.deepEqual(got, { runs: 2, bal: 101 });
});

test('30 concurrent transactional increments of one document all land exactly once', async () => {
  const got = await withSdk(target(cloud), async ({ db, _ }) => {
    await db
      .collection('acct')
      .doc('hot')
      .set({ data: { bal: 0 } });
    let runs = 0;
    const outcomes = await Promise.allSettled(
      Array.from({ length: 30 }, () =>
        db.runTransaction(async (t: Tx) => {
          runs++;
          const { data } = await t.collection('acct').doc('hot').get();
          await t
            .collection('acct')
            .doc('hot')
            .set({ data: { bal: data.bal + 1 } });
        }, 50),
      ),
    );
    const ok = outcomes.filter((o) => o.status === 'fulfilled').length;
    return { ok, runs, bal: (await db.collection('acct').doc('hot').get()).data.bal };
  });
  // Lost updates are impossible: every committed transaction added exactly one.
  assert.equal(got.bal, got.ok);
  assert.equal(got.ok, 30);
  assert.ok(got.runs > 30, 'conflicts were detected and retried');
});
