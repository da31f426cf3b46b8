// An operator update is journaled as the paths it changed, not the whole document: a counter in a
// document of thousands of keys costs a short line, and a restart replays every kind of update to
// exactly the document that was acknowledged. The stored document before an update is never mutated.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from '@jest/globals';
import { Database } from '../../localcloud/store/database';

const OPTS = { multi: false, replace: false, upsert: false };
const manifest = { collections: { things: { indexes: [{ name: 'n_1', keys: { n: 1 as const } }] } } };

const journalBytes = (dir: string) => fs.statSync(path.join(dir, 'journal.ejsonl')).size;

function open(dir: string): Database {
  const db = new Database(dir, manifest);
  db.open();
  return db;
}

const start = () => ({
  _id: 't1',
  n: 1,
  when: new Date('2026-12-01T00:00:00Z'),
  counts: { a: 1 },
  history: [
    { action: 'filed', at: new Date('2026-12-01T01:00:00Z') },
    { action: 'claimed', at: new Date('2026-12-01T02:00:00Z') },
  ],
  tags: ['x', 'y', 'x'],
  nested: { deep: { list: [{ s: 1 }, { s: 2 }] } },
});

// Each update in turn on the same document; after each, a reopened database holds the same document.
const UPDATES: Array<[string, Record<string, unknown>]> = [
  ['$inc on a new and an old key', { $inc: { 'counts.a': 1, 'counts.b': 1, n: 2 } }],
  ['$set of a Date and a new nested path', { $set: { when: new Date('2026-12-02T00:00:00Z'), 'made.up.path': 'v' } }],
  ['$push of an element with a Date', { $push: { history: { action: 'served', at: new Date('2026-12-01T03:00:00Z') } } }],
  ['$set of an array element by index', { $set: { 'history.0.action': 'filed-again' } }],
  ['$set through every element ($[])', { $set: { 'nested.deep.list.$[].s': 9 } }],
  ['$pull and $unset', { $pull: { tags: 'x' }, $unset: { 'counts.a': '' } }],
  ['$addToSet and $min', { $addToSet: { tags: 'z' }, $min: { n: 0 } }],
  ['$rename', { $rename: { made: 'built' } }],
  ['$mul and $max', { $mul: { 'counts.b': 3 }, $max: { 'counts.c': 7 } }],
];

describe('journal: operator updates as changed paths', () => {
  test('each kind of update replays to the acknowledged document after a restart, and the old document is untouched', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'msb-jpaths-'));
    let db = open(dir);
    await db.insert('things', [start()]);
    for (const [label, update] of UPDATES) {
      const before = db.get('things').docs.get('t1')!;
      const frozen = structuredClone(before);
      const r = await db.update('things', { _id: 't1' }, update, OPTS);
      assert.equal(r.updated, 1, label);
      assert.deepEqual(before, frozen, `${label}: the stored document before the update was not mutated`);
      const live = structuredClone(db.get('things').docs.get('t1'));
      db.close();
      db = open(dir);
      assert.deepEqual(db.get('things').docs.get('t1'), live, `${label}: replayed`);
      assert.deepEqual(
        db.find('things', { n: live!.n }).docs.map((d) => d._id),
        ['t1'],
        `${label}: the index follows`,
      );
    }
    db.close();
  });

  test('a counter in a document of 3,000 keys costs a line of about a hundred bytes, not the document', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'msb-jpaths-'));
    const db = open(dir);
    const counters = Object.fromEntries(Array.from({ length: 3000 }, (_x, i) => [`k${i.toString(16).padStart(24, '0')}`, 1]));
    await db.insert('things', [{ _id: 'day', n: 0, o: counters }]);
    const whole = journalBytes(dir);
    assert.ok(whole > 90_000, `the insert journals the whole document (${whole} bytes)`);
    const key = Object.keys(counters)[1234]!;
    await db.update('things', { _id: 'day' }, { $inc: { [`o.${key}`]: 1, n: 1 } }, OPTS);
    const line = journalBytes(dir) - whole;
    assert.ok(line < 200, `an update's line is ${line} bytes`);
    db.close();
    const again = open(dir);
    const doc = again.get('things').docs.get('day') as unknown as { n: number; o: Record<string, number> };
    assert.equal(doc.o[key], 2);
    assert.equal(doc.n, 1);
    assert.equal(Object.keys(doc.o).length, 3000);
    again.close();
  });

  test('a replacement is still journaled whole', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'msb-jpaths-'));
    let db = open(dir);
    await db.insert('things', [start()]);
    await db.update('things', { _id: 't1' }, { n: 5, only: true }, { ...OPTS, replace: true });
    db.close();
    db = open(dir);
    assert.deepEqual(db.get('things').docs.get('t1'), { _id: 't1', n: 5, only: true });
    db.close();
  });
});
