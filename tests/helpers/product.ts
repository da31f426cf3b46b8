// The whole product for a browser test: the functions and the H5 app built into tests/out/<name>-*,
// served by a local cloud seeded with the demo data, and Debian's Chromium.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { LocalCloud } from '../../localcloud';
import { buildFunctions } from '../../scripts/build-functions';
import { seedDemo, type SeedOptions } from '../../scripts/demo-data';
import { launchChromium } from './browser';
import { startTestCloud } from './cloud';

const root = path.resolve(__dirname, '../..');

export interface Product {
  cloud: LocalCloud;
  browser: Browser;
  stop(): Promise<void>;
}

/** `org: false` seeds the demo people, memberships and bank but no places or teams (a test imports them). */
export async function startProduct(name: string, seed: SeedOptions = {}): Promise<Product> {
  const functionsDir = path.join(root, `tests/out/${name}-functions`);
  const h5Dir = path.join(root, `tests/out/${name}-h5`);
  await buildFunctions({ outDir: functionsDir, log: () => undefined });
  fs.rmSync(h5Dir, { recursive: true, force: true });
  const r = spawnSync('npm', ['run', 'build:h5'], {
    cwd: root,
    env: { ...process.env, MSB_OUTPUT_ROOT: `tests/out/${name}-h5` },
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, (r.stdout + r.stderr).slice(-3000));
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
