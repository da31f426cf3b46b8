// Carries out a deploy plan (scripts/deploy-plan.ts) with the official packages: @cloudbase/manager-node
// for the collections, indexes, functions and triggers, miniprogram-ci for the mini-program upload.
// Loaded only by a real deploy (never by the dry run or the tests): it reaches Tencent Cloud.
import path from 'node:path';
import CloudBase from '@cloudbase/manager-node';
import * as ci from 'miniprogram-ci';
import type { CloudBaseIndex, DeployPlan, PlannedFunction } from './deploy-plan';
import { CREDENTIAL_ENVS } from './deploy-plan';

const root = path.resolve(__dirname, '..');

export interface RunOptions {
  log: (line: string) => void;
}

type Manager = InstanceType<typeof CloudBase>;

async function collections(manager: Manager, plan: DeployPlan, log: RunOptions['log']): Promise<void> {
  for (const c of plan.collections) {
    const created = await manager.database.createCollectionIfNotExists(c.name);
    const missing: CloudBaseIndex[] = [];
    for (const ix of c.indexes) {
      const { Exists } = await manager.database.checkIndexExists(c.name, ix.IndexName);
      if (!Exists) missing.push(ix);
    }
    if (missing.length) await manager.database.updateCollection(c.name, { CreateIndexes: missing });
    log(
      `  集合 ${c.name}${created.IsCreated ? '（新建）' : ''}${missing.length ? `，新建索引 ${missing.map((i) => i.IndexName).join('、')}` : ''}`,
    );
  }
}

function cloudFunction(f: PlannedFunction) {
  return {
    name: f.name,
    timeout: f.timeout,
    runtime: f.runtime,
    handler: 'index.main',
    installDependency: true,
    ignore: ['node_modules', 'node_modules/**/*'],
    triggers: f.triggers,
  };
}

/** Creates the function, or (force) updates its code, then its configuration, then its triggers. */
async function functions(manager: Manager, plan: DeployPlan, log: RunOptions['log']): Promise<void> {
  const functionRootPath = path.join(root, 'build/cloudfunctions');
  for (const f of plan.functions) {
    await manager.functions.createFunction({ func: cloudFunction(f), functionRootPath, force: true });
    // A timer removed from config.json stays on the function until it is deleted in the console.
    log(
      `  云函数 ${f.name}：已部署（超时 ${f.timeout} 秒${f.triggers.length ? `，定时触发器 ${f.triggers.map((t) => t.name).join('、')}` : ''}）`,
    );
  }
}

async function upload(plan: DeployPlan, log: RunOptions['log']): Promise<void> {
  const project = new ci.Project({
    appid: plan.weapp.appid,
    type: 'miniProgram',
    projectPath: path.join(root, plan.weapp.projectPath),
    privateKeyPath: process.env[plan.weapp.privateKeyEnv]!,
    ignores: ['node_modules/**/*'],
  });
  // The build already transpiled and minified (Taro); the upload leaves the code as it is.
  await ci.upload({ project, version: plan.weapp.version, desc: plan.weapp.desc, setting: { useProjectConfig: true }, robot: 1 });
  log(`  小程序 ${plan.weapp.version} 已上传（开发版）`);
}

export async function executePlan(plan: DeployPlan, opts: RunOptions): Promise<void> {
  const [secretId, secretKey] = CREDENTIAL_ENVS.map((k) => process.env[k]!);
  const manager = new CloudBase({ secretId, secretKey, envId: plan.envId });
  opts.log('▶ 集合与索引');
  await collections(manager, plan, opts.log);
  opts.log('▶ 云函数');
  await functions(manager, plan, opts.log);
  opts.log('▶ 小程序');
  await upload(plan, opts.log);
}
