// Every action of the registry: a valid example passes; unknown keys, operator objects as ids and
// control characters never do.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { decodeScene } from '../../src/domain/scene';
import { registry } from '../../src/domain/schemas';
import { ID_FIELDS, stringLeaves, VALID_INPUTS, withLeaf } from './schema-examples';

const ACTIONS = Object.entries(registry).flatMap(([fn, actions]) =>
  Object.entries(actions).map(([action, s]) => ({ key: `${fn}.${action}`, input: s.input })),
);
const ok = (schema: (typeof ACTIONS)[number]['input'], value: unknown) => schema.safeParse(value).success;

/** Strings that are checked after the schema: the raw scene goes through decodeScene (SCENE.INVALID). */
const CHECKED_LATER = new Set(['wish.building:scene']);

describe('registry examples', () => {
  it('there is one example per action, and no other', () => {
    assert.deepEqual(Object.keys(VALID_INPUTS).sort(), ACTIONS.map((a) => a.key).sort());
  });
});

for (const { key, input } of ACTIONS) {
  const example = VALID_INPUTS[key];
  describe(key, () => {
    it('accepts the valid example', () => {
      const parsed = input.safeParse(example);
      assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
    });

    it('rejects unknown keys (top level and nested)', () => {
      assert.equal(ok(input, { ...example, openid: 'spoofed' }), false);
      assert.equal(ok(input, { ...example, __proto__x: 1 }), false);
      for (const [path, value] of Object.entries(example)) {
        if (value && typeof value === 'object' && !Array.isArray(value))
          assert.equal(ok(input, withLeaf(example, [path, 'extra'], 1)), false, path);
      }
    });

    const ids = Object.keys(example).filter((k) => ID_FIELDS.includes(k));
    for (const field of ids) {
      it(`rejects an operator as ${field}`, () => {
        for (const bad of [{ $gt: '' }, '{"$gt":""}', { $ne: null }, ['w1'], '', 'a'.repeat(65), 'w 1', 'w/1', '../w1']) {
          assert.equal(ok(input, { ...example, [field]: bad }), false, JSON.stringify(bad));
        }
      });
    }

    for (const [path, value] of stringLeaves(example)) {
      if (path[0] === 'action') continue;
      const name = path.join('.');
      it(`rejects control and invisible format characters in ${name}`, () => {
        // C0, DEL, C1 (U+009B opens terminal escapes), bidi embeddings/overrides/isolates, zero-width
        for (const c of [
          '\u0000',
          '\u0007',
          '\u001b',
          '\u007f',
          '\u0080',
          '\u009b',
          '\u009f',
          '\u202a',
          '\u202e',
          '\u2066',
          '\u2069',
          '\u200b',
          '\u200d',
          '\u2060',
          '\ufeff',
        ]) {
          const bad = `${value.slice(0, 2)}${c}${value.slice(2)}`;
          if (CHECKED_LATER.has(`${key}:${name}`)) assert.equal(decodeScene(bad).ok, false, JSON.stringify(c));
          else {
            const parsed = input.safeParse(withLeaf(example, path, bad));
            // stripped (trim takes a BOM off either end) or refused, never stored
            if (parsed.success) {
              assert.ok(!JSON.stringify(parsed.data).includes(c), JSON.stringify(c));
              continue;
            }
            // the person reads why, in Chinese
            assert.match(parsed.error!.issues[0]!.message, /[\u4e00-\u9fa5]/, JSON.stringify(c));
          }
        }
      });
    }
  });
}
