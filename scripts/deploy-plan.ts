// What `npm run deploy` does, as data: the builds, the collections and their indexes (database/indexes.json
// in CloudBase's index format), each function with its config.json, and the mini-program upload.
// `--dry-run` prints this plan; scripts/deploy-run.ts carries it out. Nothing here touches the network.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadManifest } from '../localcloud/store/manifest';
import { listFunctions } from './build-functions';
import { parseFunctionConfig } from './function-config';

const root = path.resolve(__dirname, '..');

/** The function runtime on CloudBase (README: functions run on Node 16/18). */
export const FUNCTION_RUNTIME = 'Nodejs18.15';
/** WeChat's default when config.json sets none. */
export const DEFAULT_TIMEOUT = 3;
export const PRIVATE_KEY_ENV = 'MINIPROGRAM_PRIVATE_KEY_PATH';
export const CREDENTIAL_ENVS = ['TENCENTCLOUD_SECRETID', 'TENCENTCLOUD_SECRETKEY'] as const;

/** An index as manager-node's database.updateCollection takes it (CreateIndexes). */
export interface CloudBaseIndex {
  IndexName: string;
  MgoKeySchema: { MgoIsUnique: boolean; MgoIndexKeys: Array<{ Name: string; Direction: '1' | '-1' }> };
}

export interface PlannedFunction {
  name: string;
  /** The built folder uploaded (build/cloudfunctions/<name>). */
  dir: string;
  runtime: string;
  timeout: number;
  triggers: Array<{ name: string; type: 'timer'; config: string }>;
  openapi: string[];
}

export interface DeployPlan {
  envId: string;
  /** `npm run <script>` with CLOUD_ENV set to the env id; `command` is how it reads. */
  build: Array<{ what: string; script: string; command: string }>;
  collections: Array<{ name: string; indexes: CloudBaseIndex[] }>;
  functions: PlannedFunction[];
  weapp: { appid: string; projectPath: string; version: string; desc: string; privateKeyEnv: string };
  warnings: string[];
}

export interface PlanOptions {
  envId: string;
  version?: string;
  desc?: string;
  skipBuild?: boolean;
}

export function toCloudBaseIndex(ix: { name: string; keys: Record<string, 1 | -1>; unique?: boolean }): CloudBaseIndex {
  return {
    IndexName: ix.name,
    MgoKeySchema: {
      MgoIsUnique: !!ix.unique,
      MgoIndexKeys: Object.entries(ix.keys).map(([Name, dir]) => ({ Name, Direction: dir === 1 ? '1' : '-1' })),
    },
  };
}

function gitHead(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

export function buildPlan(opts: PlanOptions): DeployPlan {
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(opts.envId)) throw new Error(`--env: ${opts.envId || '(none)'} is not a CloudBase env id`);
  const warnings: string[] = [];
  const manifest = loadManifest();
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const project = JSON.parse(fs.readFileSync(path.join(root, 'project.config.json'), 'utf8')) as { appid: string; miniprogramRoot: string };
  if (project.appid === 'touristappid') warnings.push('project.config.json 的 appid 仍是 touristappid：上传小程序前换成真实 appid');
  const functions = listFunctions().map((name): PlannedFunction => {
    const file = path.join(root, 'cloudfunctions', name, 'config.json');
    const config = fs.existsSync(file) ? parseFunctionConfig(fs.readFileSync(file, 'utf8'), file) : { permissions: { openapi: [] } };
    return {
      name,
      dir: path.join('build/cloudfunctions', name),
      runtime: FUNCTION_RUNTIME,
      timeout: config.timeout ?? DEFAULT_TIMEOUT,
      triggers: config.triggers ?? [],
      openapi: config.permissions.openapi,
    };
  });
  return {
    envId: opts.envId,
    build: opts.skipBuild
      ? []
      : [
          { what: 'weapp', script: 'build:weapp', command: `CLOUD_ENV=${opts.envId} npm run build:weapp` },
          { what: 'functions', script: 'build:functions', command: 'npm run build:functions' },
        ],
    collections: Object.entries(manifest.collections).map(([name, spec]) => {
      for (const ix of spec.indexes)
        if (ix.sparse) warnings.push(`${name}.${ix.name} 是稀疏索引：CloudBase 的索引没有 sparse，按普通索引创建`);
      return { name, indexes: spec.indexes.map(toCloudBaseIndex) };
    }),
    functions,
    weapp: {
      appid: project.appid,
      projectPath: '.',
      version: opts.version ?? pkg.version,
      desc: opts.desc ?? `码上办 ${gitHead()}`,
      privateKeyEnv: PRIVATE_KEY_ENV,
    },
    warnings,
  };
}

/** The plan as readable lines (Chinese, for the developer running the deploy). */
export function planLines(plan: DeployPlan): string[] {
  const out = [`部署计划：环境 ${plan.envId}`];
  out.push(plan.build.length ? '构建：' : '构建：跳过（--skip-build）');
  for (const b of plan.build) out.push(`  ${b.what.padEnd(10)} ${b.command}`);
  out.push(`集合（不存在则创建）与索引（缺少则创建）：${plan.collections.length} 个集合`);
  for (const c of plan.collections) {
    out.push(`  ${c.name}`);
    for (const ix of c.indexes) {
      const keys = ix.MgoKeySchema.MgoIndexKeys.map((k) => `${k.Name}:${k.Direction}`).join(', ');
      out.push(`    索引 ${ix.IndexName} (${keys})${ix.MgoKeySchema.MgoIsUnique ? ' 唯一' : ''}`);
    }
  }
  out.push(`云函数（创建或更新代码与配置）：${plan.functions.length} 个`);
  for (const f of plan.functions) {
    const triggers = f.triggers.map((t) => `  定时触发器 ${t.name} "${t.config}"`).join('');
    out.push(`  ${f.name.padEnd(10)} ${f.runtime} 超时 ${f.timeout} 秒  代码 ${f.dir}${triggers}`);
  }
  const w = plan.weapp;
  out.push(`小程序上传（miniprogram-ci）：appid ${w.appid}  版本 ${w.version}  说明 "${w.desc}"  私钥 $${w.privateKeyEnv}`);
  for (const warning of plan.warnings) out.push(`注意：${warning}`);
  return out;
}
