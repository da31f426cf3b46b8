import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import * as z from 'zod';
import { validate } from '../../src/domain/validate';

const Form = z.strictObject({
  name: z.string().min(1),
  phone: z.string().regex(/^1\d{10}$/),
  address: z.object({ building: z.string() }),
});

describe('validate', () => {
  it('returns the parsed data', () => {
    const input = { name: '张三', phone: '13800001234', address: { building: 'B-0012' } };
    assert.deepEqual(validate(Form, input), { ok: true, data: input });
  });

  const cases: Array<{ name: string; input: unknown; paths: string[] }> = [
    { name: 'missing fields', input: {}, paths: ['name', 'phone', 'address'] },
    { name: 'bad phone', input: { name: 'a', phone: '123', address: { building: 'x' } }, paths: ['phone'] },
    { name: 'nested path', input: { name: 'a', phone: '13800001234', address: {} }, paths: ['address.building'] },
    { name: 'unknown key', input: { name: 'a', phone: '13800001234', address: { building: 'x' }, x: 1 }, paths: [''] },
    { name: 'not an object', input: 'hello', paths: [''] },
    { name: 'null', input: null, paths: [''] },
  ];
  for (const { name, input, paths } of cases) {
    it(`INPUT.INVALID with field issues: ${name}`, () => {
      const result = validate(Form, input);
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.equal(result.error.code, 'INPUT.INVALID');
      assert.deepEqual(result.error.issues?.map((issue) => issue.path).sort(), [...paths].sort());
      for (const issue of result.error.issues ?? []) assert.equal(typeof issue.message, 'string');
    });
  }
});
