// The local cloud as a process: `tsx localcloud/main.ts [--data-dir D] [--port P] [--dev] [--timers]`.
// Prints `LOCALCLOUD_READY <baseUrl>` once it listens. LOCALCLOUD_ADMIN_TOKEN fixes the admin token (tests).
import { startLocalCloud } from './index';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const cloud = await startLocalCloud({
    dataDir: arg('data-dir'),
    port: Number(arg('port') ?? process.env.PORT ?? 0),
    dev: process.argv.includes('--dev'),
    timers: process.argv.includes('--timers'),
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
