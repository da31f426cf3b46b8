// A write is acknowledged only after its journal line is fdatasync'ed. `kill -9` cannot show this (the
// kernel keeps the page cache, so an early acknowledgement survives it too): these tests hold the
// store's fdatasync (the Journal's `fdatasync` option) and watch the promises the database returns.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from '@jest/globals';
import { Database } from '../../localcloud/store/database';
import type { Fdatasync } from '../../localcloud/store/journal';
import { Transactions } from '../../localcloud/store/transactions';

/** An fdatasync that does the real sync only when the test releases it. */
function heldSync() {
  const held: Array<(err?: NodeJS.ErrnoException) => void> = [];
  let calls = 0;
  const fdatasync: Fdatasync = (fd, done) => {
    calls++;
    held.push((err) => (err ? done(err) : fs.fdatasync(fd, done)));
  };
  return {
    fdatasync,
    get calls() {
      return calls;
    },
    get held() {
      return held.length;
    },
    /** Completes the oldest held sync (really syncing), or fails it with `err`. */
    release(err?: NodeJS.ErrnoException) {
      const next = held.shift();
      assert.ok(next, 'a sync is held');
      next(err);
    },
  };
}

/** Whether a promise has settled, readable without awaiting it. */
function track<T>(promise: Promise<T>) {
  const state = { settled: false, error: undefined as unknown, promise };
  promise.then(
    () => (state.settled = true),
    (err: unknown) => {
      state.settled = true;
      state.error = err;
    },
  );
  return state;
}

/** Lets the event loop run timers, I/O callbacks and immediates: time enough for a premature acknowledgement to show. */
const turn = () => new Promise((resolve) => setTimeout(resolve, 30));

async function untilHeld(sync: ReturnType<typeof heldSync>, n: number): Promise<void> {
  for (let i = 0; i < 100 && sync.held < n; i++) await turn();
  assert.equal(sync.held, n, `${n} sync(s) held`);
  await turn();
}

function openStore() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'msb-sync-'));
  const sync = heldSync();
  const db = new Database(dir, { collections: { c: { indexes: [] } } }, { fdatasync: sync.fdatasync });
  db.open();
  return { db, sync, journal: () => fs.readFileSync(path.join(dir, 'journal.ejsonl'), 'utf8') };
}

test('an insert is not acknowledged while its fdatasync is held, and is once the sync completes', async () => {
  const { db, sync, journal } = openStore();
  const ack = track(db.insert('c', [{ _id: 'a', n: 1 }]));
  await untilHeld(sync, 1);
  assert.ok(journal().includes('"a"'), 'the line was written before the sync was asked for');
  assert.equal(ack.settled, false, 'no acknowledgement before fdatasync completes');
  sync.release();
  assert.deepEqual(await ack.promise, ['a']);
  db.close();
});

test('an update is not acknowledged while its fdatasync is held', async () => {
  const { db, sync } = openStore();
  const inserted = db.insert('c', [{ _id: 'u', n: 1 }]);
  await untilHeld(sync, 1);
  sync.release();
  await inserted;
  const ack = track(db.update('c', { _id: 'u' }, { $inc: { n: 1 } }, { multi: false, replace: false, upsert: false }));
  await untilHeld(sync, 1);
  assert.equal(ack.settled, false, 'no acknowledgement before fdatasync completes');
  sync.release();
  assert.equal((await ack.promise).updated, 1);
  db.close();
});

test('a group commit acknowledges none of its writes before its one fdatasync, and writes queued meanwhile wait for the next', async () => {
  const { db, sync } = openStore();
  const txs = new Transactions(db);
  const seeded = db.insert('c', [{ _id: 'x', n: 0 }]);
  await untilHeld(sync, 1);
  sync.release();
  await seeded;
  const before = sync.calls;

  // Several writers in the same tick: inserts, an update, a removal, a transaction commit.
  const tx = txs.start();
  txs.update(tx, 'c', 'x', { $inc: { n: 10 } }, { replace: false, upsert: false });
  const first = (
    [
      db.insert('c', [{ _id: 'g1' }]),
      db.insert('c', [{ _id: 'g2' }]),
      db.insert('c', [{ _id: 'g3' }]),
      db.update('c', { _id: 'g1' }, { $set: { seen: true } }, { multi: false, replace: false, upsert: false }),
      db.remove('c', { _id: 'g2' }, false),
      txs.commit(tx),
    ] as Array<Promise<unknown>>
  ).map((p) => track(p));
  await untilHeld(sync, 1);
  assert.equal(sync.calls - before, 1, 'one fdatasync for the whole group');
  assert.deepEqual(
    first.map((w) => w.settled),
    first.map(() => false),
    'no write of the group is acknowledged before its sync',
  );

  // Queued while the group's sync is held: belongs to the next group.
  const late = track(db.insert('c', [{ _id: 'late' }]));
  await turn();
  sync.release();
  await Promise.all(first.map((w) => w.promise));
  await untilHeld(sync, 1);
  assert.equal(late.settled, false, 'a write queued during the sync waits for its own');
  sync.release();
  await late.promise;
  assert.equal(sync.calls - before, 2);
  txs.close();
  db.close();
});

test('a failed fdatasync fails the writes of its group instead of acknowledging them', async () => {
  const { db, sync } = openStore();
  const writes = [db.insert('c', [{ _id: 'f1' }]), db.insert('c', [{ _id: 'f2' }])].map((p) => track(p));
  await untilHeld(sync, 1);
  sync.release(Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' }));
  for (const w of writes) await assert.rejects(w.promise, /EIO/);
  db.close();
});
