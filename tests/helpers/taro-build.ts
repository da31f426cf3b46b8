// One Taro build per platform shared by every test of a run: the H5 app the browser walks serve
// (tests/out/e2e-h5) and the weapp that tests/build and miniprogram-simulate read (tests/out/weapp).
// Tests only read a build, so it is made again only when a source or the build's configuration changed
// since (the stamp holds a fingerprint of those inputs). `npm test` starts both in the background while
// lint runs (scripts/test.mjs); a test that finds one still building waits for its lock.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fingerprint } from './fingerprint';

const root = path.resolve(__dirname, '../..');

export type Platform = 'h5' | 'weapp';

/** What a Taro build reads: the app's sources and the build's configuration. */
const INPUTS = ['src', 'config', 'package.json', 'package-lock.json', 'babel.config.js', 'tsconfig.json', '.env', 'project.config.json'];
const OUT: Record<Platform, string> = { h5: 'tests/out/e2e-h5', weapp: 'tests/out/weapp' };

/** Where the run's build of `platform` is (or will be). */
export const taroOut = (platform: Platform): string => path.join(root, OUT[platform]);

export interface TaroBuild {
  dir: string;
  /** How long this call's build took; null when an earlier one (this run's or a previous run's) is current. */
  ms: number | null;
}

/** For a test's figures: how long the build took, or that it was already current. */
export const buildTime = (b: TaroBuild): string => (b.ms === null ? 'current (made earlier)' : `${b.ms} ms`);

/** Waits without a busy loop (the build is synchronous, and so is waiting for another process's). */
const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Takes the cross-process lock `lock` (a directory), waiting while another process holds it; false when
 * `done()` says the work was finished meanwhile. A lock left by a killed run (older than 10 minutes) is
 * taken over. Its folder is made first (a fresh clone has no tests/out), and any failure other than
 * "held" is thrown: retrying it could only loop.
 */
export function takeLock(lock: string, done: () => boolean, sleep: (ms: number) => void = sleepSync): boolean {
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    if (done()) return false;
    try {
      fs.mkdirSync(lock);
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const held = fs.statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 600_000) fs.rmSync(lock, { recursive: true, force: true });
      else if (held) sleep(1000);
    }
  }
}

/** `npm run build:<platform>` into tests/out, unless the build there is current; under a lock across processes. */
export function buildOnce(platform: Platform): TaroBuild {
  const dir = taroOut(platform);
  const stamp = path.join(dir, '.inputs-sha256');
  const lock = `${dir}.lock`;
  const want = fingerprint(INPUTS);
  const built = () => fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === want;
  if (!takeLock(lock, built)) return { dir, ms: null };
  try {
    if (built()) return { dir, ms: null };
    fs.rmSync(dir, { recursive: true, force: true });
    const started = Date.now();
    const r = spawnSync('npm', ['run', `build:${platform}`], {
      cwd: root,
      env: { ...process.env, CI: '1', MSB_OUTPUT_ROOT: OUT[platform] },
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, `npm run build:${platform}\n${(r.stdout + r.stderr).slice(-3000)}`);
    fs.writeFileSync(stamp, want);
    return { dir, ms: Date.now() - started };
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
