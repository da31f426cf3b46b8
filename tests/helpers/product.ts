// The whole product for a browser test: the functions built into tests/out/<name>-functions and the H5
// app (one build shared by every walk, tests/out/e2e-h5),
// served by a local cloud seeded with the demo data, and Debian's Chromium.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { LocalCloud } from '../../localcloud';
import { fingerprint, sharedFunctions } from './built';
import { seedDemo, type SeedOptions } from '../../scripts/demo-data';
import { launchChromium } from './browser';
import { startTestCloud } from './cloud';

const root = path.resolve(__dirname, '../..');

export interface Product {
  cloud: LocalCloud;
  browser: Browser;
  stop(): Promise<void>;
}

/** What the H5 build reads: the app's sources and the build's configuration. */
const H5_INPUTS = ['src', 'config', 'package.json', 'package-lock.json', 'babel.config.js', 'tsconfig.json', '.env', 'project.config.json'];
const SHARED_H5 = 'tests/out/e2e-h5';

/** Waits without a busy loop (the build is synchronous, and so is waiting for another worker's). */
const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * One H5 build shared by every browser walk (they are served read-only): rebuilt only when a source or
 * the build's configuration changed since (the stamp), so a test run builds it once, not once a suite.
 * Walks run two at a time: the first to take the lock builds, the other waits for its stamp.
 */
export function buildH5Once(): string {
  const dir = path.join(root, SHARED_H5);
  const stamp = path.join(dir, '.inputs-sha256');
  const lock = `${dir}.lock`;
  const want = fingerprint(H5_INPUTS);
  const built = () => fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === want;
  for (;;) {
    if (built()) return dir;
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // Someone else is building; a lock left by a killed run (older than 10 minutes) is taken over.
      const held = fs.statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 600_000) fs.rmSync(lock, { recursive: true, force: true });
      else if (held) sleepSync(1000);
    }
  }
  try {
    if (built()) return dir;
    fs.rmSync(dir, { recursive: true, force: true });
    const r = spawnSync('npm', ['run', 'build:h5'], { cwd: root, env: { ...process.env, MSB_OUTPUT_ROOT: SHARED_H5 }, encoding: 'utf8' });
    assert.equal(r.status, 0, (r.stdout + r.stderr).slice(-3000));
    fs.writeFileSync(stamp, want);
    return dir;
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** `org: false` seeds the demo people, memberships and bank but no places or teams (a test imports them). */
export async function startProduct(seed: SeedOptions = {}): Promise<Product> {
  const functionsDir = await sharedFunctions();
  const h5Dir = buildH5Once();
  const cloud = await startTestCloud({ functionsDir, h5Dir });
  assert.ok(await seedDemo(cloud.db, new Date(), seed), 'demo data seeded into the fresh store');
  const browser = await launchChromium();
  return {
    cloud,
    browser,
    stop: async () => {
      await browser.close();
      await cloud.stop();
    },
  };
}
