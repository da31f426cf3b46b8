// The local cloud as a process with the product around it, for tests and the bench:
//   tsx scripts/serve.ts [--data-dir D] [--port P] [--functions-dir F] [--h5-dir H] [--seed-demo] [--quiet] [--timers]
//                        [--pool-size N] [--max-instances N]
// Prints `LOCALCLOUD_READY <baseUrl>` once it listens (LOCALCLOUD_ADMIN_TOKEN fixes the admin token).
// Unlike `npm start` it builds nothing and is not in dev mode unless `--dev` is given.
import { startLocalCloud } from '../localcloud';
import { keepHeapsNearLiveSize } from '../localcloud/heap';
import { seedDemo } from './demo-data';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const flag = (name: string) => process.argv.includes(`--${name}`);

async function main(): Promise<void> {
  keepHeapsNearLiveSize();
  const cloud = await startLocalCloud({
    dataDir: arg('data-dir'),
    port: Number(arg('port') ?? 0),
    functionsDir: arg('functions-dir'),
    h5Dir: arg('h5-dir'),
    dev: flag('dev'),
    timers: flag('timers'),
    quiet: flag('quiet'),
    poolSize: arg('pool-size') ? Number(arg('pool-size')) : undefined,
    maxInstances: arg('max-instances') ? Number(arg('max-instances')) : undefined,
    adminToken: process.env.LOCALCLOUD_ADMIN_TOKEN,
  });
  if (flag('seed-demo')) await seedDemo(cloud.db);
  console.log(`LOCALCLOUD_READY ${cloud.baseUrl}`);
  const stop = () => void cloud.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(`[serve] failed to start: ${(err as Error).message}`);
  process.exit(1);
});
