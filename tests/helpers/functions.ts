// Builds the real functions into a folder of the test's own (test files run in parallel) and starts
// a local cloud with the demo data.
import path from 'node:path';
import type { LocalCloud, LocalCloudOptions } from '../../localcloud';
import { buildFunctions } from '../../scripts/build-functions';
import { seedDemo } from '../../scripts/demo-data';
import { startTestCloud } from './cloud';

export async function startFunctionsCloud(name: string, opts: LocalCloudOptions = {}): Promise<LocalCloud> {
  const functionsDir = path.resolve(__dirname, '../out', `${name}-functions`);
  await buildFunctions({ outDir: functionsDir, log: () => undefined });
  const cloud = await startTestCloud({ functionsDir, ...opts });
  await seedDemo(cloud.db);
  return cloud;
}
