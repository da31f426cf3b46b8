// Instance lifecycle: rebuilt code replaces warm instances; a crashing instance is replaced; stop() ends all.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from '@jest/globals';
import { makeHost, okResult } from './helpers';

function tempFunctions(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lc-fns-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

test('a rebuilt index.js is picked up: warm instances of the old build are retired', async () => {
  const dir = tempFunctions({ 'v/index.js': 'exports.main = async () => "one";' });
  const { host } = makeHost({ functionsDir: dir, poolSize: 1 });
  try {
    assert.equal(okResult(await host.invoke('v', {}, { source: 'wx_client' })), 'one');
    fs.writeFileSync(path.join(dir, 'v', 'index.js'), 'exports.main = async () => "two (rebuilt)";');
    assert.equal(okResult(await host.invoke('v', {}, { source: 'wx_client' })), 'two (rebuilt)');
    assert.equal(host.poolStats('v').instances, 1);
  } finally {
    await host.stop();
  }
});

test('an instance that exits or crashes fails its invocation; the next call gets a new instance', async () => {
  const dir = tempFunctions({
    'die/index.js': [
      'const id = Math.random();',
      'exports.main = async (e) => {',
      '  if (e.exit) process.exit(3);',
      '  if (e.throwLater) { setTimeout(() => { throw new Error("late"); }, 0); await new Promise(() => {}); }',
      '  if (e.undefinedResult) return undefined;',
      '  return { id };',
      '};',
    ].join('\n'),
    'noexport/index.js': 'exports.handler = async () => 1;',
    'badconfig/index.js': 'exports.main = async () => 1;',
    'badconfig/config.json': '{ "timeout": 120 }',
  });
  const { host } = makeHost({ functionsDir: dir, poolSize: 1 });
  try {
    const first = okResult<{ id: number }>(await host.invoke('die', {}, { source: 'wx_client' }));
    const exited = await host.invoke('die', { exit: true }, { source: 'wx_client' });
    assert.deepEqual(!exited.ok && [exited.code, exited.message], ['FUNCTION_ERROR', 'instance exited with code 3']);
    const crashed = await host.invoke('die', { throwLater: true }, { source: 'wx_client' });
    assert.equal(!crashed.ok && crashed.code, 'FUNCTION_ERROR');
    assert.match(!crashed.ok ? crashed.message : '', /late/);
    const again = okResult<{ id: number }>(await host.invoke('die', {}, { source: 'wx_client' }));
    assert.notEqual(again.id, first.id);
    assert.equal(okResult(await host.invoke('die', { undefinedResult: true }, { source: 'wx_client' })), null);
    const noMain = await host.invoke('noexport', {}, { source: 'wx_client' });
    assert.match(!noMain.ok ? noMain.message : '', /does not export a main function/);
    const bad = await host.invoke('badconfig', {}, { source: 'wx_client' });
    assert.match(!bad.ok ? bad.message : '', /"timeout" must be a number of seconds in \(0, 60\]/);
  } finally {
    await host.stop();
  }
});

test('stop() terminates instances and fails queued invocations', async () => {
  const { host } = makeHost({ poolSize: 1 });
  const running = host.invoke('slow', { ms: 500 }, { source: 'wx_client' });
  const queued = host.invoke('slow', { ms: 1 }, { source: 'wx_client' });
  await new Promise((r) => setTimeout(r, 100));
  await host.stop();
  const [a, b] = await Promise.all([running, queued]);
  assert.equal(a.ok, false);
  assert.equal(b.ok, false);
  assert.match(!b.ok ? b.message : '', /stopped/);
  assert.deepEqual(host.poolStats('slow'), { instances: 0, busy: 0, queued: 0 });
});
