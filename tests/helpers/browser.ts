// Debian's Chromium driven by playwright-core (no browser download), with the flags this machine needs.
// Playwright gives each non-persistent launch a fresh temporary profile (the fresh --user-data-dir).
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator } from 'playwright-core';
import { report, shooter, type Person } from '../e2e/loop-people';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (.ci/run does this)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A walk's step runner: `step(person, name, body)` runs body; on failure it saves
 * tests/out/screenshots/<prefix>-<name>-failed.png and adds the person's failed calls, pending
 * requests and console errors to the error. `guard` throws first when a prerequisite is missing (Jest
 * cannot skip a test once it runs: the step fails with the reason).
 */
export function stepper(prefix: string, guard?: (name: string) => void) {
  const shot = shooter(path.resolve(__dirname, '../out/screenshots'));
  return async (person: Person, name: string, body: () => Promise<void>): Promise<void> => {
    guard?.(name);
    try {
      await body();
    } catch (err) {
      await shot(person, `${prefix}-${name}-failed`).catch(() => undefined);
      const e = err instanceof Error ? err : new Error(String(err));
      e.message += `\n  ${report(person)}`;
      throw e;
    }
  };
}

/**
 * The locator's text once it matches `pattern` (or its last text when `timeout` passes, for the
 * assertion to show): for a list that reloads after the notice that announced the change.
 */
export async function untilText(locator: Locator, pattern: RegExp, timeout = 30_000): Promise<string> {
  const end = Date.now() + timeout;
  let text = await locator.innerText();
  while (!pattern.test(text) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    text = await locator.innerText();
  }
  return text;
}
