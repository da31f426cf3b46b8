// Export and import of the whole store (localcloud/store/dump.ts, load.ts): a round trip keeps documents
// (dates as dates), natural order and files; a bad folder is refused with every problem and nothing written.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, test } from '@jest/globals';
import { writeFileDurably } from '../../localcloud/storage/files';
import { Database } from '../../localcloud/store/database';
import { exportStore } from '../../localcloud/store/dump';
import { collectionFile, dateShifter, manifestPath, storageFile } from '../../localcloud/store/dump-format';
import { ImportRefused, importStore, storeIsEmpty } from '../../localcloud/store/load';
import type { Manifest } from '../../localcloud/store/manifest';

const MANIFEST: Manifest = {
  collections: {
    people: { indexes: [{ name: 'phone_1', keys: { phone: 1 }, unique: true }] },
    notes: { indexes: [] },
  },
};
const AT = new Date('2026-03-01T02:00:00.000Z');
const temps: string[] = [];
const tmp = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `msb-dump-${prefix}-`));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A data folder with three people, a note (nested dates) and one stored file; answers its export folder. */
async function exported(): Promise<string> {
  const dataDir = tmp('src');
  const db = new Database(path.join(dataDir, 'db'), MANIFEST);
  db.open();
  await db.insert('people', [
    { _id: 'p2', phone: '1', at: AT },
    { _id: 'p1', phone: '2', n: 1.5, tags: ['a'] },
  ]);
  await db.insert('people', [{ _id: 'p0', phone: '3' }]);
  await db.insert('notes', [{ _id: 'n1', history: [{ at: AT, by: 'p1' }], text: '楼道灯坏了' }]);
  await writeFileDurably(dataDir, 'local-dev', 'imports/a b.csv', Readable.from([Buffer.from('名称\n金鼎\n')]));
  const out = path.join(tmp('out'), 'export');
  await exportStore(db, dataDir, out, { at: AT });
  db.close();
  return out;
}

function openStore(dataDir: string): Database {
  const db = new Database(path.join(dataDir, 'db'), MANIFEST);
  db.open();
  return db;
}

test('a round trip keeps every document, their dates and natural order, and the files', async () => {
  const dir = await exported();
  const manifest = JSON.parse(fs.readFileSync(manifestPath(dir), 'utf8'));
  assert.deepEqual(manifest.collections, { notes: { count: 1 }, people: { count: 3 } });
  assert.equal(manifest.exportedAt, AT.toISOString());
  assert.match(
    fs.readFileSync(collectionFile(dir, 'people'), 'utf8').split('\n')[0]!,
    /^\{"_id":"p2","phone":"1","at":\{"\$date":"2026-03-01T02:00:00Z"\}\}$/,
  );

  const dataDir = tmp('dst');
  const summary = await importStore(dataDir, dir, { manifest: MANIFEST });
  assert.deepEqual(summary, { collections: 2, documents: 4, files: 1 });
  const db = openStore(dataDir);
  try {
    assert.deepEqual([...db.get('people').docs.keys()], ['p2', 'p1', 'p0'], 'natural order kept');
    const note = db.get('notes').docs.get('n1') as unknown as { history: Array<{ at: Date }>; text: string };
    assert.ok(note.history[0]!.at instanceof Date);
    assert.equal(note.history[0]!.at.getTime(), AT.getTime());
    assert.equal(note.text, '楼道灯坏了');
    assert.equal(db.get('people').docs.get('p1')!.n, 1.5);
  } finally {
    db.close();
  }
  const file = path.join(dataDir, 'storage/files/local-dev/imports/a b.csv');
  assert.equal(fs.readFileSync(file, 'utf8'), '名称\n金鼎\n');
  assert.equal(storeIsEmpty(dataDir), false);
});

/** Each corruption of an export folder, and the problem the import names. */
const REFUSALS: Array<{ name: string; spoil: (dir: string) => void; problem: RegExp }> = [
  {
    name: 'a line that is not JSON',
    spoil: (d) => fs.appendFileSync(collectionFile(d, 'notes'), '{"_id": "n2", oops\n'),
    problem: /notes\.jsonl:2: not a JSON document/,
  },
  {
    name: 'a document without _id',
    spoil: (d) => fs.appendFileSync(collectionFile(d, 'notes'), '{"text":"x"}\n'),
    problem: /notes\.jsonl:2: .*string _id/,
  },
  { name: 'a duplicate _id', spoil: (d) => fs.appendFileSync(collectionFile(d, 'notes'), '{"_id":"n1"}\n'), problem: /duplicate _id n1/ },
  {
    name: 'a unique index broken',
    spoil: (d) => fs.appendFileSync(collectionFile(d, 'people'), '{"_id":"p9","phone":"2"}\n'),
    problem: /people\.jsonl:4: E11000 .*phone_1/,
  },
  {
    name: 'an unknown collection',
    spoil: (d) => fs.writeFileSync(collectionFile(d, 'mystery'), '{"_id":"m"}\n'),
    problem: /mystery\.jsonl: unknown collection/,
  },
  {
    name: 'a count that differs from the manifest',
    spoil: (d) => fs.writeFileSync(collectionFile(d, 'notes'), ''),
    problem: /notes\.jsonl: 0 documents, manifest says 1/,
  },
  {
    name: 'a file changed after the export',
    spoil: (d) => fs.writeFileSync(storageFile(d, 'local-dev', 'imports/a b.csv'), 'changed'),
    problem: /storage\/local-dev\/imports\/a b\.csv: content differs/,
  },
  { name: 'no manifest', spoil: (d) => fs.rmSync(manifestPath(d)), problem: /manifest\.json is missing/ },
];

