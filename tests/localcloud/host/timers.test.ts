// Timer triggers: 7-field cron parsing and a real every-second trigger.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from '@jest/globals';
import { parseCron7 } from '../../../localcloud/host';
import { makeHost, sleep } from './helpers';

test('parseCron7: 7 fields, weekday names, Beijing time, year field', () => {
  const daily = parseCron7('0 0 2 * * * *');
  assert.equal(daily.next(new Date('2025-01-01T00:00:00Z'))?.toISOString(), '2025-01-01T18:00:00.000Z');
  const weekdays = parseCron7('0 30 9 * * MON-FRI *');
  // 2025-01-04 is a Saturday (Beijing): next is Monday 2025-01-06 09:30 +08:00.
  assert.equal(weekdays.next(new Date('2025-01-03T02:00:00Z'))?.toISOString(), '2025-01-06T01:30:00.000Z');
  const in2027 = parseCron7('0 0 0 1 1 * 2027');
  assert.equal(in2027.next(new Date('2025-06-01T00:00:00Z'))?.toISOString(), '2026-12-31T16:00:00.000Z');
  assert.equal(in2027.next(new Date('2027-06-01T00:00:00Z')), undefined, 'no more fires after the last year');
  const everySecondIn2030 = parseCron7('* * * * * * 2030-2031');
  assert.equal(everySecondIn2030.next(new Date('2025-01-01T00:00:00Z'))?.toISOString(), '2029-12-31T16:00:00.000Z');
  assert.equal(parseCron7('*/5 * * * * * *').next(new Date('2025-01-01T00:00:01Z'))?.toISOString(), '2025-01-01T00:00:05.000Z');
});

test('parseCron7 refuses 5/6-field crons and bad year fields', () => {
  assert.throws(() => parseCron7('0 2 * * *'), /expected 7 fields/);
  assert.throws(() => parseCron7('0 0 2 * * *'), /expected 7 fields/);
  assert.throws(() => parseCron7('0 0 2 * * * 25'), /year field/);
  assert.throws(() => parseCron7('0 0 2 * * * 2030-2020'), /bad year range/);
  assert.throws(() => parseCron7('0 0 2 * * FOO *'), /cron/);
});

test('a timer trigger fires every second as wx_trigger with no OPENID', async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lc-ticker-')), 'ticks.jsonl');
  const { host } = makeHost({ env: { TICKER_FILE: file } });
  try {
    assert.deepEqual(host.startTimers(), ['ticker']);
    const deadline = Date.now() + 5000;
    let lines: string[] = [];
    while (Date.now() < deadline && lines.length < 2) {
      await sleep(100);
      lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n').filter(Boolean) : [];
    }
    host.stopTimers();
    assert.ok(lines.length >= 2, `fired ${lines.length} times`);
    const ticks = lines.map(
      (l) =>
        JSON.parse(l) as {
          event: { Type: string; TriggerName: string; Time: string };
          ctx: Record<string, unknown>;
          triggerSrc?: string;
          token: string;
        },
    );
    for (const t of ticks) {
      assert.equal(t.event.Type, 'Timer');
      assert.equal(t.event.TriggerName, 'everySecond');
      assert.match(t.event.Time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      assert.equal(t.ctx['SOURCE'], 'wx_trigger');
      assert.equal(t.ctx['OPENID'], undefined);
      assert.equal(t.ctx['APPID'], undefined);
      assert.equal(t.triggerSrc, 'timer');
      assert.equal(t.token, 'same', 'WX_TRIGGER_API_TOKEN_V0 carries the invocation token');
    }
    // Two ticks may run at once on a loaded machine and append out of order: compare the due times sorted.
    const times = ticks.map((t) => Date.parse(t.event.Time)).sort((a, b) => a - b);
    assert.ok(
      times.every((x, i) => i === 0 || x > (times[i - 1] as number)),
      'each due time fires once',
    );
    await sleep(1200);
    const after = fs.readFileSync(file, 'utf8').trim().split('\n').length;
    assert.ok(after <= lines.length + 1, 'stopTimers stops further ticks');
  } finally {
    await host.stop();
  }
});

test('startTimers refuses an invalid cron and arms nothing', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lc-badcron-'));
  fs.mkdirSync(path.join(dir, 'bad'));
  fs.writeFileSync(path.join(dir, 'bad', 'index.js'), 'exports.main = async () => 1;');
  fs.writeFileSync(path.join(dir, 'bad', 'config.json'), JSON.stringify({ triggers: [{ name: 't', type: 'timer', config: '0 2 * * *' }] }));
  const { host } = makeHost({ functionsDir: dir });
  try {
    assert.throws(() => host.startTimers(), /bad: cron "0 2 \* \* \*": expected 7 fields/);
  } finally {
    await host.stop();
  }
});
