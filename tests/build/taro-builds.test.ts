import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, jest } from '@jest/globals';
import { buildOnce, buildTime, taroOut } from '../helpers/taro-build';

// The run's shared weapp build (tests/helpers/taro-build.ts): `npm run build:weapp` into tests/out/weapp,
// so a developer's dist/ (served by npm start) is left alone.
const OUT = taroOut('weapp');

function totalBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(dir, entry.name);
    return sum + (entry.isDirectory() ? totalBytes(path) : statSync(path).size);
  }, 0);
}

function readAll(dir: string, ext: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(ext))
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n');
}

jest.setTimeout(300_000); // every test of this file

// The H5 build is exercised by tests/e2e/landing.test.ts, which serves what it builds.
describe('Taro weapp build', () => {
  it('npm run build:weapp succeeds', () => {
    const built = buildOnce('weapp'); // fails with the build's output when the build fails
    for (const file of ['app.js', 'app.json', 'pages/index/index.js', 'pages/index/index.wxml']) {
      assert.ok(existsSync(join(OUT, file)), `tests/out/weapp/${file}`);
    }
    const app = JSON.parse(readFileSync(join(OUT, 'app.json'), 'utf8')) as Record<string, unknown>;
    // The resident pages are the main package (what a stairwell scan opens); the rest are subpackages.
    assert.deepEqual(app.pages, [
      'pages/index/index',
      'pages/wish/new/index',
      'pages/wish/mine/index',
      'pages/wish/detail/index',
      'pages/invite/index', // what an invitation's link or code opens
      'pages/activities/index', // 社区活动: the residents' upcoming activities, from the landing page
      'pages/cert/index', // 证书核验: what a service certificate's QR opens
    ]);
    const roots = (app.subPackages as Array<{ root: string }>).map((p) => p.root);
    assert.deepEqual(roots, ['dispatcher', 'volunteer', 'admin', 'merchant']);
    for (const page of app.pages as string[]) assert.ok(existsSync(join(OUT, `${page}.wxml`)), `tests/out/weapp/${page}.wxml`);
    assert.equal(app.lazyCodeLoading, 'requiredComponents');
    assert.equal('animation' in app, false, 'animation is an H5-only setting');
    assert.match(readAll(join(OUT), '.js'), /traceUser/, 'Taro.cloud.init runs on weapp');
    // ECharts (数据看板's charts, src/components/chart) in the admin subpackage's dashboard page only.
    const charted = readdirSync(OUT, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.js') && readFileSync(join(OUT, f), 'utf8').includes('_echarts_instance_'),
    );
    assert.deepEqual(charted, ['admin/pages/dashboard/index.js']);
    const bytes = totalBytes(join(OUT));
    const sub = Object.fromEntries(roots.map((root) => [root, existsSync(join(OUT, root)) ? totalBytes(join(OUT, root)) : 0]));
    const main = bytes - Object.values(sub).reduce((a, b) => a + b, 0);
    assert.ok(main < 2 * 1024 * 1024, `main package ${main} bytes must stay under 2 MB`);
    for (const [root, size] of Object.entries(sub)) assert.ok(size < 2 * 1024 * 1024, `subpackage ${root} ${size} bytes must stay under 2 MB`);
    console.log(`weapp: ${buildTime(built)}, main package ${main} bytes, ${JSON.stringify(sub)}`);
  });
});
