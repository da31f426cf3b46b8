// `npm start`: the whole product on this machine. Builds the H5 app and the cloud functions when
// their sources changed, starts the local cloud on 127.0.0.1:$PORT (default 8080) with dev login and
// timers, seeds the demo into an empty store (places and teams by importing database/demo/*.csv through the
// sheets function), and prints how to use it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startLocalCloud } from '../localcloud';
import { buildFunctions, functionsStale } from './build-functions';
import { DEMO_PEOPLE, seedDemo } from './demo-data';
import { HISTORY_PERSON } from './demo-history';
import { seedDemoActivities } from './demo-activities';
import { seedDemoElders } from './demo-elders';
import { importDemoSheets } from './demo-import';

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
  const cloud = await startLocalCloud({ port, dev: true, timers: true });
  // People, memberships and the bank directly; the places and teams through the real import (sheets.apply as demo-admin).
  const seeded = await seedDemo(cloud.db, new Date(), { org: false, welcomePoints: true, history: true });
  if (seeded) await importDemoSheets(cloud);
  // The visit board's elders live in the imported stairwells.
  if (seeded) await seedDemoElders(cloud.db, new Date());
  // This week's activities (活动) in the imported communities: 免费理发, the service day, a health check.
  if (seeded) await seedDemoActivities(cloud.db, new Date());
  const url = cloud.baseUrl;
  console.log(`\n码上办 本地云已启动：${url}/`);
  console.log(`数据目录：${cloud.dataDir}${seeded ? '（已写入演示数据）' : ''}  ·  清空：npm run reset`);
  console.log('\n以演示身份登录（在浏览器中打开链接，点“登录”）：');
  for (const p of [...DEMO_PEOPLE, HISTORY_PERSON]) console.log(`  ${p.label.padEnd(14)} ${url}/__dev/login?openid=${p._id}`);
  console.log(`\n带楼栋码打开首页：${url}/#/pages/index/index?scene=${encodeURIComponent('B-0012')}`);
  console.log(`已发送的订阅消息：${url}/__dev/outbox`);
  console.log(`本地云控制台（数据、请求、函数、定时器、时钟）：${url}/__ui\n按 Ctrl+C 停止。`);
  const stop = () => void cloud.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(`启动失败：${(err as Error).message}`);
  process.exit(1);
});
