// config/zod-client.ts (the `zod` of the client builds, on zod/mini) against classic zod: the
// domain's schemas, built both ways, must accept and reject the same values with the same issues.
// Every registry action's example input is parsed as is and with each field broken in several ways.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, it } from '@jest/globals';
import { build } from 'esbuild';
import * as classicSchemas from '../../src/domain/schemas';
import { WishForm } from '../../src/domain/schemas/wish';
import { stringLeaves, VALID_INPUTS, withLeaf } from '../domain/schema-examples';

const ROOT = resolve(__dirname, '../..');
const OUT = join(ROOT, 'tests/out/zod-client');

type Parsed = { success: boolean; data?: unknown; error?: { issues: Array<{ code: string; path: PropertyKey[]; message: string }> } };
type AnySchema = { safeParse(value: unknown): Parsed };
type Schemas = { registry: Record<string, Record<string, { input: AnySchema; output: AnySchema }>>; WishForm: AnySchema };

/** src/domain/schemas bundled the way the client builds see it: `zod` is config/zod-client.ts. */
async function clientSchemas(): Promise<Schemas> {
  mkdirSync(OUT, { recursive: true });
  const outfile = join(OUT, 'schemas.cjs');
  await build({
    stdin: { contents: "export * from './src/domain/schemas';", resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    logLevel: 'silent',
    // zod itself comes from node_modules at run time, so classic and mini share zod's core (and its locale).
    external: ['zod/*'],
    plugins: [{ name: 'zod-client', setup: (b) => b.onResolve({ filter: /^zod$/ }, () => ({ path: join(ROOT, 'config/zod-client.ts') })) }],
  });
  assert.doesNotMatch(readFileSync(outfile, 'utf8'), /require\("zod"\)/, 'the bundle builds on zod/mini, not classic zod');
  return createRequire(__filename)(outfile) as Schemas;
}

const outcome = (r: Parsed) =>
  r.success ? { ok: true, data: r.data } : { ok: false, issues: r.error?.issues.map((i) => ({ code: i.code, path: i.path.map(String).join('.'), message: i.message })) };

/** The example, and the example with each field broken: emptied, padded, too short or long, wrong type, missing. */
function variants(example: Record<string, unknown>): unknown[] {
  const out: unknown[] = [example, {}, null, 'x', { ...example, unknownKey: 1 }];
  for (const [path] of stringLeaves(example)) {
    for (const bad of ['', '   ', 'x', '一二', ` ${'长'.repeat(10)} `, '长'.repeat(400), 'ab\u0001cd', 'cloud://x', '12345678901', '13912345678', 123, null, undefined, true]) {
      out.push(withLeaf(example, path, bad));
    }
  }
  for (const key of Object.keys(example)) {
    const { [key]: _gone, ...rest } = example;
    out.push(rest);
    for (const bad of [-1, 0, 2.5, 5, 601, 1001, Number.NaN, 'repairs', [], ['repair', 'nope'], {}, false]) out.push({ ...example, [key]: bad });
  }
  return out;
}

describe('the client zod (config/zod-client.ts) parses like classic zod', () => {
  it('every registry action: the same outcome, data and issues', async () => {
    const client = await clientSchemas();
    const registry = classicSchemas.registry as unknown as Schemas['registry'];
    assert.deepEqual(Object.keys(client.registry), Object.keys(registry));
    let compared = 0;
    for (const [fn, actions] of Object.entries(registry)) {
      assert.deepEqual(Object.keys(client.registry[fn]), Object.keys(actions), fn);
      for (const [action, schemas] of Object.entries(actions)) {
        const example = VALID_INPUTS[`${fn}.${action}`];
        assert.ok(example, `an example input for ${fn}.${action} (tests/domain/schema-examples.ts)`);
        assert.ok(schemas.input.safeParse(example).success, `the example of ${fn}.${action} is valid`);
        for (const value of variants(example)) {
          assert.deepEqual(outcome(client.registry[fn][action].input.safeParse(value)), outcome(schemas.input.safeParse(value)), `${fn}.${action}: ${JSON.stringify(value)}`);
          compared++;
        }
      }
    }
    console.log(`zod-client: ${compared} values compared`);
  });

  it('the wish form (validated on the phone): the same outcome, data and issues', async () => {
    const client = await clientSchemas();
    const { action: _a, requestId: _r, consent: _c, confirmDuplicate: _d, ...form } = VALID_INPUTS['wish.submit'];
    for (const value of variants(form)) {
      assert.deepEqual(outcome(client.WishForm.safeParse(value)), outcome((WishForm as unknown as AnySchema).safeParse(value)), JSON.stringify(value));
    }
  });
});
