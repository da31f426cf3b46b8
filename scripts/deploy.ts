// `npm run deploy -- --env <envId> [--dry-run] [--json] [--skip-build] [--version x.y.z] [--desc "..."]`:
// builds the weapp and the functions, then creates missing collections and indexes, deploys every function
// with its config.json and uploads the mini-program (scripts/deploy-run.ts, with @cloudbase/manager-node
// and miniprogram-ci). --dry-run prints the plan only: no build, no credentials, no network.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPlan, CREDENTIAL_ENVS, planLines, PRIVATE_KEY_ENV, type DeployPlan } from './deploy-plan';

const root = path.resolve(__dirname, '..');

export interface DeployFlags {
  envId: string;
  dryRun: boolean;
  json: boolean;
  skipBuild: boolean;
  version?: string;
  desc?: string;
}

export function parseDeployFlags(argv: string[]): DeployFlags {
  const flags: DeployFlags = { envId: '', dryRun: false, json: false, skipBuild: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} 需要一个值`);
      return v;
    };
    if (a === '--env') flags.envId = value();
    else if (a === '--version') flags.version = value();
    else if (a === '--desc') flags.desc = value();
    else if (a === '--dry-run') flags.dryRun = true;
    else if (a === '--json') flags.json = true;
    else if (a === '--skip-build') flags.skipBuild = true;
    else throw new Error(`不认识的参数：${a}`);
  }
  if (!flags.envId) throw new Error('缺少 --env <云开发环境 ID>');
  return flags;
}

function runBuilds(plan: DeployPlan): void {
  for (const b of plan.build) {
    console.log(`▶ 构建 ${b.what}：${b.command}`);
    const r = spawnSync('npm', ['run', b.script], { cwd: root, stdio: 'inherit', env: { ...process.env, CLOUD_ENV: plan.envId } });
    if (r.status !== 0) throw new Error(`构建 ${b.what} 失败`);
  }
}

function missingCredentials(): string[] {
  return [...CREDENTIAL_ENVS, PRIVATE_KEY_ENV].filter((k) => !process.env[k]);
}

async function main(): Promise<void> {
  const flags = parseDeployFlags(process.argv.slice(2));
  const plan = buildPlan({ envId: flags.envId, version: flags.version, desc: flags.desc, skipBuild: flags.skipBuild });
  if (flags.json) console.log(JSON.stringify(plan, null, 2));
  else for (const line of planLines(plan)) console.log(line);
  if (flags.dryRun) {
    if (!flags.json) console.log('\n（--dry-run：只列出计划，没有构建、没有连接云端）');
    return;
  }
  const missing = missingCredentials();
  if (missing.length) throw new Error(`缺少环境变量：${missing.join('、')}（见 README「部署到微信云开发」）`);
  if (plan.weapp.appid === 'touristappid') throw new Error('project.config.json 的 appid 是 touristappid：换成小程序的真实 appid');
  runBuilds(plan);
  // Loaded only for a real deploy: the dry run needs neither package.
  const { executePlan } = await import('./deploy-run');
  await executePlan(plan, { log: (l) => console.log(l) });
  console.log('部署完成。');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(`部署失败：${(err as Error).message}`);
    process.exit(1);
  });
}
