// `npm run deploy -- --env <id> --dry-run`: the plan covers every collection and index of
// database/indexes.json (in CloudBase's format), every function with its config.json (timeout, timer
// trigger) and the builds; the dry run needs no credentials and touches no network.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from '@jest/globals';
import { loadManifest } from '../../localcloud/store/manifest';
import { listFunctions } from '../../scripts/build-functions';
import { buildPlan, planLines, toCloudBaseIndex, type DeployPlan } from '../../scripts/deploy-plan';
import { parseDeployFlags } from '../../scripts/deploy';
import { parseFunctionConfig } from '../../scripts/function-config';

const root = path.resolve(__dirname, '../..');

test("an index becomes CloudBase's CreateIndexes entry, keys in order", () => {
  assert.deepEqual(toCloudBaseIndex({ name: 'a_1_b_-1', keys: { a: 1, b: -1 }, unique: true }), {
    IndexName: 'a_1_b_-1',
    MgoKeySchema: {
      MgoIsUnique: true,
      MgoIndexKeys: [
        { Name: 'a', Direction: '1' },
        { Name: 'b', Direction: '-1' },
      ],
    },
  });
});

test('the plan: every collection and index, every function with its timeout and trigger, the builds, the upload', () => {
  const plan = buildPlan({ envId: 'prod-abc123', version: '1.2.3', desc: 'test' });
  const manifest = loadManifest();
  assert.deepEqual(
    plan.collections.map((c) => c.name),
    Object.keys(manifest.collections),
  );
  for (const c of plan.collections) {
    assert.deepEqual(
      c.indexes.map((i) => i.IndexName),
      manifest.collections[c.name]!.indexes.map((i) => i.name),
      c.name,
    );
  }
  assert.deepEqual(
    plan.functions.map((f) => f.name),
    listFunctions(),
  );
  for (const f of plan.functions) {
    const config = parseFunctionConfig(fs.readFileSync(path.join(root, 'cloudfunctions', f.name, 'config.json'), 'utf8'), f.name);
    assert.equal(f.timeout, config.timeout ?? 3, f.name);
    assert.deepEqual(f.triggers, config.triggers ?? [], f.name);
    assert.equal(f.dir, path.join('build/cloudfunctions', f.name));
  }
  assert.ok(
    plan.functions.some((f) => f.triggers.length > 0),
    'some function has a timer',
  );
  assert.deepEqual(
    plan.build.map((b) => b.command),
    ['CLOUD_ENV=prod-abc123 npm run build:weapp', 'npm run build:functions'],
  );
  assert.deepEqual(
    { ...plan.weapp, appid: 'x' },
    { appid: 'x', projectPath: '.', version: '1.2.3', desc: 'test', privateKeyEnv: 'MINIPROGRAM_PRIVATE_KEY_PATH' },
  );
  const text = planLines(plan).join('\n');
  for (const c of plan.collections) for (const i of c.indexes) assert.ok(text.includes(`索引 ${i.IndexName} `), i.IndexName);
  for (const f of plan.functions) for (const t of f.triggers) assert.ok(text.includes(`定时触发器 ${t.name} "${t.config}"`), t.name);
});

const FLAGS: Array<{ argv: string[]; error: RegExp }> = [
  { argv: [], error: /缺少 --env/ },
  { argv: ['--env'], error: /--env 需要一个值/ },
  { argv: ['--env', 'x', '--prod'], error: /不认识的参数：--prod/ },
];
for (const f of FLAGS) test(`flags ${JSON.stringify(f.argv)} are refused`, () => assert.throws(() => parseDeployFlags(f.argv), f.error));

test('a bad env id is refused', () => assert.throws(() => buildPlan({ envId: 'Prod env!' }), /not a CloudBase env id/));

test('the dry run as a command: no credentials, the plan as JSON, the builds skipped with --skip-build', () => {
  const tsx = path.join(root, 'node_modules/.bin/tsx');
  const r = spawnSync(tsx, ['scripts/deploy.ts', '--env', 'prod-abc123', '--dry-run', '--json', '--skip-build'], {
    cwd: root,
    encoding: 'utf8',
    // No TENCENTCLOUD_* and no private key: a dry run needs none. A proxy that fails: nothing may reach the network.
    env: { PATH: process.env.PATH, HOME: process.env.HOME, HTTPS_PROXY: 'http://127.0.0.1:9', HTTP_PROXY: 'http://127.0.0.1:9' },
  });
  assert.equal(r.status, 0, r.stderr);
  const plan = JSON.parse(r.stdout) as DeployPlan;
  assert.equal(plan.envId, 'prod-abc123');
  assert.deepEqual(plan.build, []);
  assert.equal(plan.collections.length, Object.keys(loadManifest().collections).length);
});
