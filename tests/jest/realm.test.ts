// Guards tests/jest/node-realm-environment.cjs: test code shares Node's intrinsics, so values that Node
// creates compare deep-strict-equal to literals (were jest to change how it compiles modules, this
// fails here first, instead of as puzzling "no visual difference" failures everywhere).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from '@jest/globals';

test('test files run in Node’s own realm', () => {
  assert.equal(Object.getPrototypeOf([]), Object.getPrototypeOf(structuredClone([])));
  assert.deepEqual(structuredClone({ at: new Date(0), list: [1] }), { at: new Date(0), list: [1] });
  assert.deepEqual(
    fs.readdirSync(__dirname).filter((f) => f === 'realm.test.ts'),
    ['realm.test.ts'],
  );
  assert.ok(Buffer.from('x') instanceof Uint8Array);
});

// A worker runs many files in this one realm: what a file leaves on the global or on `process` must go
// at its teardown, or every file's module registry stays reachable (jest-circus's event handlers).
test('a test file’s globals and process.exit go with its environment', async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Env = require('./node-realm-environment.cjs') as new (
    config: unknown,
    context: unknown,
  ) => {
    setup(): Promise<void>;
    teardown(): Promise<void>;
  };
  const projectConfig = { testEnvironmentOptions: {}, globals: {}, fakeTimers: {}, testPath: __filename };
  const env = new Env({ projectConfig, globalConfig: {} }, { console, docblockPragmas: {}, testPath: __filename });
  const exit = process.exit;
  const handlers = Symbol.for('realm-test-handlers');
  await env.setup();
  const g = globalThis as Record<string | symbol, unknown>;
  g[handlers] = [() => undefined];
  g.leftBehind = { big: 'x' };
  process.exit = (() => undefined) as never;
  await env.teardown();
  try {
    assert.equal(g[handlers], undefined);
    assert.equal(g.leftBehind, undefined);
    assert.equal(process.exit, exit);
  } finally {
    process.exit = exit;
  }
});
