// Bundles a test fixture (a function that runs real cloudfunctions/_lib code, never deployed) into a
// functions folder, as the build does for the real functions.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

export async function bundleFixture(entry: string, functionsDir: string, name: string, timeoutS: number): Promise<void> {
  const dir = path.join(functionsDir, name);
  fs.mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: [entry],
    outfile: path.join(dir, 'index.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node16',
    external: ['wx-server-sdk'],
    logLevel: 'silent',
  });
  fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ permissions: { openapi: [] }, timeout: timeoutS }));
}
