import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from '@jest/globals';
import { ERROR_CODES } from '../../src/domain/errors';
import { gateOf } from '../../src/domain/policy';
import { registry } from '../../src/domain/schemas';
import { WISH_LIFECYCLE, WISH_ACTIONS, type WishAction } from '../../src/domain/wish/machine';
import { ACTION_ERRORS, API_DOC_PATH, renderApiDoc, WISH_FUNCTIONS } from '../../scripts/api-doc';

const doc = renderApiDoc();
const actions = Object.entries(registry).flatMap(([fn, acts]) =>
  Object.keys(acts).map((action) => ({ fn, action, key: `${fn}.${action}` })),
);
/** The section of one action, up to the next heading. */
const section = (key: string) => doc.split(`### \`${key}\``)[1]?.split(/\n##/)[0] ?? '';

describe('docs/API.md', () => {
  it('is up to date (run `npx tsx scripts/api-doc.ts`)', () => {
    const stored = readFileSync(API_DOC_PATH, 'utf8');
    assert.ok(stored === doc, 'docs/API.md is out of date: run `npx tsx scripts/api-doc.ts`');
  });

  it('generates the same text twice', () => assert.equal(renderApiDoc(), doc));

  it('has a section per registry action, with errors that are real codes', () => {
    assert.deepEqual(Object.keys(ACTION_ERRORS).sort(), actions.map((a) => a.key).sort());
    for (const { key } of actions) {
      const text = section(key);
      assert.ok(text, key);
      for (const code of ['INPUT.INVALID', 'AUTH.NO_IDENTITY', 'INTERNAL.ERROR', ...ACTION_ERRORS[key]])
        assert.ok(text.includes(`\`${code}\``), `${key}: ${code}`);
      for (const code of ACTION_ERRORS[key]) assert.ok((ERROR_CODES as readonly string[]).includes(code), code);
    }
  });

  it('names the roles of every gate and the relations of every lifecycle action', () => {
    for (const { action, key } of actions) {
      const text = section(key);
      const gate = gateOf(key.split('.')[0]!, action);
      assert.ok(gate, `${key} has a gate`);
      if (gate.roles === 'signed_in') assert.ok(text.includes('Roles: anyone signed in.'), key);
      else for (const role of gate.roles) assert.ok(text.includes(`\`${role}\``), `${key}: ${role}`);
      if (WISH_FUNCTIONS.includes(key.split('.')[0]!) && (WISH_ACTIONS as readonly string[]).includes(action)) {
        for (const relation of WISH_LIFECYCLE[action as WishAction].by) assert.ok(text.includes(`\`${relation}\``), `${key}: ${relation}`);
      }
    }
  });

  it('lists input fields with their constraints', () => {
    const submit = section('wish.submit');
    for (const row of [
      // a resident's own mobile; a 帮办员's elder may give a landline
      '| `helper.phone` | string | yes | 11–11 chars; pattern `^\\d*$`; pattern `^1[3-9]\\d{9}$` |',
      '| `contact.phone` | string | yes | ≤ 20 chars; pattern `^[\\d-]*$`; custom check ("手机号应为11位数字");',
      '| `photos` | array of string | yes | ≤ 3 items;',
      '| `description` | string | yes | 5–300 chars;',
    ]) {
      assert.ok(submit.includes(row), row);
    }
    assert.ok(section('wish.rate').includes('| `stars` | integer | yes | ≥ 1; ≤ 5 |'));
  });
});
