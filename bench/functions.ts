// Bench part 2: each function bundle's bytes and cold `require` time, against wx-server-sdk alone.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { median } from './stats';

const root = path.resolve(__dirname, '..');
const RUNS = 7;

/** Median wall time of `require(target)` in a fresh Node process (module loading only). */
function requireMs(target: string): number {
  const script = `const t=process.hrtime.bigint();require(${JSON.stringify(target)});process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))`;
  const env = {
    ...process.env,
    TENCENTCLOUD_SECRETID: 'local',
    TENCENTCLOUD_SECRETKEY: 'local',
    TENCENTCLOUD_RUNENV: 'SCF',
    SCF_NAMESPACE: 'bench',
    TENCENTCLOUD_REGION: 'ap-shanghai',
    TCB_CONTEXT_CNFG: '{"URL":"http://127.0.0.1:9/admin"}',
  };
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(process.execPath, ['-e', script], { cwd: root, env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`require(${target}) failed: ${r.stderr}`);
    times.push(Number(r.stdout));
  }
  return median(times);
}

export interface FunctionFigures {
  name: string;
  bundleBytes: number;
  requireMs: number;
}

export function measureFunctions(functionsDir = path.join(root, 'build/cloudfunctions')) {
  const sdkMs = requireMs(require.resolve('wx-server-sdk', { paths: [root] }));
  const sdkBytes = fs.statSync(require.resolve('wx-server-sdk', { paths: [root] })).size;
  const fns: FunctionFigures[] = fs
    .readdirSync(functionsDir)
    .filter((n) => fs.existsSync(path.join(functionsDir, n, 'index.js')))
    .map((name) => {
      const file = path.join(functionsDir, name, 'index.js');
      return { name, bundleBytes: fs.statSync(file).size, requireMs: requireMs(file) };
    });
  return { sdkMs, sdkBytes, fns };
}
