#!/usr/bin/env node
// `npm test`: lint (eslint + layer rules + tsc) and every tests/**/*.test.ts with node's test runner.
// Ends with one line `N passed, N failed`, and a non-zero exit on any failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const only = process.argv.slice(2);

function findTests(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' || e.name === 'out' ? [] : findTests(p);
    return e.name.endsWith('.test.ts') ? [p] : [];
  });
}

let passed = 0;
let failed = 0;
const failures = [];

if (only.length === 0) {
  console.log('▶ lint (eslint, dependency rules, tsc)');
  const lint = spawnSync('npm', ['run', '--silent', 'lint'], { cwd: root, stdio: 'inherit' });
  if (lint.status === 0) passed++;
  else {
    failed++;
    failures.push('npm run lint');
  }
}

const files = (only.length ? only.map((f) => path.resolve(f)) : findTests(path.join(root, 'tests'))).sort();
const countFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'msb-test-')), 'count.json');
const run = spawnSync(
  process.execPath,
  [
    '--import', 'tsx',
    '--test',
    '--test-concurrency=2',
    '--test-timeout=600000',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    `--test-reporter=${path.join(root, 'scripts/count-reporter.mjs')}`, `--test-reporter-destination=${countFile}`,
    ...files,
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR } },
);
try {
  const counts = JSON.parse(fs.readFileSync(countFile, 'utf8'));
  passed += counts.passed;
  failed += counts.failed;
  failures.push(...counts.failures);
} catch {
  failed++;
  failures.push('test runner produced no counts');
}
if (run.status !== 0 && failed === 0) {
  failed++;
  failures.push(`test runner exited with ${run.status}`);
}
if (failures.length) console.log('\nFailed:\n  ' + failures.join('\n  '));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
