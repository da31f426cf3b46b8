// The local cloud as a process, for the fault and abuse suites: `localcloud/main.ts` plus the two options
// it lacks (a functions folder and a pool size). Same startLocalCloud, same output (not quiet): function
// logs, gateway lines and warnings go to this process's stdout/stderr.
//   tsx tests/security/fault-cloud-main.ts --data-dir D --functions-dir F [--pool-size N] [--dev] [--port P]
// Prints `LOCALCLOUD_READY <baseUrl>` once it listens (as main.ts does). LOCALCLOUD_ADMIN_TOKEN fixes the admin token.
import { startLocalCloud } from '../../localcloud';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const pool = arg('pool-size');
  const cloud = await startLocalCloud({
    dataDir: arg('data-dir'),
    port: Number(arg('port') ?? 0),
    dev: process.argv.includes('--dev'),
    functionsDir: arg('functions-dir'),
    ...(pool ? { poolSize: Number(pool) } : {}),
    adminToken: process.env.LOCALCLOUD_ADMIN_TOKEN,
  });
  console.log(`LOCALCLOUD_READY ${cloud.baseUrl}`);
  const stop = () => void cloud.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(`[localcloud] failed to start: ${(err as Error).message}`);
  process.exit(1);
});
