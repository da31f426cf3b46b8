// Starts a local cloud of the test's own over the real functions (one build shared by the run's test
// files: built.ts) with the demo data.
import type { LocalCloud, LocalCloudOptions } from '../../localcloud';
import { sharedFunctions } from './built';
import { seedDemo } from '../../scripts/demo-data';
import { startTestCloud } from './cloud';

export async function startFunctionsCloud(opts: LocalCloudOptions = {}): Promise<LocalCloud> {
  const functionsDir = await sharedFunctions();
  const cloud = await startTestCloud({ functionsDir, ...opts });
  await seedDemo(cloud.db);
  return cloud;
}
