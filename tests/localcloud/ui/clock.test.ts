// The local cloud's clock: only forward (and reset); functions see the moved time through Date; the
// store's serverDate follows it; a clock move makes each timer due time jumped over fire once.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, test } from '@jest/globals';
import { Clock, MAX_ADVANCE_MS } from '../../../localcloud/clock';
import { FunctionHost } from '../../../localcloud/host';
import { startTestCloud } from '../../helpers/cloud';
import { UNUSED_ADMIN_URL } from '../host/helpers';

const HOUR = 3_600_000;
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

/** A functions folder with the given fixtures: name → [index.js, config.json]. */
function functionsDir(fixtures: Record<string, [string, object]>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lc-clock-'));
  for (const [name, [code, config]] of Object.entries(fixtures)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, 'index.js'), code);
    fs.writeFileSync(path.join(dir, name, 'config.json'), JSON.stringify(config));
  }
  return dir;
}

const NOW_FN = `exports.main = async () => ({
  now: Date.now(),
  constructed: new Date().getTime(),
  called: Date(),
  isDate: new Date() instanceof Date,
  parsed: new Date('2020-01-01T00:00:00Z').getTime(),
  utc: Date.UTC(2020, 0, 1),
});`;

const HOURLY_FN = `const fs = require('fs');
exports.main = async (event) => { fs.appendFileSync(process.env.HOURLY_FILE, event.Time + '\\n'); return event.Time; };`;

test.each([
  ['zero', 0],
  ['negative', -1],
  ['fraction', 1.5],
  ['beyond a year', MAX_ADVANCE_MS + 1],
])('the clock refuses a %s move', (_label, ms) => {
  const clock = new Clock();
  assert.throws(() => clock.advance(ms), RangeError);
  assert.equal(clock.offsetMs, 0);
});

test('the clock moves forward, adds up and resets to real time', () => {
  const clock = new Clock();
  clock.advance(2 * HOUR);
  clock.advance(HOUR);
  assert.equal(clock.offsetMs, 3 * HOUR);
  const before = Date.now();
  const now = clock.now();
  assert.ok(now >= before + 3 * HOUR && now <= Date.now() + 3 * HOUR);
  clock.reset();
  assert.equal(clock.offsetMs, 0);
});

test('a function sees the moved time through Date.now(), new Date() and Date(); other Date uses are untouched', async () => {
  let offset = 0;
  const host = new FunctionHost({
    functionsDir: functionsDir({ now: [NOW_FN, {}] }),
    adminUrl: UNUSED_ADMIN_URL,
    onLog: () => undefined,
    clockOffsetMs: () => offset,
  });
  cleanups.push(() => host.stop());
  for (const o of [0, 5 * HOUR, 29 * 24 * HOUR]) {
    offset = o;
    const before = Date.now();
    const r = await host.invoke('now', {}, { source: 'wx_client', openid: 'o1' });
    const after = Date.now();
    assert.ok(r.ok, JSON.stringify(r));
    const v = r.result as { now: number; constructed: number; called: string; isDate: boolean; parsed: number; utc: number };
    for (const t of [v.now, v.constructed]) assert.ok(t >= before + o && t <= after + o, `offset ${o}: ${t - before}`);
    const calledMs = Date.parse(v.called);
    assert.ok(calledMs >= before + o - 1000 && calledMs <= after + o, 'Date() as a function: the moved time as a string');
    assert.equal(v.isDate, true);
    assert.equal(v.parsed, Date.UTC(2020, 0, 1));
    assert.equal(v.utc, Date.UTC(2020, 0, 1));
  }
});

test('db.serverDate() in the store follows the moved clock', async () => {
  const cloud = await startTestCloud({ manifestPath: path.join(__dirname, '../../fixtures/manifest.json') });
  cleanups.push(() => cloud.stop());
  cloud.clock.advance(24 * HOUR);
  const before = Date.now();
  const res = await fetch(cloud.adminUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      action: 'database.insertDocument',
      wxCloudApiToken: cloud.adminToken,
      collectionName: 'orders',
      data: JSON.stringify({ _id: 'o-moved', at: { $tcb_server_date: { offset: 0 } } }),
    }),
  });
  assert.equal(((await res.json()) as { code?: string }).code, undefined);
  const at = cloud.db.get('orders').docs.get('o-moved')?.at as Date;
  assert.ok(at instanceof Date);
  assert.ok(at.getTime() >= before + 24 * HOUR && at.getTime() <= Date.now() + 24 * HOUR);
});

test('moving the clock 2 hours fires an hourly timer twice, once per due time, and never again for them', async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lc-hourly-')), 'ticks');
  const clock = new Clock();
  const host = new FunctionHost({
    functionsDir: functionsDir({
      hourly: [HOURLY_FN, { triggers: [{ name: 'hourly', type: 'timer', config: '0 0 * * * * *' }] }],
    }),
    adminUrl: UNUSED_ADMIN_URL,
    env: { HOURLY_FILE: file },
    onLog: () => undefined,
    now: () => clock.date(),
    clockOffsetMs: () => clock.offsetMs,
  });
  cleanups.push(() => host.stop());
  assert.deepEqual(host.startTimers(), ['hourly']);
  const firstDue = host.armedTimers()[0]?.next as Date;
  clock.advance(2 * HOUR);
  assert.equal(await host.catchUpTimers(), 2);
  const ticks = fs.readFileSync(file, 'utf8').trim().split('\n');
  assert.deepEqual(ticks, [
    firstDue.toISOString().replace('.000', ''),
    new Date(firstDue.getTime() + HOUR).toISOString().replace('.000', ''),
  ]);
  assert.equal(await host.catchUpTimers(), 0, 'nothing is due again');
  const next = host.armedTimers()[0]?.next as Date;
  assert.equal(next.getTime(), firstDue.getTime() + 2 * HOUR);
  assert.ok(next.getTime() > clock.now());
  const runs = host.recentInvocations().filter((i) => i.fn === 'hourly');
  assert.deepEqual(
    runs.map((i) => [i.source, i.ok]),
    [
      ['wx_trigger', true],
      ['wx_trigger', true],
    ],
  );
});