for (const r of REFUSALS) {
  test(`import refuses ${r.name}, and writes nothing`, async () => {
    const dir = await exported();
    r.spoil(dir);
    const dataDir = tmp('dst');
    const err = await importStore(dataDir, dir, { manifest: MANIFEST }).then(
      () => assert.fail('imported'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof ImportRefused, String(err));
    assert.ok(
      err.problems.some((p) => r.problem.test(p)),
      err.message,
    );
    assert.deepEqual(fs.readdirSync(dataDir), [], 'the data folder is untouched');
  });
}

test('import refuses a store that is not empty, unless forced (which replaces it)', async () => {
  const dir = await exported();
  const dataDir = tmp('dst');
  const db = openStore(dataDir);
  await db.insert('notes', [{ _id: 'mine' }]);
  db.close();
  await assert.rejects(importStore(dataDir, dir, { manifest: MANIFEST }), /is not empty/);
  await importStore(dataDir, dir, { manifest: MANIFEST, force: true });
  const after = openStore(dataDir);
  assert.deepEqual([...after.get('notes').docs.keys()], ['n1']);
  after.close();
});

test('export refuses a folder that is not empty and holds no export; it replaces an earlier export', async () => {
  const dataDir = tmp('src');
  const db = openStore(dataDir);
  const busy = tmp('busy');
  fs.writeFileSync(path.join(busy, 'thesis.docx'), 'x');
  await assert.rejects(exportStore(db, dataDir, busy), /not empty and holds no earlier export/);
  const dir = await exported();
  await exportStore(db, dataDir, dir);
  assert.equal(fs.readFileSync(collectionFile(dir, 'notes'), 'utf8'), '', 'replaced by the empty store');
  assert.equal(fs.existsSync(storageFile(dir, 'local-dev', 'imports/a b.csv')), false);
  db.close();
});

const DAY = 86_400_000;
// Anchor: Monday 2026-01-05 00:00 Shanghai. Dates move by whole days; in week-aligned collections a
// document's dates after the anchor move by whole weeks, so that the earliest is today or later.
const REL = { anchor: '2026-01-04T16:00:00.000Z', zoneOffsetMinutes: 480, weekAligned: ['activities'] };
const SAT = { _id: 'a', signUpBy: new Date('2026-01-09T18:00:00+08:00'), startAt: new Date('2026-01-10T09:00:00+08:00') };
const SHIFTS: Array<{ name: string; now: string; collection: string; doc: Record<string, unknown>; want: Record<string, string> }> = [
  {
    name: 'same day',
    now: '2026-01-05T10:00:00+08:00',
    collection: 'wishes',
    doc: { at: new Date('2026-01-02T09:00:00+08:00') },
    want: { at: '2026-01-02T09:00:00+08:00' },
  },
  {
    name: 'whole days',
    now: '2026-03-11T23:30:00+08:00',
    collection: 'wishes',
    doc: { at: new Date('2026-01-02T09:00:00+08:00') },
    want: { at: '2026-03-08T09:00:00+08:00' },
  },
  {
    name: 'a calendar day written as text moves with them',
    now: '2026-03-11T23:30:00+08:00',
    collection: 'wishes',
    doc: { preferredTime: { date: '2026-01-02', window: 'morning' }, note: '2026-01-02 上午' },
    want: { 'preferredTime.date': '2026-03-08', note: '2026-01-02 上午' },
  },
  {
    name: 'a Saturday event seen on Wednesday: this Saturday',
    now: '2026-03-11T23:30:00+08:00',
    collection: 'activities',
    doc: SAT,
    want: { signUpBy: '2026-03-13T18:00:00+08:00', startAt: '2026-03-14T09:00:00+08:00' },
  },
  {
    name: 'seen on Saturday (sign-up closed yesterday): next Saturday, together',
    now: '2026-03-14T08:00:00+08:00',
    collection: 'activities',
    doc: SAT,
    want: { signUpBy: '2026-03-20T18:00:00+08:00', startAt: '2026-03-21T09:00:00+08:00' },
  },
  {
    name: "an event document's own past dates move by days",
    now: '2026-03-15T08:00:00+08:00',
    collection: 'activities',
    doc: { createdAt: new Date('2026-01-05T00:00:00+08:00'), startAt: new Date('2026-01-10T09:00:00+08:00') },
    want: { createdAt: '2026-03-15T00:00:00+08:00', startAt: '2026-03-21T09:00:00+08:00' },
  },
];
for (const s of SHIFTS) {
  test(`relative dates: ${s.collection}, ${s.name}`, () => {
    const got = dateShifter(REL, new Date(s.now))!(s.collection, { _id: 'x', ...s.doc }) as Record<string, unknown>;
    for (const [field, want] of Object.entries(s.want)) {
      const value = field.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], got);
      if (typeof value === 'string') {
        assert.equal(value, want, field);
        continue;
      }
      const at = (value as Date).getTime();
      assert.equal(
        at,
        new Date(want).getTime(),
        `${field}: ${new Date(at).toISOString()} (${(at - new Date(want).getTime()) / DAY} days off)`,
      );
    }
  });
}
