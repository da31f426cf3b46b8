// Bench part 1: the weapp main package against a bare Taro app built the same way (production).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

function buildWeapp(sourceRoot: string, outputRoot: string): void {
  const r = spawnSync(process.execPath, [require.resolve('@tarojs/cli/bin/taro'), 'build', '--type', 'weapp'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', MSB_SOURCE_ROOT: sourceRoot, MSB_OUTPUT_ROOT: outputRoot },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`weapp build of ${sourceRoot} failed:\n${r.stdout}\n${r.stderr}`);
}

/** Bytes of the main package: everything in the output except subpackage roots and source maps. */
export function mainPackageBytes(outDir: string): number {
  const app = JSON.parse(fs.readFileSync(path.join(outDir, 'app.json'), 'utf8')) as {
    subpackages?: Array<{ root: string }>;
    subPackages?: Array<{ root: string }>;
  };
  const subRoots = (app.subpackages ?? app.subPackages ?? []).map((s) => path.join(outDir, s.root));
  const walk = (dir: string): number =>
    fs.readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return subRoots.some((r) => p === r || p.startsWith(r + path.sep)) ? sum : sum + walk(p);
      return e.name.endsWith('.map') ? sum : sum + fs.statSync(p).size;
    }, 0);
  return walk(outDir);
}

export function measureSizes(): { productBytes: number; bareBytes: number } {
  const productOut = path.join(root, 'bench/out/weapp');
  const bareOut = path.join(root, 'bench/out/bare-weapp');
  buildWeapp('src', path.relative(root, productOut));
  buildWeapp('bench/bare-taro/src', path.relative(root, bareOut));
  return { productBytes: mainPackageBytes(productOut), bareBytes: mainPackageBytes(bareOut) };
}
