// The lock that lets every test process share one Taro build (tests/helpers/taro-build.ts takeLock).
// On a fresh clone tests/out did not exist, the lock's mkdir failed every time, and `npm test`'s
// background build spun on a core through lint, unseen, until some test made the folder.
import { afterEach, beforeEach, expect, test } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { takeLock } from '../helpers/taro-build';

// takeLock is synchronous, so jest's timeout cannot stop a loop in it: the stand-ins fail it instead.
let base: string;
let polls = 0;
beforeEach(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'build-lock-'));
  polls = 0;
});
afterEach(() => fs.rmSync(base, { recursive: true, force: true }));

/** The build is never done; a loop that keeps asking without end fails the test rather than hanging it. */
const never = () => {
  if (++polls > 5) throw new Error('spun: asked again and again without waiting');
  return false;
};
const noSleep = () => {
  throw new Error('waited for a lock nobody holds');
};

test('takes the lock when its folder does not exist yet (a fresh clone)', () => {
  const lock = path.join(base, 'out', 'e2e-h5.lock');
  expect(takeLock(lock, never, noSleep)).toBe(true);
  expect(fs.statSync(lock).isDirectory()).toBe(true);
});

test('waits while another process holds the lock, then takes it', () => {
  const lock = path.join(base, 'h5.lock');
  fs.mkdirSync(lock);
  const waits: number[] = [];
  // The other process finishes during the first wait.
  const sleep = (ms: number) => {
    waits.push(ms);
    fs.rmSync(lock, { recursive: true });
  };
  expect(takeLock(lock, never, sleep)).toBe(true);
  expect(waits).toEqual([1000]);
});

test('answers false without the lock when the other process made the build meanwhile', () => {
  const lock = path.join(base, 'h5.lock');
  fs.mkdirSync(lock);
  let built = false;
  expect(
    takeLock(
      lock,
      () => built || never(),
      () => (built = true),
    ),
  ).toBe(false);
  expect(fs.existsSync(lock)).toBe(true); // still the other process's
});

test('takes over a lock left by a killed run (older than 10 minutes)', () => {
  const lock = path.join(base, 'h5.lock');
  fs.mkdirSync(lock);
  const old = new Date(Date.now() - 11 * 60_000);
  fs.utimesSync(lock, old, old);
  expect(takeLock(lock, never, noSleep)).toBe(true);
  expect(Date.now() - fs.statSync(lock).mtimeMs).toBeLessThan(60_000);
});

test('fails at once, not in a loop, when the lock cannot be made at all', () => {
  const parent = path.join(base, 'out');
  // The folder goes away after takeLock made it: every mkdir of the lock now fails with ENOENT.
  const gone = () => {
    fs.rmSync(parent, { recursive: true, force: true });
    return never();
  };
  expect(() => takeLock(path.join(parent, 'h5.lock'), gone, noSleep)).toThrow(/ENOENT/);
});
