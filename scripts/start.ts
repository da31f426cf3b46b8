// `npm start`: the whole product on this machine. Builds the H5 app and the cloud functions when
// their sources changed, loads the demo folder (database/demo/store, scripts/demo-store.ts) into an empty
// store, starts the local cloud on 127.0.0.1:$PORT (default 8080) with dev login and timers, writes the
// connection for scripts to .localcloud/env, and prints how to use it.
//   --import <dir> [--force]   load an export folder instead (--force replaces a store that is not empty)
//   --export-on-exit <dir>     on Ctrl+C / SIGTERM, export the whole store to <dir>, then stop
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startLocalCloud } from '../localcloud';
import { writeEnvFile } from '../localcloud/connect-env';
import { keepHeapsNearLiveSize } from '../localcloud/heap';
import { checkExportTarget, exportStore } from '../localcloud/store/dump';
import { buildFunctions, functionsStale } from './build-functions';
import { DEMO_PEOPLE } from './demo-data';
import { HISTORY_PERSON } from './demo-history';
import { localCloudRunning } from './local-cloud-running';
import { loadData, parseStartFlags } from './start-data';

const root = path.resolve(__dirname, '..');

function newestMtime(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  if (!fs.statSync(dir).isDirectory()) return fs.statSync(dir).mtimeMs;
  let newest = fs.statSync(dir).mtimeMs;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

function h5Stale(): boolean {
  const out = path.join(root, 'dist/h5/index.html');
  if (!fs.existsSync(out)) return true;
  const built = fs.statSync(out).mtimeMs;
  // The build settings in .env (e.g. the street's phone) count as sources too.
  const sources = ['src', 'config', '.env', '.env.local'].map((d) => path.join(root, d));
  return sources.some((d) => newestMtime(d) > built);
}

async function main(): Promise<void> {
  keepHeapsNearLiveSize();
  const flags = parseStartFlags(process.argv.slice(2));
  if (flags.exportOnExit) checkExportTarget(flags.exportOnExit);
  const dataDir = path.join(root, '.localcloud');
  fs.mkdirSync(dataDir, { recursive: true });
  if (h5Stale()) {
    console.log('▶ 构建 H5（taro build --type h5）…');
    const r = spawnSync(process.execPath, [require.resolve('@tarojs/cli/bin/taro'), 'build', '--type', 'h5'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (r.status !== 0) throw new Error('H5 build failed');
  }
  if (functionsStale()) {
    console.log('▶ 打包云函数…');
    await buildFunctions();
  }
  const port = Number(process.env.PORT ?? 8080);
  if (flags.importDir && (await localCloudRunning(port))) throw new Error(`端口 ${port} 上已有本地云在运行：先停止它再导入`);
  const loaded = await loadData(dataDir, flags);
  const cloud = await startLocalCloud({ dataDir, port, dev: true, timers: true });
  const envFile = writeEnvFile(cloud);
  const url = cloud.baseUrl;
  console.log(`\n码上办 本地云已启动：${url}/`);
  console.log(`数据目录：${cloud.dataDir}${loaded ? `（${loaded}）` : ''}  ·  清空：npm run reset`);
  console.log(`用自己的脚本连接（wx-server-sdk，管理员身份）：source ${path.relative(root, envFile)} && node 你的脚本.js`);
  console.log('\n以演示身份登录（在浏览器中打开链接，点“登录”）：');
  for (const p of [...DEMO_PEOPLE, HISTORY_PERSON]) console.log(`  ${p.label.padEnd(14)} ${url}/__dev/login?openid=${p._id}`);
  console.log(`\n带楼栋码打开首页：${url}/#/pages/index/index?scene=${encodeURIComponent('B-0012')}`);
  console.log(`已发送的订阅消息：${url}/__dev/outbox`);
  console.log(`本地云控制台（数据、请求、函数、定时器、时钟）：${url}/__ui\n按 Ctrl+C 停止。`);
  if (flags.exportOnExit) console.log(`停止时导出全部数据到：${flags.exportOnExit}`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void (async () => {
      if (flags.exportOnExit) {
        const s = await exportStore(cloud.db, cloud.dataDir, flags.exportOnExit);
        console.log(`\n已导出 ${s.collections} 个集合、${s.documents} 条文档、${s.files} 个文件到 ${s.dir}`);
      }
      await cloud.stop();
    })().then(
      () => process.exit(0),
      (err) => {
        console.error(`停止时出错：${(err as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(`启动失败：${(err as Error).message}`);
  process.exit(1);
});
