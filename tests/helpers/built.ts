// Builds shared by every test file of a run. Test files only read a build, so one copy serves them all:
// it is made again only when something it is built from changed (a fingerprint of those inputs names it).
// Parallel workers may race to make the same one: each builds into a folder of its own and renames it
// into place; whoever comes second finds it there and throws its copy away.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildFunctions } from '../../scripts/build-functions';
import { fingerprint } from './fingerprint';

const root = path.resolve(__dirname, '../..');

/** What the functions' bundles are made from. */
const FUNCTION_INPUTS = [
  'cloudfunctions',
  'src',
  'scripts/build-functions.ts',
  'scripts/function-assets.ts',
  'scripts/function-config.ts',
  'package-lock.json',
  'tsconfig.json',
];

/** The real functions, built once for the current sources: tests/out/functions-<fingerprint>. */
export async function sharedFunctions(): Promise<string> {
  const dir = path.join(root, 'tests/out', `functions-${fingerprint(FUNCTION_INPUTS).slice(0, 16)}`);
  if (fs.existsSync(path.join(dir, '.complete'))) return dir;
  const mine = `${dir}.tmp-${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
  await buildFunctions({ outDir: mine, log: () => undefined });
  fs.writeFileSync(path.join(mine, '.complete'), '');
  try {
    fs.renameSync(mine, dir);
  } catch {
    // Another worker got there first (or an incomplete copy is in the way: replace it).
    if (fs.existsSync(path.join(dir, '.complete'))) fs.rmSync(mine, { recursive: true, force: true });
    else {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.renameSync(mine, dir);
    }
  }
  return dir;
}

/**
 * A suite's own copy of the shared build, to add fixture functions to: tests/out/<name>-functions,
 * made afresh. A copy takes a tenth of a second; building the functions again took seconds of CPU.
 */
export async function functionsCopy(name: string): Promise<string> {
  const dir = path.join(root, 'tests/out', `${name}-functions`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(await sharedFunctions(), dir, { recursive: true });
  return dir;
}
