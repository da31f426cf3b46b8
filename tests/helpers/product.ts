// The whole product for a browser test: the functions built into tests/out/<name>-functions and the H5
// app (one build shared by every walk: taro-build.ts),
// served by a local cloud seeded with the demo data, and Debian's Chromium.
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { LocalCloud } from '../../localcloud';
import { sharedFunctions } from './built';
import { buildOnce } from './taro-build';
import { seedDemo, type SeedOptions } from '../../scripts/demo-data';
import { launchChromium } from './browser';
import { startTestCloud } from './cloud';

export interface Product {
  cloud: LocalCloud;
  browser: Browser;
  stop(): Promise<void>;
}

/** `org: false` seeds the demo people, memberships and bank but no places or teams (a test imports them). */
export async function startProduct(seed: SeedOptions = {}): Promise<Product> {
  const functionsDir = await sharedFunctions();
  const h5Dir = buildOnce('h5').dir;
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
