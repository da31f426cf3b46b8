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
