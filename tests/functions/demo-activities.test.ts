// `npm start`'s activities (seedDemo's `activities` option, scripts/demo-activities.ts): each is upcoming,
// its times are in order and its counters agree with its sign-ups and turnouts, whatever day it is seeded;
// without the option the demo has none (tests that count activities start from zero).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, test } from '@jest/globals';
import { Database } from '../../localcloud/store/database';
import { loadManifest } from '../../localcloud/store/manifest';
import { seedDemo } from '../../scripts/demo-data';
import type { Activity, SignUp } from '../../src/domain/activity/activity';

const dirs: string[] = [];
async function seeded(now: Date, activities: boolean): Promise<Database> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-activities-'));
  dirs.push(dir);
  const db = new Database(path.join(dir, 'db'), loadManifest());
  db.open();
  assert.equal(await seedDemo(db, now, { activities }), true);
  return db;
}
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

// A Friday evening after 18:00 in Shanghai (the Saturday's sign-up evening has passed), a Monday morning, a Saturday noon.
const NOWS = ['2026-12-04T11:00:00Z', '2026-11-30T01:00:00Z', '2026-12-05T04:00:00Z'];

describe('the demo activities', () => {
  for (const at of NOWS) {
    test(`seeded at ${at}: three upcoming, sign-up open, counters agree`, async () => {
      const now = new Date(at);
      const db = await seeded(now, true);
      const activities = [...db.get('activities').docs.values()] as unknown as Activity[];
      const signUps = [...db.get('signups').docs.values()] as unknown as SignUp[];
      assert.equal(activities.length, 3);
      for (const a of activities) {
        assert.ok(a.startAt.getTime() > now.getTime(), `${a._id} starts later`);
        assert.ok(a.signUpBy.getTime() > now.getTime() && a.signUpBy.getTime() < a.startAt.getTime(), `${a._id} sign-up open`);
        assert.ok(a.endAt.getTime() > a.startAt.getTime());
        assert.equal(a.signedUp, signUps.filter((s) => s.activityId === a._id && s.status === 'signed_up').length);
        assert.equal(a.willCome, [...db.get('turnouts').docs.values()].filter((t) => t.activityId === a._id).length);
      }
      assert.equal(signUps.length, 2);
      db.close();
    });
  }

  test('without the option: none', async () => {
    const db = await seeded(new Date(NOWS[0]), false);
    assert.equal(db.get('activities').docs.size, 0);
    db.close();
  });
});
