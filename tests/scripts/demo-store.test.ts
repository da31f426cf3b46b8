// The committed demo folder (database/demo/store) is what the demo seed writes now (so it cannot go
// stale: after changing the seed, run `npm run demo:export`), and `npm start`'s import of it into an empty
// store brings its dates to today: the Saturday 免费理发 is a coming Saturday.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, test } from '@jest/globals';
import { Database } from '../../localcloud/store/database';
import { importStore, storeIsEmpty } from '../../localcloud/store/load';
import { loadManifest } from '../../localcloud/store/manifest';
import { DEMO_PEOPLE } from '../../scripts/demo-data';
import { DEMO_STORE_DIR, writeDemoStore } from '../../scripts/demo-store';
import { loadData, parseStartFlags } from '../../scripts/start-data';

const temps: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'msb-demo-store-'));
  temps.push(d);
  return d;
};
afterAll(() => temps.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function filesUnder(dir: string, prefix = ''): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name), `${prefix}${e.name}/`) : [prefix + e.name]))
    .sort();
}

test('the committed demo folder is exactly what the seed writes now (else: npm run demo:export)', async () => {
  const fresh = path.join(tmp(), 'store');
  await writeDemoStore(fresh);
  const want = filesUnder(fresh);
  assert.deepEqual(filesUnder(DEMO_STORE_DIR), want, 'the same files');
  for (const f of want) {
    assert.equal(
      fs.readFileSync(path.join(DEMO_STORE_DIR, f), 'utf8'),
      fs.readFileSync(path.join(fresh, f), 'utf8'),
      `${f} differs: run npm run demo:export`,
    );
  }
});

const DAY = 86_400_000;
// Wednesday 2026-03-11, 10:00 in Shanghai.
const NOW = new Date('2026-03-11T02:00:00.000Z');

test('importing the demo moves its dates to today: the haircut is this Saturday, wishes keep their age', async () => {
  const dataDir = tmp();
  await importStore(dataDir, DEMO_STORE_DIR, { manifest: loadManifest(), now: NOW });
  const db = new Database(path.join(dataDir, 'db'), loadManifest());
  db.open();
  try {
    for (const p of DEMO_PEOPLE) assert.ok(db.get('users').docs.has(p._id), p._id);
    const haircut = db.get('activities').docs.get('act-demo-haircut') as unknown as { startAt: Date; signUpBy: Date };
    assert.equal(haircut.startAt.toISOString(), '2026-03-14T01:00:00.000Z', 'Saturday 09:00 Shanghai');
    assert.ok(haircut.signUpBy.getTime() > NOW.getTime());
    const created = [...db.get('wishes').docs.values()].map((w) => (w.createdAt as Date).getTime());
    assert.ok(
      created.length > 0 && created.every((t) => t < NOW.getTime() && t > NOW.getTime() - 400 * DAY),
      'the history is in the past year',
    );
  } finally {
    db.close();
  }
});

test('npm start: the demo only into an empty store; --import refuses a store that is not empty unless --force', async () => {
  const dataDir = tmp();
  assert.match((await loadData(dataDir, parseStartFlags([]))) ?? '', /^已导入演示数据 \d+ 个集合/);
  assert.equal(storeIsEmpty(dataDir), false);
  assert.equal(await loadData(dataDir, parseStartFlags([])), undefined, 'a store with data is left alone');
  await assert.rejects(
    loadData(dataDir, parseStartFlags(['--import', DEMO_STORE_DIR])),
    /导入被拒绝，未写入任何数据：\n {2}the data folder .* is not empty/,
  );
  assert.match((await loadData(dataDir, parseStartFlags(['--import', DEMO_STORE_DIR, '--force']))) ?? '', /已导入/);
  assert.throws(() => parseStartFlags(['--import']), /需要一个目录/);
  assert.throws(() => parseStartFlags(['--imports', 'x']), /不认识的参数/);
});
