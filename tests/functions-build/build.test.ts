import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { buildFunctions, functionsStale, listFunctions, type BuiltFunction } from '../../scripts/build-functions';
import { parseFunctionConfig } from '../../scripts/function-config';
import { sdkEnv, tempDir } from './helpers';

const outDir = tempDir('functions-build');
let built: BuiltFunction[] = [];

beforeAll(async () => {
  built = await buildFunctions({ outDir });
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('buildFunctions', () => {
  it('builds every cloudfunctions/<fn> except _lib', () => {
    const names = listFunctions();
    assert.ok(names.includes('user'));
    assert.ok(!names.some((name) => name.startsWith('_')));
    assert.deepEqual(
      built.map((fn) => fn.name),
      names,
    );
  });

  it('each folder is deployable: index.js exporting main, package.json, valid config.json', () => {
    for (const { name, dir, bytes } of built) {
      assert.ok(bytes > 0);
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
      assert.equal(pkg.name, name);
      assert.equal(pkg.main, 'index.js');
      assert.deepEqual(pkg.dependencies, { 'wx-server-sdk': '4.0.2' });
      parseFunctionConfig(readFileSync(join(dir, 'config.json'), 'utf8'), `${name}/config.json`);
      // Load it in a child process, with wx-server-sdk from the repo's node_modules.
      const script = `const m = require(${JSON.stringify(join(dir, 'index.js'))}); process.stdout.write(typeof m.main)`;
      const type = execFileSync(process.execPath, ['-e', script], {
        env: sdkEnv('http://127.0.0.1:9/admin'),
        encoding: 'utf8',
      });
      assert.equal(type, 'function', `${name} exports main`);
    }
  });

  it('bundles the domain code but not wx-server-sdk', () => {
    const code = readFileSync(join(outDir, 'user', 'index.js'), 'utf8');
    assert.match(code, /require\("wx-server-sdk"\)/);
    assert.doesNotMatch(code, /@cloudbase\/|tcb-node-sdk|getWXContext\s*=\s*function/);
    assert.match(code, /src\/domain\/schemas\/user\.ts/);
    assert.match(code, /cloudfunctions\/_lib\/router\.ts/);
    assert.match(code, /"volunteer"/);
    assert.ok(code.length < 400 * 1024, `user bundle is ${code.length} bytes: is zod imported as a namespace?`);
  });

  it('functionsStale() tracks sources against outputs', () => {
    assert.equal(functionsStale({ outDir }), false);
    const old = new Date(Date.now() - 3600_000 * 24 * 365 * 5);
    utimesSync(join(outDir, 'user', 'index.js'), old, old);
    assert.equal(functionsStale({ outDir }), true);
    assert.equal(functionsStale({ outDir: join(outDir, 'missing') }), true);
  });
});

describe('config.json validation', () => {
  const sourceDir = tempDir('functions-src');
  afterAll(() => rmSync(sourceDir, { recursive: true, force: true }));

  function fn(name: string, config: unknown): void {
    mkdirSync(join(sourceDir, name), { recursive: true });
    writeFileSync(join(sourceDir, name, 'index.ts'), 'export const main = async () => ({ ok: true, data: null });\n');
    writeFileSync(join(sourceDir, name, 'config.json'), JSON.stringify(config));
  }

  it('rejects two triggers and builds nothing', async () => {
    fn('good', { permissions: { openapi: [] } });
    fn('twotimers', {
      permissions: { openapi: [] },
      triggers: [
        { name: 'a', type: 'timer', config: '0 0 2 * * * *' },
        { name: 'b', type: 'timer', config: '0 0 3 * * * *' },
      ],
    });
    const out = join(sourceDir, 'out');
    await assert.rejects(buildFunctions({ sourceDir, outDir: out }), /twotimers\/config\.json: triggers: at most one trigger/);
    assert.equal(existsSync(join(out, 'good', 'index.js')), false);
  });

  it('builds a function with one valid timer trigger', async () => {
    rmSync(join(sourceDir, 'twotimers'), { recursive: true, force: true });
    fn('ticker', {
      permissions: { openapi: ['subscribeMessage.send'] },
      triggers: [{ name: 'daily', type: 'timer', config: '0 0 2 * * * *' }],
      timeout: 20,
    });
    const out = join(sourceDir, 'out');
    const result = await buildFunctions({ sourceDir, outDir: out });
    assert.deepEqual(
      result.map((f) => f.name),
      ['good', 'ticker'],
    );
    const config = JSON.parse(readFileSync(join(out, 'ticker', 'config.json'), 'utf8')) as { timeout: number };
    assert.equal(config.timeout, 20);
  });
});
