#!/usr/bin/env node
// `npm test`: lint (eslint + layer rules + tsc, counted as ONE test), then every tests/**/*.test.ts with
// jest (projects in jest.config.js): `unit`, `components` and `slow` in parallel workers, then the browser walks (`e2e`) two at a time, then `serial` and `weapp` one
// file at a time. Ends with one line `N passed, N failed`, and a non-zero exit on any failure.
//   node scripts/test.mjs                 lint and every test
//   node scripts/test.mjs --unit          the `unit` and `components` projects (`npm run test:unit`), in seconds
//   node scripts/test.mjs --slow          everything else (`npm run test:slow`)
//   node scripts/test.mjs [--unit|--slow] FILE...   only these test files, never lint; jest options may follow `--`
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const jestBin = path.join(root, 'node_modules/jest/bin/jest.js');
const args = process.argv.slice(2);
const dashes = args.indexOf('--');
const jestExtra = dashes >= 0 ? args.slice(dashes + 1) : [];
const own = dashes >= 0 ? args.slice(0, dashes) : args;
const part = own.includes('--unit') ? 'unit' : own.includes('--slow') ? 'slow' : 'all';
const files = own.filter((a) => a !== '--unit' && a !== '--slow');

const phases = [
  {
    name: 'parallel',
    projects: { unit: ['unit', 'components'], slow: ['slow'], all: ['unit', 'components', 'slow'] }[part],
    flags: ['--maxWorkers=2'],
  },
  { name: 'e2e', projects: ['e2e'], flags: ['--maxWorkers=2'] },
  { name: 'serial', projects: ['serial', 'weapp'], flags: ['--runInBand'] },
].filter((p) => part !== 'unit' || p.name === 'parallel');

let passed = 0;
let failed = 0;
const failures = [];
const fail = (what) => {
  failed++;
  failures.push(what);
};

// The browser walks share one H5 build, and tests/build and tests/weapp one weapp build
// (tests/helpers/taro-build.ts buildOnce, under a lock). Those that will run are started now in the
// background, one after the other: lint keeps one core busy, so the builds take the other instead of
// holding up the first walk and the serial phase later. A test that finds one still building waits for its lock.
const under = (dir) => path.join(root, 'tests', dir) + path.sep;
const willRun = (...dirs) => part !== 'unit' && (files.length === 0 || files.some((f) => dirs.some((d) => path.resolve(f).startsWith(d))));
const builds = [willRun(under('e2e')) && 'h5', willRun(under('weapp'), path.join(root, 'tests/build/taro-builds.test.ts')) && 'weapp'];
/** Each platform's background build: a promise of its exit (a failed build is made again, and reported, by the first test that needs it). */
const built = {};
let previous = Promise.resolve();
for (const platform of builds.filter(Boolean)) {
  previous = built[platform] = previous.then(
    () =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', '-e', `require('./tests/helpers/taro-build').buildOnce('${platform}')`], {
          cwd: root,
          stdio: ['ignore', 'ignore', 'inherit'],
        });
        child.on('error', resolve);
        child.on('exit', resolve);
      }),
  );
}

const clock = Date.now();
const took = () => `${Math.round((Date.now() - clock) / 1000)}s`;

if (files.length === 0 && part === 'all') {
  console.log('▶ lint (eslint, dependency rules, tsc)');
  const lint = spawnSync('npm', ['run', '--silent', 'lint'], { cwd: root, stdio: 'inherit' });
  if (lint.status === 0) passed++;
  else fail('npm run lint');
}

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'msb-jest-'));
for (const phase of phases) {
  const outputFile = path.join(outDir, `${phase.name}.json`);
  if (phase.name === 'e2e') await built.h5;
  if (phase.name === 'serial') await built.weapp;
  console.log(`▶ jest: ${phase.projects.join(', ')} (${phase.flags.join(' ')}) at ${took()}`);
  const run = spawnSync(
    process.execPath,
    [
      jestBin,
      '--selectProjects',
      ...phase.projects,
      ...phase.flags,
      // Our own summary (tests/jest/summary-reporter.cjs), not --json; before a boolean flag, since
      // --reporters takes every value after it.
      '--reporters=default',
      `--reporters=${path.join(root, 'tests/jest/summary-reporter.cjs')}`,
      '--passWithNoTests',
      ...jestExtra,
      ...files.map((f) => path.resolve(f)),
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, MSB_SUMMARY_FILE: outputFile, FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR },
    },
  );
  let results;
  try {
    results = JSON.parse(fs.readFileSync(outputFile, 'utf8'));
  } catch {
    fail(`jest (${phase.name}) produced no results; exit ${run.status}`);
    continue;
  }
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  for (const file of results.testResults) {
    const rel = path.relative(root, file.name);
    for (const t of file.assertionResults) if (t.status === 'failed') failures.push(`${rel} › ${t.fullName}`);
    // A file that failed outside any test (it did not load, or a hook threw with no test to blame).
    if (file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed')) fail(`${rel} (failed to run)`);
  }
  if (run.status !== 0 && results.success) fail(`jest (${phase.name}) exited with ${run.status}`);
  // Where the time went: the slowest files of the phase (to keep CI under its budget).
  const slowest = [...results.testResults].sort((a, b) => (b.ms ?? 0) - (a.ms ?? 0)).slice(0, 8);
  if (files.length === 0 && slowest.length)
    console.log(
      `slowest files (${phase.name}): ` +
        slowest.map((f) => `${path.relative(root, f.name)} ${Math.round((f.ms ?? 0) / 1000)}s`).join(', '),
    );
}

if (failures.length) console.log('\nFailed:\n  ' + failures.join('\n  '));
console.log(`npm test took ${took()}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
